"""The SQLite database of user data: documents registry, themes, tags and annotations.

The store is the truth about a document's identity (a UUID mapped to its relative path and
content hash). Unlike the index it is never rebuilt: the schema is versioned with
``PRAGMA user_version``, migrated step by step, and backed up before each migration.
Every public write runs in one transaction, so a killed process loses nothing committed.
Themes and annotations have their own data-access modules (``archive.userdata.themes``,
``archive.userdata.annotations``) over this connection; this module owns the schema.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from archive.atomic import replacing
from archive.errors import ForeignSchemaObjects, StoreDamaged, StoreError, StoreReadOnly
from archive.types import DocumentRecord

log = logging.getLogger(__name__)

# Each step takes the database from version i to i + 1; never edit a released step.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE documents (
        id          TEXT PRIMARY KEY,
        path        TEXT NOT NULL UNIQUE,
        hash        TEXT NOT NULL,
        size        INTEGER NOT NULL,
        mtime_ns    INTEGER NOT NULL,
        title       TEXT NOT NULL DEFAULT '',
        date        TEXT,
        date_source TEXT,
        encoding    TEXT,
        format      TEXT,
        source      TEXT,
        missing     INTEGER NOT NULL DEFAULT 0,
        added_at    REAL NOT NULL
    );
    CREATE INDEX documents_hash ON documents(hash);
    """,
    # 2: themes, document tags, annotations and suggestion feedback. User data refers to
    # documents and themes with RESTRICT: deleting either never takes notes with it.
    """
    CREATE TABLE themes (
        id          TEXT PRIMARY KEY,
        label_ar    TEXT NOT NULL,
        label_en    TEXT NOT NULL,
        color       TEXT NOT NULL,
        builtin     INTEGER NOT NULL DEFAULT 0,
        hidden      INTEGER NOT NULL DEFAULT 0,
        merged_into TEXT REFERENCES themes(id) ON DELETE RESTRICT,
        position    INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE document_tags (
        id          TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        theme_id    TEXT NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
        created     TEXT NOT NULL,
        UNIQUE (document_id, theme_id)
    );
    CREATE INDEX document_tags_theme ON document_tags(theme_id);
    CREATE TABLE annotations (
        id           TEXT PRIMARY KEY,
        document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        kind         TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'tag')),
        theme_id     TEXT REFERENCES themes(id) ON DELETE RESTRICT,
        body         TEXT NOT NULL DEFAULT '',
        start        INTEGER NOT NULL CHECK (start >= 0),
        "end"        INTEGER NOT NULL CHECK ("end" >= start),
        exact        TEXT NOT NULL,
        prefix       TEXT NOT NULL DEFAULT '',
        suffix       TEXT NOT NULL DEFAULT '',
        anchor_state TEXT NOT NULL DEFAULT 'anchored'
                     CHECK (anchor_state IN ('anchored', 'reanchored', 'orphaned')),
        anchor_hash  TEXT,
        created      TEXT NOT NULL,
        modified     TEXT NOT NULL,
        position     REAL NOT NULL,
        CHECK (kind != 'tag' OR theme_id IS NOT NULL)
    );
    CREATE INDEX annotations_document ON annotations(document_id, start);
    CREATE INDEX annotations_theme ON annotations(theme_id);
    CREATE INDEX annotations_position ON annotations(position);
    CREATE TABLE suggestion_feedback (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        theme_id    TEXT NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
        paragraph   INTEGER,
        verdict     TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
        created     TEXT NOT NULL
    );
    CREATE UNIQUE INDEX suggestion_feedback_scope
        ON suggestion_feedback(document_id, theme_id, ifnull(paragraph, -1));
    """,
    # 3: the user's corrections of a document's title and date, which win over what was
    # read from the file (never written into it) and survive every re-indexing.
    """
    CREATE TABLE corrections (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        field       TEXT NOT NULL CHECK (field IN ('title', 'date')),
        value       TEXT NOT NULL CHECK (trim(value) != ''),
        modified    TEXT NOT NULL,
        PRIMARY KEY (document_id, field)
    );
    """,
]


SchemaObject = tuple[str, str, str]  # type, name, its SQL with whitespace squeezed


def _schema_objects(db: sqlite3.Connection) -> set[SchemaObject]:
    """Every table, index, view and trigger of ``db`` (SQLite's statistics tables aside)."""
    rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'")
    return {(kind, name, " ".join((sql or "").split())) for kind, name, sql in rows}


