"""Keeping the user data safe from damage: automatic backups, and noticing a damaged store.

The store is never rebuilt (it holds the user's own work), so damage must be said, with a way
back. On each open, at most once a day, a checked copy of the store goes to ``backups/``
beside it (the newest ``KEEP`` are kept). A store that existed (its backups or its close
marker say so) but is now missing or empty, or that SQLite finds damaged, raises
``StoreDamaged`` naming the latest backup. SQLite's ``quick_check`` runs on open only when
the file changed since it was last closed: closing records its size and modification time.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from archive.atomic import replacing
from archive.errors import BackupError, StoreDamaged
from archive.locations import checked_state_path
from archive.userdata.backup import inspect_backup
from archive.userdata.store import Store

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP = 5
EVERY_S = 24 * 3600
_PREFIX = "automatic-"
_MARKER_SUFFIX = ".closed.json"


def open_store(path: Path, *, read_only: bool = False) -> Store:
    """The store at ``path``, checked as the module says; backed up if it is due."""
    backups = path.parent / BACKUP_FOLDER
    expected = _marker(path).exists() or bool(automatic_backups(backups))
    try:
        if expected and not path.exists():
            raise StoreDamaged(str(path), "missing")
        if expected and path.stat().st_size == 0 and not _has_journal(path):
            raise StoreDamaged(str(path), "empty")
        store = Store(path, read_only=read_only, check=read_only or _changed_since_closed(path))
    except StoreDamaged as exc:
        latest = automatic_backups(backups)
        raise StoreDamaged(exc.path, exc.state, str(latest[0]) if latest else None) from exc
    if not read_only:
        _back_up_if_due(store, checked_state_path(backups, path.parent))
    return store


def close_store(store: Store) -> None:
    """Close ``store`` and record how its file looks (the next open checks it if it differs)."""
    store.close()
    if store.read_only or not store.path.is_file():
        return
    try:
        with replacing(_marker(store.path)) as partial:
            partial.write_text(json.dumps(_fingerprint(store.path)), "utf-8")
    except OSError as exc:  # the next open only checks the file once more
        log.warning("cannot record %s as closed: %s", store.path, exc)


def start_afresh(path: Path) -> Path:
    """Move a damaged store (and its journals and marker) out of the way and put an empty
    one in its place, for a backup to be restored into; returns where the damaged one went.
    Nothing is deleted: what can still be read of it stays there."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            source.rename(aside.with_name(aside.name + suffix))
    _marker(path).unlink(missing_ok=True)
    Store(path).close()
    return aside


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{_PREFIX}*.sqlite"), reverse=True)  # names sort by time


def _back_up_if_due(store: Store, folder: Path) -> None:
    existing = automatic_backups(folder)
    if existing and time.time() - existing[0].stat().st_mtime < EVERY_S:
        return
    folder.mkdir(exist_ok=True)
    now = time.time_ns()
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now / 1e9)) + f".{now % 10**9:09d}"
    target = folder / f"{_PREFIX}{stamp}.sqlite"
    try:
        store.copy_to(target)
        inspect_backup(target)
    except (BackupError, OSError) as exc:  # a full disk must not keep the archive closed
        log.warning("automatic backup %s failed: %s", target, exc)
        target.unlink(missing_ok=True)
        return
    for old in automatic_backups(folder)[KEEP:]:
        old.unlink(missing_ok=True)


def _marker(path: Path) -> Path:
    return path.with_name(path.name + _MARKER_SUFFIX)


def _fingerprint(path: Path) -> dict[str, int]:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _has_journal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _changed_since_closed(path: Path) -> bool:
    if not path.is_file():
        return False  # a new store
    if _has_journal(path):
        return True  # not closed cleanly: what the journal holds was never checked
    try:
        return json.loads(_marker(path).read_text("utf-8")) != _fingerprint(path)
    except (OSError, ValueError):
        return True
