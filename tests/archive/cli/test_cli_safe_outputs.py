"""Issue 13 through the command line: every command that writes a file refuses the archive's
own files, devices, FIFOs and folders, replaces an existing file only with ``--overwrite``,
and leaves no half-written file behind; CSV cells never run as formulas."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from archive import export
from archive.library import Library
from archive.types import Anchor, Annotation, Kind
from tests.archive.cli.in_process import one_line, user_data, wathaiq
from tests.archive.export.export_samples import MEETING

FORMATS = ("md", "html", "docx", "pdf", "csv", "json")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_onto_a_document_is_refused_and_the_document_kept(library, capsys, fmt):
    document = library.root / MEETING
    before = document.read_bytes()
    status = wathaiq("export", "--archive", str(library.root), "--format", fmt, "--output", str(document),
                     "--overwrite")
    assert status == 2
    assert "inside the archive" in one_line(capsys)
    assert document.read_bytes() == before
    assert [p.name for p in library.root.iterdir() if p.name.startswith(".") and p.name != ".wathaiq"] == []


def test_export_onto_the_store_is_refused_and_every_note_kept(library, capsys):
    before = user_data(library)
    store = library.state_dir / "wathaiq.sqlite"
    status = wathaiq("export", "--archive", str(library.root), "--format", "json", "--output", str(store),
                     "--overwrite")
    assert status == 2 and "inside the archive" in one_line(capsys)
    with Library(library.root) as reopened:
        assert user_data(reopened) == before


def test_a_link_to_a_document_is_the_document(library, capsys, tmp_path):
    link = tmp_path / "innocent.md"
    link.symlink_to(library.root / MEETING)
    status = wathaiq("export", "--archive", str(library.root), "--format", "md", "--output", str(link), "--overwrite")
    assert status == 2 and "inside the archive" in one_line(capsys)
    assert link.is_symlink()


def test_annotations_export_and_backup_refuse_the_archive_too(library, capsys):
    before = (library.root / MEETING).read_bytes()
    status = wathaiq("annotations", "export", "--archive", str(library.root), str(library.root / MEETING),
                     "--overwrite")
    assert status == 2 and "inside the archive" in one_line(capsys)
    status = wathaiq("backup", "--archive", str(library.root), str(library.state_dir / "wathaiq.sqlite"),
                     "--overwrite")
    assert status == 2 and "inside the archive" in one_line(capsys)
    status = wathaiq("backup", "--archive", str(library.root), str(library.root / "new-backup.sqlite"))
    assert status == 2 and not (library.root / "new-backup.sqlite").exists()
    capsys.readouterr()
    assert (library.root / MEETING).read_bytes() == before


def _device(tmp_path: Path) -> Path:
    """A character device nothing depends on: as root, a node of our own with /dev/null's
    numbers (the real one is never at risk); otherwise /dev/null, which only root could replace."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


@pytest.mark.parametrize("kind, message", [
    ("fifo", "named pipe"), ("device", "is a device"), ("folder", "is a folder"),
])
def test_fifos_devices_and_folders_are_refused(library, capsys, tmp_path, kind, message):
    target = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        target = _device(tmp_path)
    else:
        target.mkdir()
    mode = os.stat(target).st_mode
    for command in (
        ["export", "--archive", str(library.root), "--format", "csv", "--output", str(target), "--overwrite"],
        ["annotations", "export", "--archive", str(library.root), str(target), "--overwrite"],
        ["backup", "--archive", str(library.root), str(target), "--overwrite"],
    ):
        assert wathaiq(*command) == 2
        assert message in one_line(capsys)
        assert os.stat(target).st_mode == mode  # still a FIFO, a device, a folder
    if kind == "device":
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("command", [
    ["export", "--format", "md", "--output", "TARGET"],
    ["annotations", "export", "TARGET"],
    ["backup", "TARGET"],
])
def test_an_existing_file_is_replaced_only_with_overwrite(library, capsys, tmp_path, command):
    target = tmp_path / "existing"
    target.write_text("the user's own file")
    args = [a.replace("TARGET", str(target)) for a in command] + ["--archive", str(library.root)]
    assert wathaiq(*args) == 2
    assert "exists (add --overwrite to replace it)" in one_line(capsys)
    assert target.read_text() == "the user's own file"
    assert wathaiq(*args, "--overwrite") == 0
    assert target.read_bytes() != b"the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".existing")) == []


