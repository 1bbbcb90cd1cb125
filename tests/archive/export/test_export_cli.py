"""``wathaiq export`` end to end: ``python main.py export ...`` as a separate process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tests.archive.export.export_samples import SECURITY

MAIN = Path(__file__).resolve().parents[3] / "main.py"


def wathaiq(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True, timeout=120, check=False)


def test_json_export(excerpts, tmp_path):
    out = tmp_path / "excerpts.json"
    done = wathaiq("export", "--archive", str(excerpts.root), "--format", "json", "--output", str(out),
                   "--theme", "security", "--theme", "diplomacy", "--lang", "ar")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"exported 2 excerpts to {out}\n" and done.stderr == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [item["themes"] for item in data["excerpts"]] == [["security"], ["diplomacy"]]
    assert data["excerpts"][0]["citation"].endswith("الفقرة 3")


def test_json_to_standard_output(excerpts):
    done = wathaiq("--lang", "en", "export", "--archive", str(excerpts.root), "--format", "json", "--output", "-")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert len(data["excerpts"]) == 4 and data["excerpts"][1]["citation"].endswith("paragraph 3")


def test_docx_export_grouped_by_theme(excerpts, tmp_path):
    out = tmp_path / "briefing.docx"
    done = wathaiq("export", "--archive", str(excerpts.root), "--format", "docx", "--output", str(out),
                   "--group", "theme", "--lang", "ar")
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    excerpt = next(p for p in document.paragraphs if p.text.startswith(SECURITY))
    p_pr = excerpt._p.pPr
    assert p_pr is not None and p_pr.find(qn("w:bidi")) is not None
    assert any(p.text.endswith("الفقرة \u20663\u2069") for p in document.paragraphs)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_export(excerpts, tmp_path):
    out = tmp_path / "briefing.pdf"
    done = wathaiq("export", "--archive", str(excerpts.root), "--format", "pdf", "--output", str(out),
                   "--lang", "ar")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert SECURITY in " ".join(text.split())


@pytest.mark.parametrize("args, status, message", [
    (["--format", "json", "--output", "OUT", "--theme", "nosuch"], 2, "wathaiq: no theme with id nosuch\n"),
    (["--format", "pdf", "--output", "-"], 2,
     "wathaiq: --output - needs a text format (md, html, csv, json), not pdf\n"),
    (["--format", "md", "--output", "MISSING/x.md"], 1, "wathaiq: No such file or directory: MISSING\n"),
])
def test_failures_are_one_line(excerpts, tmp_path, args, status, message):
    args = [a.replace("OUT", str(tmp_path / "x.json")).replace("MISSING", str(tmp_path / "missing")) for a in args]
    done = wathaiq("export", "--archive", str(excerpts.root), *args)
    assert done.returncode == status
    assert done.stderr == message.replace("MISSING", str(tmp_path / "missing"))


def test_usage_errors():
    done = wathaiq("export", "--format", "rtf", "--output", "x")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "invalid choice: 'rtf'" in done.stderr
    assert wathaiq("export", "--format", "md").returncode == 2  # --output is required
