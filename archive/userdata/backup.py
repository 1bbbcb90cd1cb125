"""Backups of an archive's user data (tags, notes, highlights, themes, registry).

A backup is a plain SQLite file: ``backup`` writes a consistent copy and checks it. A backup
is only data: ``restore`` never takes a backup's schema, triggers, views or pragmas. It copies
the rows of the tables it knows, column by column, into a fresh store of the current schema,
checking each value against its column's type (ids, colours, labels, paths too); only when
every row is in does that fresh store replace the current data, which is kept aside first.
A backup that is damaged, lacks a table or holds a bad row changes nothing.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from archive.colors import is_color
from archive.errors import BackupError
from archive.outputs import check_output
from archive.types import BackupSummary
from archive.userdata.store import MIGRATIONS, Store
from archive.userdata.themes import is_theme_id

log = logging.getLogger(__name__)

_USER_TABLES = ("documents", "themes", "document_tags", "annotations")
# The tables of each schema version, in the order they were created (rows go in in that order).
_TABLES_OF_VERSION = {
    version: tuple(re.findall(r"CREATE TABLE (\w+)", "".join(MIGRATIONS[:version])))
    for version in range(1, len(MIGRATIONS) + 1)
}


def _is_uuid(value: object) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_relative_path(value: object) -> bool:
    """An archive-relative ``/`` path that stays inside the archive."""
    if not isinstance(value, str) or not value or "\\" in value or "\0" in value:
        return False
    path = PurePosixPath(value)
    return not path.is_absolute() and ".." not in path.parts and ":" not in path.parts[0]


def _is_label(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_optional_theme_id(value: object) -> bool:
    return value is None or (isinstance(value, str) and is_theme_id(value))


# What the column types cannot say: (table, column) -> check of one value.
_CHECKS: dict[tuple[str, str], Callable[[object], bool]] = {
    ("documents", "id"): _is_uuid,
    ("documents", "path"): _is_relative_path,
    ("themes", "id"): lambda v: isinstance(v, str) and is_theme_id(v),
    ("themes", "label_ar"): _is_label,
    ("themes", "label_en"): _is_label,
    ("themes", "color"): is_color,
    ("themes", "merged_into"): _is_optional_theme_id,
    ("document_tags", "id"): _is_uuid,
    ("document_tags", "document_id"): _is_uuid,
    ("annotations", "id"): _is_uuid,
    ("annotations", "document_id"): _is_uuid,
    ("suggestion_feedback", "document_id"): _is_uuid,
    ("corrections", "document_id"): _is_uuid,
}
_TYPES: dict[str, tuple[type, ...]] = {"TEXT": (str,), "INTEGER": (int,), "REAL": (float, int)}


def inspect_backup(path: Path) -> BackupSummary:
    """Check a backup file: readable SQLite, intact, of a schema this program knows, with
    every table of that schema."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        db = _open_read_only(path)
        try:
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{path}: damaged database")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in _TABLES_OF_VERSION:
                raise BackupError(f"{path}: not a Wathaiq backup (schema {version})")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = [t for t in _TABLES_OF_VERSION[version] if t not in tables]
            if missing:
                raise BackupError(f"{path}: not a whole Wathaiq backup (no table {', '.join(missing)})")
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


def backup(store: Store, target: Path, protected: Iterable[Path] = (), *, replace: bool = True) -> BackupSummary:
    """Write a consistent copy of the user data to ``target`` and check it (``target`` is
    checked first, as every output is: ``archive.outputs.check_output``)."""
    check_output(target, protected, replace=replace)
    try:
        store.copy_to(target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"{target}: {exc}") from exc
    return inspect_backup(target)


def restore(store: Store, source: Path) -> tuple[BackupSummary, Path]:
    """Replace the user data with a checked backup's rows; returns it and where the old data went."""
    summary = inspect_backup(source)
    with Store(Path(":memory:")) as fresh:  # the current schema, and nothing else
        _copy_rows(source, summary.version, fresh)
        kept = store.copy_to(store.path.with_name(f"{store.path.stem}.before-restore.{int(time.time())}.bak"))
        store.replace_with(fresh)
    log.info("restored %s from %s; the replaced data is kept in %s", store.path, source, kept)
    return summary, kept


def _open_read_only(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.execute("PRAGMA trusted_schema=OFF")  # a view of the backup's may not call functions with effects
    return db


def _copy_rows(source: Path, version: int, fresh: Store) -> None:
    """Every row of the backup's known tables into ``fresh``, checked; BackupError on the first bad one."""
    db = _open_read_only(source)
    try:
        with fresh.transaction() as tx:
            tx.execute("PRAGMA defer_foreign_keys=ON")  # themes refer to themes merged later
            for table in _TABLES_OF_VERSION[version]:
                columns = _shared_columns(db, fresh, table)
                names = ", ".join(f'"{name}"' for name, _ in columns)
                marks = ", ".join("?" * len(columns))
                for n, row in enumerate(db.execute(f"SELECT {names} FROM {table}"), 1):
                    _check_row(source, table, n, columns, row)
                    try:
                        tx.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)
                    except sqlite3.IntegrityError as exc:
                        raise BackupError(f"{source}: bad row {n} in {table} ({exc})") from exc
    except sqlite3.IntegrityError as exc:  # a foreign key that leads nowhere, found at commit
        raise BackupError(f"{source}: rows that refer to missing ones ({exc})") from exc
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{source}: {exc}") from exc
    finally:
        db.close()


def _shared_columns(db: sqlite3.Connection, fresh: Store, table: str) -> list[tuple[str, tuple]]:
    """The current schema's columns the backup has too, with how to check their values:
    (name, (allowed types, nullable))."""
    theirs = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    ours = fresh.query(f"PRAGMA table_info({table})")
    return [
        (row["name"], (_TYPES[row["type"]], not row["notnull"] and not row["pk"]))
        for row in ours
        if row["name"] in theirs
    ]


def _check_row(source: Path, table: str, n: int, columns: list[tuple[str, tuple]], row: tuple) -> None:
    for (name, (types, nullable)), value in zip(columns, row, strict=True):
        check = _CHECKS.get((table, name))
        well_typed = (value is None and nullable) or isinstance(value, types)
        if not well_typed or (check is not None and not check(value)):
            raise BackupError(f"{source}: bad row {n} in {table}: {name} = {str(value)[:40]!r}")
