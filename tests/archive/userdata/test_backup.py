"""Backing up and restoring user data, from the command line and the core."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archive.errors import BackupError
from archive.library import Library
from archive.types import DocumentTag
from archive.userdata.backup import inspect_backup
from tests.archive.sample_docs import FACT_SHEET, MEETING

MAIN = Path(__file__).resolve().parents[3] / "main.py"


def tags(library: Library) -> set[tuple[str, str]]:
    return {(t.document_id, t.theme_id) for t in library.document_tags()}


def test_backup_then_restore_brings_back_lost_tags(indexed, tmp_path):
    doc = indexed.document(MEETING).record
    indexed.add_document_tag(DocumentTag.new(doc.id, "nonproliferation"))
    summary = indexed.backup(tmp_path / "b.sqlite")
    assert summary.counts["document_tags"] == 1
    indexed.remove_document_tag(doc.id, "nonproliferation")
    assert tags(indexed) == set()
    _, kept = indexed.restore(tmp_path / "b.sqlite")
    assert tags(indexed) == {(doc.id, "nonproliferation")}
    assert inspect_backup(kept).counts["document_tags"] == 0  # the replaced data is kept too


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_restore_refuses_a_bad_file_and_changes_nothing(indexed, tmp_path, content):
    doc = indexed.document(FACT_SHEET).record
    indexed.add_document_tag(DocumentTag.new(doc.id, "trade"))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(BackupError):
        indexed.restore(bad)
    assert tags(indexed) == {(doc.id, "trade")}


def test_restore_refuses_a_foreign_database(indexed, tmp_path):
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE x (y)")
    with pytest.raises(BackupError, match="not a Wathaiq backup"):
        indexed.restore(foreign)


def test_cli_backup_and_restore(sample_root, tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, str(MAIN), *args, "--archive", str(sample_root)],
                              capture_output=True, text=True, timeout=120, check=False)

    target = tmp_path / "user-data.sqlite"
    done = run("backup", str(target))
    assert done.returncode == 0, done.stderr
    assert "checked" in done.stdout and target.is_file()
    done = run("restore", str(target))
    assert done.returncode == 0 and "restored" in done.stdout
    done = run("restore", str(tmp_path / "missing.sqlite"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1


def test_restored_tags_reach_the_index(sample_root, tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, str(MAIN), *args, "--archive", str(sample_root)],
                              capture_output=True, text=True, timeout=120, check=False)

    with Library(sample_root) as library:
        library.update_index()
        doc = library.document(MEETING).record
        library.add_document_tag(DocumentTag.new(doc.id, "nonproliferation"))
        library.refresh_themes([doc.id])
    assert run("backup", str(tmp_path / "b.sqlite")).returncode == 0
    with Library(sample_root) as library:
        library.remove_document_tag(doc.id, "nonproliferation")
        library.refresh_themes([doc.id])
    assert run("restore", str(tmp_path / "b.sqlite")).returncode == 0
    with Library(sample_root) as library:
        assert [h.path for h in library.search("theme:nonproliferation").hits] == [MEETING]


def test_backup_to_a_missing_folder_is_one_clear_line(sample_root, tmp_path):
    done = subprocess.run([sys.executable, str(MAIN), "backup", str(tmp_path / "no" / "such.sqlite"),
                           "--archive", str(sample_root)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not list((tmp_path).glob("**/*.partial"))


def test_a_backup_of_an_older_schema_is_restored_into_the_current_one(indexed, tmp_path):
    from archive.userdata.store import MIGRATIONS

    old = tmp_path / "v1.sqlite"
    doc = indexed.document(MEETING).record
    with sqlite3.connect(old) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version=1")
        db.execute("INSERT INTO documents (id, path, hash, size, mtime_ns, added_at) VALUES (?, ?, ?, 1, 1, 0)",
                   (doc.id, doc.path, doc.hash))
    summary, _kept = indexed.restore(old)
    assert summary.version == 1 and summary.counts == {"documents": 1}
    assert indexed.record(doc.id) is not None
    with sqlite3.connect(indexed.state_dir / "wathaiq.sqlite") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
