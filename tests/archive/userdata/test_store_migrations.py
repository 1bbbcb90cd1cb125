"""The store migrates from every earlier schema, keeps the data, and backs up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archive.errors import StoreError
from archive.userdata.store import MIGRATIONS, Store

EARLIER = range(1, len(MIGRATIONS))


def _database_at(path: Path, version: int) -> None:
    """A database as a program with only the first ``version`` migrations left it."""
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:version]:
        db.executescript(step)
    db.execute(f"PRAGMA user_version={version}")
    db.executemany(
        "INSERT INTO documents (id, path, hash, size, mtime_ns, title, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [("id-1", "a/one.txt", "h1", 10, 1, "واحد", 1.0), ("id-2", "two.txt", "h2", 20, 2, "two", 2.0)],
    )
    db.commit()
    db.close()


@pytest.mark.parametrize("version", EARLIER)
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "wathaiq.sqlite"
    _database_at(path, version)

    store = Store(path)

    assert store.version == len(MIGRATIONS)
    docs = {d.id: (d.path, d.hash, d.title) for d in store.documents()}
    assert docs == {"id-1": ("a/one.txt", "h1", "واحد"), "id-2": ("two.txt", "h2", "two")}
    backups = list(tmp_path.glob(f"wathaiq.v{version}.*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == version
        assert old.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    assert store.query("PRAGMA foreign_key_check") == []
    store.close()


def test_new_database_needs_no_backup(tmp_path: Path) -> None:
    Store(tmp_path / "wathaiq.sqlite").close()
    assert not list(tmp_path.glob("*.bak"))


def test_current_database_is_not_migrated_again(tmp_path: Path) -> None:
    path = tmp_path / "wathaiq.sqlite"
    Store(path).close()
    store = Store(path)
    assert store.version == len(MIGRATIONS)
    assert not list(tmp_path.glob("*.bak"))
    store.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wathaiq.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError):
        Store(path)


def test_user_data_blocks_deleting_its_document(tmp_path: Path) -> None:
    """Tags and notes never vanish with a registry row: the schema refuses the delete."""
    store = Store(tmp_path / "wathaiq.sqlite")
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO documents (id, path, hash, size, mtime_ns, added_at) VALUES ('d', 'p', 'h', 1, 1, 0)"
        )
        tx.execute("INSERT INTO themes (id, label_ar, label_en, color) VALUES ('t', 'ت', 't', '#000000')")
        tx.execute(
            "INSERT INTO document_tags (id, document_id, theme_id, created) VALUES ('g', 'd', 't', 'now')"
        )
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as tx:
        tx.execute("DELETE FROM documents WHERE id = 'd'")
    assert store.query("SELECT count(*) FROM document_tags")[0][0] == 1
    store.close()
