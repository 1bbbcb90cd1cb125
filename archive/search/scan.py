"""Walk an archive folder and compare what is there with the store's registry.

The walk is a stat scan: a file is only read (hashed) when its size or modification time
differ from what the registry remembers, or when it is new. A moved file keeps its identity
when its content hash matches a document that went missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from archive.ingest import SUPPORTED_SUFFIXES, IngestError, content_hash
from archive.locations import STATE_DIR_NAME
from archive.progress import CancelToken, Progress, ProgressCallback
from archive.types import DocumentRecord
from archive.userdata.store import RegisteredFile, Store

_SUFFIXES = tuple(SUPPORTED_SUFFIXES)
_NAME = attrgetter("name")


class FileStat(NamedTuple):  # a tuple: a scan makes one per file
    path: str  # relative to the archive, "/" separators
    size: int
    mtime_ns: int


@dataclass(slots=True)
class ScanResult:
    """What changed since the registry was last brought up to date."""

    unchanged: list[RegisteredFile] = field(default_factory=list)
    restat: list[DocumentRecord] = field(default_factory=list)  # same content, new stat
    # (identity, file, hash) to read and index: new files get a fresh id, changed and moved
    # files keep theirs.
    to_read: list[tuple[str, FileStat, str]] = field(default_factory=list)
    missing: list[RegisteredFile] = field(default_factory=list)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (path, reason, detail)
    registered: dict[str, str] = field(default_factory=dict)  # id -> hash, present before the scan


def walk(root: Path, problems: list[tuple[str, str, str]]) -> Iterator[FileStat]:
    """Every supported file below root, in name order, skipping hidden folders and our state.

    Only the archive's own files: a link is followed when it is a file link whose target
    stays inside the archive; a link leading outside is listed in ``problems`` (reason
    "outside_archive"), and so is every folder or document that cannot be read. A folder
    link is never followed, so no walk can loop: a target inside the archive is walked
    where it is. What vanished since its folder was listed is simply not there.

    One ``scandir`` per folder: the entry knows whether it is a file without a system call
    (except for links), and its ``stat`` is the only other one.
    """
    yield from _walk_folder(str(root), "", os.path.realpath(root), problems)


def inside_archive(real_root: str, path: str) -> bool:
    """Whether ``path``, links resolved, is ``real_root`` (already resolved) or below it."""
    target = os.path.realpath(path)
    return os.path.commonpath([real_root, target]) == real_root


def _walk_folder(
    folder: str, prefix: str, real_root: str, problems: list[tuple[str, str, str]]
) -> Iterator[FileStat]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=_NAME)
    except FileNotFoundError:
        return  # removed since its parent was listed
    except OSError as exc:
        problems.append((prefix or "./", "unreadable", _why(exc)))
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        path = prefix + name
        document = name.lower().endswith(_SUFFIXES)
        try:
            if entry.is_symlink():
                if not inside_archive(real_root, entry.path):
                    if document or entry.is_dir():
                        problems.append((path, "outside_archive", f"link to {os.path.realpath(entry.path)}"))
                    continue
                if entry.is_dir():
                    continue  # walked where it is
                if document and not entry.is_file():
                    problems.append((path, "unreadable", "link to nothing"))
                    continue
            if entry.is_dir(follow_symlinks=False):
                if name != STATE_DIR_NAME:
                    yield from _walk_folder(entry.path, f"{path}/", real_root, problems)
                continue
            if not document or not entry.is_file():
                continue
            st = entry.stat()
        except FileNotFoundError:
            continue  # removed since its folder was listed
        except OSError as exc:
            problems.append((path, "unreadable", _why(exc)))
            continue
        yield FileStat(path, st.st_size, st.st_mtime_ns)


def _why(exc: OSError) -> str:
    return f"{type(exc).__name__}: {exc.strerror or exc}"


def scan(
    root: Path,
    store: Store,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ScanResult:
    """Classify every file as unchanged, new, changed or moved, and every lost one as missing."""
    known = {rec.path: rec for rec in store.registered_files()}
    result = ScanResult(registered={rec.id: rec.hash for rec in known.values() if not rec.missing})
    seen: set[str] = set()
    candidates: list[FileStat] = []
    for stat in walk(root, result.problems):
        if not _valid_name(stat.path):
            result.problems.append((_shown_name(stat.path), "unreadable", "file name is not valid UTF-8"))
            continue
        seen.add(stat.path)
        rec = known.get(stat.path)
        if rec and not rec.missing and (rec.size, rec.mtime_ns) == (stat.size, stat.mtime_ns):
            result.unchanged.append(rec)
        else:
            candidates.append(stat)
        if cancel:
            cancel.raise_if_cancelled()

    gone = [rec for path, rec in known.items() if path not in seen]
    gone_by_hash: dict[str, list[RegisteredFile]] = {}
    for rec in gone:
        gone_by_hash.setdefault(rec.hash, []).append(rec)

    moved_ids: set[str] = set()
    vanished: list[RegisteredFile] = []  # registered, changed, then removed before hashing
    for i, stat in enumerate(candidates):
        if cancel:
            cancel.raise_if_cancelled()
        if progress:
            progress(Progress("scan", i, len(candidates), stat.path))
        try:
            digest = content_hash(root / stat.path)
        except FileNotFoundError:  # removed since the walk: as if never seen
            if (rec := known.get(stat.path)) and not rec.missing:
                vanished.append(rec)
            continue
        except OSError as exc:
            result.problems.append((stat.path, "unreadable", _why(exc)))
            continue
        except IngestError as exc:
            result.problems.append((stat.path, exc.reason, str(exc)))
            continue
        rec = known.get(stat.path)
        if rec and rec.hash == digest:  # touched, not changed: only the stat moves on
            record = store.document(rec.id)
            assert record is not None  # ``known`` was read from this store
            result.restat.append(replace(record, size=stat.size, mtime_ns=stat.mtime_ns, missing=False))
        elif rec:
            result.to_read.append((rec.id, stat, digest))
        elif gone_by_hash.get(digest):
            moved_ids.add(doc_id := gone_by_hash[digest].pop().id)
            result.to_read.append((doc_id, stat, digest))
        else:
            result.to_read.append((Store.new_id(), stat, digest))

    result.missing = [rec for rec in gone if rec.id not in moved_ids and not rec.missing] + vanished
    return result


def _valid_name(path: str) -> bool:
    """False for names with bytes the file system could not decode (kept as surrogates)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown_name(path: str) -> str:
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
