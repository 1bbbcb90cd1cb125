"""Backups of an archive's user data (tags, notes, highlights, themes, registry).

A backup is a plain SQLite file: ``backup`` writes a consistent copy and checks it;
``restore`` checks a backup before it touches anything, keeps the current data aside,
then replaces it. The index is not part of a backup: it is rebuilt from the documents.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from archive.errors import BackupError
from archive.types import BackupSummary
from archive.userdata.store import MIGRATIONS, Store

log = logging.getLogger(__name__)

_USER_TABLES = ("documents", "themes", "document_tags", "annotations")


def inspect_backup(path: Path) -> BackupSummary:
    """Check a backup file: readable SQLite, intact, of a schema this program knows."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{path}: damaged database")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if not 1 <= version <= len(MIGRATIONS):
                raise BackupError(f"{path}: not a Wathaiq backup (schema {version})")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            counts = {
                t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # fixed table names, not input
                for t in _USER_TABLES
                if t in tables
            }
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: {exc}") from exc
    return BackupSummary(path, version, counts)


def backup(store: Store, target: Path) -> BackupSummary:
    """Write a consistent copy of the user data to ``target`` and check it."""
    try:
        store.copy_to(target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"{target}: {exc}") from exc
    return inspect_backup(target)


def restore(store: Store, source: Path) -> tuple[BackupSummary, Path]:
    """Replace the user data with a checked backup; returns it and where the old data went."""
    summary = inspect_backup(source)
    kept = store.copy_to(store.path.with_name(f"{store.path.stem}.before-restore.{int(time.time())}.bak"))
    db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        store.replace_with(db)
    finally:
        db.close()
    log.info("restored %s from %s; the replaced data is kept in %s", store.path, source, kept)
    return summary, kept
