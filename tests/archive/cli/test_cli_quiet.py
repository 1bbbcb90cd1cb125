"""Libraries' warnings go to the log file, never to stderr: a failure stays one line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

from archive.logs import set_up_logging
from tests.archive.ingest.test_ingest_pdf import LINES, make_pdf

MAIN = Path(__file__).resolve().parents[3] / "main.py"


def broken_pdf() -> bytes:
    """A readable PDF whose cross-reference table is in the wrong place: pypdf repairs it,
    warning through its logger."""
    return make_pdf(LINES).replace(b"startxref\n", b"startxref\n9")


def test_a_broken_pdf_leaves_stderr_silent_and_the_log_informed(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "broken.pdf").write_bytes(broken_pdf())
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run(
        [sys.executable, str(MAIN), "search", "--archive", str(archive), "Cooperation"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert done.returncode == 0 and "broken.pdf" in done.stdout
    assert done.stderr == ""
    logged = (tmp_path / "state" / "wathaiq" / "log" / "wathaiq.log").read_text("utf-8")
    assert "pypdf" in logged and "startxref" in logged


def test_only_our_own_warnings_reach_stderr(tmp_path, capsys):
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        log_file = set_up_logging(tmp_path / "logs" / "wathaiq.log")
        logging.getLogger("archive.search.engine").warning("index damaged, rebuilt")
        logging.getLogger("pypdf._reader").warning("incorrect startxref pointer")
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("a library's own warning", UserWarning, stacklevel=1)
        for handler in root.handlers:
            handler.flush()
    finally:
        logging.captureWarnings(False)
        root.handlers, root.level = handlers, level
    assert capsys.readouterr().err == "wathaiq: index damaged, rebuilt\n"
    logged = log_file.read_text("utf-8")
    assert all(text in logged for text in ("index damaged", "startxref", "a library's own warning"))
