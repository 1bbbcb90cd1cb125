"""Issue 13 through the command line: a backup is only data (its triggers, views and bad rows
never reach the store), and a store holding objects of its own is not opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archive.library import Library
from archive.types import DocumentTag
from tests.archive.cli.in_process import one_line, user_data, wathaiq
from tests.archive.export.export_samples import FACT_SHEET, add_excerpts


def schema_objects(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return set(db.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"))


@pytest.fixture
def backup_file(library: Library, tmp_path: Path) -> Path:
    target = tmp_path / "backup.sqlite"
    assert wathaiq("backup", "--archive", str(library.root), str(target)) == 0
    return target


def edit(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as db:
        for statement in statements:
            db.execute(statement)


def test_a_backups_trigger_is_not_restored(library, backup_file, tmp_path):
    edit(backup_file, "CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM document_tags; END",
         "CREATE VIEW peek AS SELECT * FROM annotations")
    before = user_data(library)
    assert wathaiq("restore", "--archive", str(library.root), str(backup_file)) == 0
    with Library(library.root) as restored:
        assert user_data(restored) == before
        assert schema_objects(restored.state_dir / "wathaiq.sqlite") == set()
        fact = restored.document(FACT_SHEET).record
        restored.add_document_tag(DocumentTag.new(fact.id, "trade"))  # the trigger would have fired here
        add_excerpts(restored)
        assert len(restored.document_tags()) == before[1] + 1


@pytest.mark.parametrize("statement, problem", [
    ("DROP TABLE annotations", "no table annotations"),
    ("""UPDATE themes SET color = 'red" onmouseover="alert(1)' WHERE id = 'security'""", "themes: color"),
    ("UPDATE themes SET label_en = '  ' WHERE id = 'trade'", "themes: label_en"),
    ("UPDATE themes SET color = 7 WHERE id = 'trade'", "themes: color"),
    ("UPDATE documents SET path = '../../outside.txt' WHERE rowid = 1", "documents: path"),
    ("UPDATE documents SET id = 'not-a-uuid' WHERE rowid = 1", "documents: id"),
    ("UPDATE annotations SET start = 'x' WHERE rowid = 1", "annotations: start"),
    ("UPDATE document_tags SET theme_id = 'nosuch'", "refer to missing ones"),
])
def test_a_bad_backup_is_refused_and_nothing_changes(library, backup_file, capsys, statement, problem):
    edit(backup_file, "PRAGMA foreign_keys=OFF", "PRAGMA ignore_check_constraints=ON", statement)
    before = user_data(library)
    store = library.state_dir / "wathaiq.sqlite"
    kept_before = sorted(store.parent.glob("*.before-restore.*"))
    assert wathaiq("restore", "--archive", str(library.root), str(backup_file)) == 1
    assert problem in one_line(capsys)
    with Library(library.root) as current:
        assert user_data(current) == before
    assert sorted(store.parent.glob("*.before-restore.*")) == kept_before


def test_a_store_with_a_trigger_is_not_opened(library, capsys):
    store = library.state_dir / "wathaiq.sqlite"
    edit(store, "CREATE TRIGGER wipe AFTER INSERT ON document_tags BEGIN DELETE FROM annotations; END")
    before = user_data(library)
    library.close()
    assert wathaiq("search", "--archive", str(library.root), "الرباط") == 1
    err = one_line(capsys)
    assert "holds objects that are not Wathaiq's (trigger wipe)" in err
    edit(store, "DROP TRIGGER wipe")
    with Library(library.root) as reopened:
        assert user_data(reopened) == before


@pytest.mark.parametrize("statement", [
    "CREATE VIEW everything AS SELECT * FROM annotations",
    "CREATE TABLE extra (x)",
    "CREATE INDEX sneaky ON annotations(body)",
])
def test_a_store_with_any_object_of_its_own_is_not_opened(library, capsys, statement):
    edit(library.state_dir / "wathaiq.sqlite", statement)
    library.close()
    assert wathaiq("index", "--archive", str(library.root)) == 1
    assert "holds objects that are not Wathaiq's" in one_line(capsys)