def test_a_terminated_export_leaves_no_file(library, capsys, tmp_path, monkeypatch):
    def killed_midway(model, path, *, progress=None, cancel=None):
        path.write_text("half of it")
        os.kill(os.getpid(), signal.SIGTERM)  # as `kill PID` would, between two writes
        path.write_text("the rest")

    monkeypatch.setitem(export._writers, "md", killed_midway)
    status = wathaiq("export", "--archive", str(library.root), "--format", "md", "--output",
                     str(tmp_path / "briefing.md"))
    assert status == 1 and "stopped by a signal" in one_line(capsys)
    assert list(tmp_path.iterdir()) == [library.root]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # put back after the command


def test_a_killed_exports_leftover_goes_with_the_next_export(library, tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = tmp_path / f".briefing.md.{dead.pid}-0123abcd.partial.md"  # as `kill -9` leaves it
    leftover.write_text("half of it")
    alive = tmp_path / f".briefing.md.{os.getpid()}-0123abcd.partial.md"  # a write still going on
    alive.write_text("being written")
    assert wathaiq("export", "--archive", str(library.root), "--format", "md", "--output",
                   str(tmp_path / "briefing.md")) == 0
    assert not leftover.exists() and alive.exists()


def _formula_cells(library: Library) -> None:
    """A document whose path and title start with formula characters, highlighted, with notes that do too."""
    (library.root / "=HYPERLINK(x).txt").write_text("@SUM(1+1)\n\n-2+3 " + "نص عربي " * 20, encoding="utf-8")
    library.update_index()
    doc = library.document("=HYPERLINK(x).txt")
    library.add_annotations([
        Annotation.new(doc.record.id, Kind.HIGHLIGHT, Anchor.at(doc.text, doc.text.index("-2+3"), len(doc.text))),
        *(Annotation.new(doc.record.id, Kind.NOTE, Anchor.at(doc.text, doc.text.index("-2+3"), 20), body=body)
          for body in ("+cmd|' /C calc'!A0", "\tindented", "\rreturn")),
    ])


def test_csv_cells_never_start_a_formula(library, tmp_path):
    _formula_cells(library)
    out = tmp_path / "excerpts.csv"
    assert wathaiq("export", "--archive", str(library.root), "--format", "csv", "--output", str(out)) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    row = next(r for r in rows if r[0].endswith("=HYPERLINK(x).txt"))
    assert row[0] == "'=HYPERLINK(x).txt" and row[1] == "'@SUM(1+1)"  # path and title
    assert row[3].startswith("'-2+3") and row[5].startswith("'+cmd|")  # passage, notes
    texts = [cell for r in rows[1:] for cell in r[:7]]
    assert not [cell for cell in texts if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert row[7].isdigit() and row[8].isdigit()  # offsets stay numbers


def _bad_colour(library: Library) -> None:
    """A theme colour edited outside Wathaiq, in the store's own column (restores refuse one)."""
    with sqlite3.connect(library.state_dir / "wathaiq.sqlite") as db:
        db.execute("""UPDATE themes SET color = 'red" onmouseover="alert(1)' WHERE id = 'security'""")


def test_a_bad_colour_cannot_break_out_of_html(library, tmp_path):
    _bad_colour(library)
    html = tmp_path / "excerpts.html"
    assert wathaiq("export", "--archive", str(library.root), "--format", "html", "--output", str(html),
                   "--group", "theme") == 0
    page = html.read_text(encoding="utf-8")
    assert "onmouseover" not in page and "#999999" in page


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_bad_colour_cannot_stop_a_docx_or_pdf(library, tmp_path, monkeypatch, request, fmt):
    _bad_colour(library)
    if fmt == "pdf":
        request.getfixturevalue("qapp")  # pytest-qt's application, not a bare one made by the writer
        monkeypatch.setitem(export._writers, "pdf", "desktop.excerpts.pdf_writer:write")  # as main.py does
    out = tmp_path / f"excerpts.{fmt}"
    assert wathaiq("export", "--archive", str(library.root), "--format", fmt, "--output", str(out),
                   "--group", "theme") == 0
    assert out.stat().st_size > 1000