@functools.cache
def _own_schema_objects() -> frozenset[SchemaObject]:
    """What the migrations create, and all a store may hold (DESIGN section 3): a store
    received with an archive may carry anything else, a trigger or a view."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for script in MIGRATIONS:
            Transaction(db).executescript_in_tx(script)
        return frozenset(_schema_objects(db))
    finally:
        db.close()


def _open_copy(path: Path) -> sqlite3.Connection:
    """A writable copy in memory of the database at ``path``, which is only read.

    ``mode=ro`` reads a journal left beside it; media where even that fails (no ``-shm`` can
    be made) are read as ``immutable``, which SQLite trusts nobody else is changing.
    """
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            source = sqlite3.connect(f"{path.absolute().as_uri()}?{options}", uri=True)
        except sqlite3.OperationalError:
            continue
        try:
            source.execute("PRAGMA trusted_schema=OFF")
            source.backup(copy)
            return copy
        except sqlite3.OperationalError:
            continue
        finally:
            source.close()
    copy.close()
    raise StoreError(f"{path}: cannot be read")


class RegisteredFile(NamedTuple):  # a tuple: a scan loads one per document
    """What a scan needs of a registered document: its identity, file and content hash."""

    id: str
    path: str
    hash: str
    size: int
    mtime_ns: int
    missing: bool


_DOC_COLUMNS = (
    "id, path, hash, size, mtime_ns, title, date, date_source, encoding, format, source, missing"
)
# A document as the user sees it: the file's title and date, unless corrected.
_RECORDS = (
    "SELECT d.id, d.path, d.hash, d.size, d.mtime_ns, coalesce(t.value, d.title),"
    " coalesce(c.value, d.date), iif(c.value IS NULL, d.date_source, 'user'),"
    " d.encoding, d.format, d.source, d.missing"
    " FROM documents d"
    " LEFT JOIN corrections t ON t.document_id = d.id AND t.field = 'title'"
    " LEFT JOIN corrections c ON c.document_id = d.id AND c.field = 'date'"
)


class Store:
    """User data of one archive, in ``wathaiq.sqlite``."""

    def __init__(
        self, path: Path, *, busy_timeout_s: float = 10.0, read_only: bool = False, check: bool = False
    ) -> None:
        """Open (or create) the store at ``path``.

        ``read_only``: the file is only read (an archive on read-only media); the store works
        on a copy in memory, so the registry of this session can follow the files, while
        every write of user data is refused (``StoreReadOnly``). ``check``: run SQLite's
        ``quick_check`` first (the file changed since it was last closed). A file SQLite
        finds damaged raises ``StoreDamaged``.
        """
        self.path = path
        self.read_only = read_only
        try:
            self._db = _open_copy(path) if read_only else sqlite3.connect(
                path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
            )
            if check and self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                self._db.close()
                raise StoreDamaged(str(path), "damaged")
            # Before any write: SQLite would run a trigger found here on our own writes.
            foreign = sorted(_schema_objects(self._db) - _own_schema_objects())
            if foreign:
                self._db.close()
                raise ForeignSchemaObjects(str(path), [f"{kind} {name}" for kind, name, _sql in foreign])
            self._set_up(time.monotonic() + busy_timeout_s)
        except sqlite3.OperationalError as exc:  # locked, unreadable, no such folder
            raise StoreError(f"{path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:  # not a database, malformed
            raise StoreDamaged(str(path), "damaged") from exc

    def _set_up(self, deadline: float) -> None:
        """WAL mode and the schema. Two processes creating a new store at once may be told
        "database is locked" without SQLite's busy wait (switching to WAL needs the file to
        itself): the later one tries again until the deadline."""
        while True:
            try:
                if not self.read_only:  # a copy in memory has no journal to choose
                    self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.execute("PRAGMA foreign_keys=ON")
                self._migrate()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # -- schema -------------------------------------------------------------------------

    @property
    def version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.version
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema {current} is newer than this program")
        if current == len(MIGRATIONS):
            return
        if current > 0 and not self.read_only:
            kept = self._backup(current)
            log.info("migrating %s from schema %d to %d; the old data is kept in %s",
                     self.path, current, len(MIGRATIONS), kept)
        for version in range(current, len(MIGRATIONS)):
            with self.transaction(user_data=False) as db:
                # Another process opening the archive at the same time may have applied
                # this step while we waited for the write lock.
                if self.version > version:
                    continue
                db.executescript_in_tx(MIGRATIONS[version])
                db.execute(f"PRAGMA user_version={version + 1}")

    def _backup(self, version: int) -> Path:
        """Copy the database aside before migrating it."""
        return self.copy_to(self.path.with_name(f"{self.path.stem}.v{version}.{int(time.time())}.bak"))

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the live database (SQLite's online backup, WAL-safe).

        Written beside the target and renamed, so a copy is either whole or absent.
        """
        with replacing(target, ".sqlite") as partial:
            copy = sqlite3.connect(partial)
            try:
                self._db.backup(copy)
                # One self-contained file: in WAL mode, whoever opens the copy (a check, a
                # restore) would leave -wal and -shm files beside it.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        return target

    def replace_with(self, source: Store) -> None:
        """Overwrite the live database with another store's content (one step: all or nothing)."""
        if self.read_only:
            raise StoreReadOnly(str(self.path))
        source._db.backup(self._db)

    @contextmanager
    def transaction(self, *, user_data: bool = True) -> Iterator[Transaction]:
        """Run a block of writes atomically; IMMEDIATE so concurrent writers queue up.

        A read-only store refuses writes of ``user_data`` (``StoreReadOnly``); the others
        (the registry following the files, built-in themes) go to its copy in memory.
        """
        if self.read_only and user_data:
            raise StoreReadOnly(str(self.path))
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield Transaction(self._db)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        cursor = self._db.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- documents registry -------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        return [DocumentRecord(*row) for row in self._db.execute(_RECORDS).fetchall()]

    def registered_files(self) -> list[RegisteredFile]:
        """Every document's file, without the metadata a scan does not need (half the time)."""
        rows = self._db.execute("SELECT id, path, hash, size, mtime_ns, missing FROM documents")
        return list(map(RegisteredFile._make, rows))

    def documents_fingerprint(self) -> list:
        """A cheap summary of the registry that changes whenever a document record does."""
        return list(self._db.execute(
            "SELECT count(*), max(rowid), total(size), total(mtime_ns), total(missing),"
            " total(length(path)) FROM documents"
        ).fetchone())

    def document(self, doc_id: str) -> DocumentRecord | None:
        row = self._db.execute(f"{_RECORDS} WHERE d.id = ?", (doc_id,)).fetchone()
        return DocumentRecord(*row) if row else None

    def document_by_path(self, path: str) -> DocumentRecord | None:
        row = self._db.execute(f"{_RECORDS} WHERE d.path = ?", (path,)).fetchone()
        return DocumentRecord(*row) if row else None

    def corrections(self) -> dict[str, dict[str, str]]:
        """document id -> {"title"/"date": the user's value}, for documents with any."""
        found: dict[str, dict[str, str]] = {}
        for doc_id, name, value in self._db.execute("SELECT document_id, field, value FROM corrections"):
            found.setdefault(doc_id, {})[name] = value
        return found

    def correct(self, doc_id: str, name: str, value: str | None, modified: str) -> None:
        """Set (or, with None, drop) the user's ``title`` or ``date`` of a document."""
        with self.transaction() as db:
            if value is None:
                db.execute("DELETE FROM corrections WHERE document_id = ? AND field = ?", (doc_id, name))
            else:
                db.execute(
                    "INSERT INTO corrections (document_id, field, value, modified) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (document_id, field) DO UPDATE SET value = excluded.value,"
                    " modified = excluded.modified",
                    (doc_id, name, value, modified),
                )

    def save_documents(self, records: list[DocumentRecord], missing_ids: list[str]) -> None:
        """Apply one scan's outcome in a single transaction.

        A document whose file disappeared is only flagged missing: its identity, tags and
        notes wait for the file to come back (the same content anywhere, or any content at
        the same path).
        """
        with self.transaction(user_data=False) as db:
            for doc_id in missing_ids:
                db.execute("UPDATE documents SET missing = 1 WHERE id = ?", (doc_id,))
            for rec in records:
                db.execute(
                    f"INSERT INTO documents ({_DOC_COLUMNS}, added_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"
                    " ON CONFLICT(id) DO UPDATE SET path=excluded.path, hash=excluded.hash,"
                    " size=excluded.size, mtime_ns=excluded.mtime_ns, title=excluded.title,"
                    " date=excluded.date, date_source=excluded.date_source,"
                    " encoding=excluded.encoding, format=excluded.format,"
                    " source=excluded.source, missing=0",
                    (
                        rec.id, rec.path, rec.hash, rec.size, rec.mtime_ns, rec.title, rec.date,
                        rec.date_source, rec.encoding, rec.format, rec.source, time.time(),
                    ),
                )

    @staticmethod
    def new_id() -> str:
        return str(uuid.uuid4())


class Transaction:
    """The connection as seen inside a transaction (no nested BEGIN/COMMIT)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        return self._db.execute(sql, params)

    def executescript_in_tx(self, script: str) -> None:
        # sqlite3.executescript() would COMMIT first; run statement by statement instead.
        for statement in filter(str.strip, script.split(";")):
            self._db.execute(statement)

