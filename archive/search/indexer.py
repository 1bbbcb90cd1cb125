"""Bring the index and the registry up to date with the files, incrementally.

Order of work, chosen so that a process killed at any moment leaves a state the next run
repairs: the registry (store) is written before the index, and a run reconciles the index
with the registry through the ``key`` column (document id and content hash), so a document
the index lacks or has in an old version is indexed again.

Reading every key costs a second on a large archive, so a run that completes leaves a
marker (the index generation and a fingerprint of the registry); while both are unchanged
the index is known to hold exactly the registry's documents. Any run about to change the
registry removes the marker first, so a run killed midway leaves none.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from whoosh.index import FileIndex
from whoosh.util.filelock import FileLock, try_for

from archive.atomic import replacing
from archive.errors import ArchiveBusy, Cancelled
from archive.ingest import Extracted, IngestError, extract
from archive.progress import CancelToken, Progress, ProgressCallback
from archive.search import term_arrays
from archive.search.index import each_segment, index_writer
from archive.search.scan import FileStat, inside_archive, scan
from archive.text.dates import period_start
from archive.types import UNDATED, DocumentRecord, IndexReport, Problem
from archive.userdata.store import Store

log = logging.getLogger(__name__)

_RECONCILED = "wathaiq-reconciled.json"

ThemeLookup = Callable[[str], list[str]]
UPDATE_WAIT_S = 120.0
MULTIPROCESS_MIN_DOCS = 500
# Commits: a small first one, so that a new archive can be searched within seconds (with
# one writer, under MULTIPROCESS_MIN_DOCS: one segment, too small to need merging), then
# large ones, since each commit of the multi-process writer adds a segment per process.
FIRST_COMMIT = 300
COMMIT_EVERY = 20000
MAX_PASSES = 3


@contextmanager
def update_lock(path: Path, *, wait_s: float = UPDATE_WAIT_S) -> Iterator[None]:
    """One index update (or rebuild) at a time per archive, across processes.

    A second one waits for the first (then finds little left to do) or, after ``wait_s``,
    reports the archive busy. The lock is an OS-level one (fcntl/msvcrt), never stale after
    a crash, and lives beside the index so that a rebuild can remove the index under it.
    """
    lock = FileLock(str(path))
    if not try_for(lambda: lock.acquire(blocking=False), timeout=wait_s, delay=0.2):
        raise ArchiveBusy(str(path.parent))
    try:
        yield
    finally:
        lock.release()


def index_key(doc_id: str, digest: str) -> str:
    return f"{doc_id}:{digest}"


def indexed_keys(ix: FileIndex) -> dict[str, str]:
    """doc_id -> key of every live document in the index, read from a column (no stored fields)."""
    keys: dict[str, str] = {}
    with ix.reader() as reader:
        if reader.doc_count_all() == 0:
            return keys
        column = reader.column_reader("key")
        for docnum in reader.all_doc_ids():
            key = column[docnum]
            if key:
                keys[key.split(":", 1)[0]] = key
    return keys


def update_index(
    root: Path,
    store: Store,
    ix: FileIndex,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    themes: ThemeLookup | None = None,
    procs: int = 1,
    first_commit: int = FIRST_COMMIT,
    commit_every: int = COMMIT_EVERY,
) -> IndexReport:
    """Scan, read what changed, and index it; commits what is done even when cancelled.

    Files change while a run reads them: a pass that did work is followed by another (a
    stat scan, then what changed since), so a finished run leaves the index agreeing with
    the folder; a file that failed is not read again in the same run unless it changed.
    A folder still changing after MAX_PASSES passes is left to the next run.

    Callers hold ``update_lock`` around it: one update at a time per archive.
    """
    started = time.perf_counter()
    report = IndexReport()
    problems: dict[str, Problem] = {}
    failed: set[FileStat] = set()
    for number in range(MAX_PASSES):
        step = _update_pass(
            root, store, ix, failed, progress=progress, cancel=cancel, themes=themes, procs=procs,
            first_commit=first_commit, commit_every=commit_every,
        )
        report.indexed += step.report.indexed
        report.removed += step.report.removed
        report.bytes_read += step.report.bytes_read
        if number == 0:  # later passes count the first one's work as unchanged
            report.unchanged = step.report.unchanged
        report.cancelled = step.report.cancelled
        for path in step.indexed_paths:
            problems.pop(path, None)
        problems.update((problem.path, problem) for problem in step.report.problems)
        failed |= step.failed
        if report.cancelled or not step.did_work:
            break
    report.problems = list(problems.values())
    report.seconds = time.perf_counter() - started
    return report


@dataclass(slots=True)
class _Pass:
    report: IndexReport
    did_work: bool = False
    failed: set[FileStat] = field(default_factory=set)  # read and refused in this pass
    indexed_paths: set[str] = field(default_factory=set)


def _update_pass(
    root: Path,
    store: Store,
    ix: FileIndex,
    skip: set[FileStat],
    *,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    themes: ThemeLookup | None,
    procs: int,
    first_commit: int,
    commit_every: int,
) -> _Pass:
    """One scan and the work it finds; files in ``skip`` are not read (they failed as they are)."""
    report = IndexReport()
    done = _Pass(report)
    try:
        found = scan(root, store, progress, cancel)
    except Cancelled:
        report.cancelled = True
        return done
    report.problems.extend(Problem(*p) for p in found.problems)
    found.to_read = [item for item in found.to_read if item[1] not in skip]
    marker = Path(ix.storage.folder) / _RECONCILED
    reconciled = _read_marker(marker) == _reconciled_state(ix, store)
    if found.restat or found.missing or found.to_read:
        marker.unlink(missing_ok=True)  # before the registry changes
    store.save_documents(found.restat, [rec.id for rec in found.missing])

    to_read = list(found.to_read)
    if reconciled:
        # The index holds the registry's documents as registered: only what the scan found
        # differs (checking the 50,000 keys of a large archive costs a quarter second).
        in_index: Mapping[str, str] = found.registered
        stale = [rec.id for rec in found.missing]
        report.unchanged = len(found.unchanged) + len(found.restat)
    else:
        in_index = indexed_keys(ix)
        live = {rec.id: rec for rec in found.unchanged + found.restat}
        wanted = {doc_id: index_key(doc_id, rec.hash) for doc_id, rec in live.items()}
        to_read += [
            (doc_id, FileStat(rec.path, rec.size, rec.mtime_ns), rec.hash)
            for doc_id, rec in live.items()
            if in_index.get(doc_id) != wanted[doc_id]
        ]
        reading = {doc_id for doc_id, _, _ in to_read}
        stale = [d for d in in_index if d not in wanted and d not in reading]
        report.unchanged = len(live) - sum(1 for d in reading if d in live)

    if not to_read and not stale:
        if not reconciled:
            _write_marker(marker, ix, store)
        _prepare_searches(ix, report, progress, cancel)  # a killed run may have left some to do
        done.did_work = bool(found.restat or found.missing)
        return done
    done.did_work = True
    corrections = store.corrections()
    real_root = os.path.realpath(root)

    pending: list[DocumentRecord] = []
    unread_registered = False
    remaining = to_read
    batch_size = first_commit
    bulk = False
    while True:
        batch, remaining = remaining[:batch_size], remaining[batch_size:]
        batch_size = commit_every
        bulk = bulk or len(batch) >= MULTIPROCESS_MIN_DOCS
        # Worker processes pay off on bulk work only; a single writer also merges the small
        # segments that earlier runs left (Whoosh's MERGE_SMALL), which keeps searches fast.
        with index_writer(ix, procs=procs if len(batch) >= MULTIPROCESS_MIN_DOCS else 1) as writer:
            for doc_id in stale:
                writer.delete_by_term("doc_id", doc_id)
            report.removed += len(stale)
            stale = []
            for doc_id, stat, digest in batch:
                if cancel and cancel.cancelled:
                    report.cancelled = True
                    break
                try:
                    doc = _read_inside(root, stat.path, real_root)
                except IngestError as exc:
                    if os.path.lexists(root / stat.path):  # else removed since the scan
                        report.problems.append(Problem(stat.path, exc.reason, str(exc)))
                        done.failed.add(stat)
                    if doc_id in in_index:
                        writer.delete_by_term("doc_id", doc_id)
                    # Registered yet not in the index (moved away while we read?): this run
                    # must not mark the index reconciled, or the next would trust it.
                    unread_registered = unread_registered or doc_id in found.registered
                    continue
                done.indexed_paths.add(stat.path)
                record = _record(doc_id, stat, digest, doc)
                pending.append(record)
                doc_themes = themes(doc_id) if themes else []
                shown = _corrected(record, corrections.get(doc_id, {}))
                # Replacing looks the document up in every segment: only for one indexed before.
                add = writer.update_document if doc_id in in_index else writer.add_document
                add(**_fields(shown, doc.text, doc_themes))
                report.indexed += 1
                report.bytes_read += stat.size
                if progress:
                    progress(Progress("index", report.indexed, len(to_read), stat.path))
            # The registry learns of the batch before the index commits it (see module doc).
            store.save_documents(pending, [])
            pending = []
            if progress:
                progress(Progress("commit", report.indexed, len(to_read)))
        if report.cancelled or not remaining:
            break
    if bulk and not report.cancelled:
        try:
            merge_small_segments(ix, progress, cancel)
        except Cancelled:
            report.cancelled = True
    if not report.cancelled:
        if not unread_registered:
            _write_marker(marker, ix, store)
        _prepare_searches(ix, report, progress, cancel)
    return done


def _read_inside(root: Path, relpath: str, real_root: str) -> Extracted:
    """``extract``, unless the file became a link out of the archive since the scan."""
    path = root / relpath
    if not inside_archive(real_root, str(path)):
        raise IngestError("outside_archive", f"link to {os.path.realpath(path)}")
    return extract(path, location=relpath)


def _prepare_searches(
    ix: FileIndex, report: IndexReport, progress: ProgressCallback | None, cancel: CancelToken | None
) -> None:
    try:
        term_arrays.write_missing(ix, progress, cancel)
    except Cancelled:
        report.cancelled = True


def _reconciled_state(ix: FileIndex, store: Store) -> dict:
    return {"generation": ix.latest_generation(), "registry": store.documents_fingerprint()}


def _read_marker(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def _write_marker(path: Path, ix: FileIndex, store: Store) -> None:
    with replacing(path) as tmp:
        tmp.write_text(json.dumps(_reconciled_state(ix, store)), "utf-8")


def merge_small_segments(
    ix: FileIndex, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
) -> int:
    """Merge the segments smaller than a quarter of the largest into one; returns how many.

    Bulk indexing leaves a segment per process and commit, small ones among them; each
    costs every search a little. Merging only the small ones bounds the work (Whoosh
    rewrites every posting it merges) while the index keeps answering from the old
    segments; a cancel between segments leaves the index as it was.
    """
    merged = 0

    def policy(writer, segments):
        nonlocal merged
        largest = max(seg.doc_count_all() for seg in segments)
        small = [seg for seg in segments if seg.doc_count_all() < largest / 4]
        if len(small) < 2:
            return segments
        for reader in each_segment(ix, small, "merge", progress, cancel):
            writer.add_reader(reader)
        merged = len(small)
        return [seg for seg in segments if seg not in small]

    if len(ix._segments()) > 2:
        with index_writer(ix, merge=policy):
            pass
    return merged


def _record(doc_id: str, stat: FileStat, digest: str, doc: Extracted) -> DocumentRecord:
    return DocumentRecord(
        id=doc_id,
        path=stat.path,
        hash=digest,
        size=stat.size,
        mtime_ns=stat.mtime_ns,
        title=doc.title,
        date=doc.date,
        date_source=doc.date_source,
        encoding=doc.encoding,
        format=doc.format,
        source=doc.source,
    )


def _corrected(record: DocumentRecord, corrections: Mapping[str, str]) -> DocumentRecord:
    """The record as the user sees it: their title and date win over the file's."""
    if not corrections:
        return record
    record = replace(record, title=corrections.get("title", record.title))
    if "date" in corrections:
        record = replace(record, date=corrections["date"], date_source="user")
    return record


def _fields(record: DocumentRecord, text: str, themes: list[str]) -> dict[str, str | datetime]:
    return {
        "doc_id": record.id,
        "key": index_key(record.id, record.hash),
        "path": record.path,
        "title": heading(record.title, text),
        "_stored_title": record.title,
        "content": text,
        "theme": ",".join(themes),
        **_date_fields(record.date),
    }


def _date_fields(date: str | None) -> dict[str, str | datetime]:
    """The index fields of a date of any precision; an undated document is in year "undated"."""
    if not date:
        return {"year": UNDATED}
    start = period_start(date)
    return {"date": datetime(start.year, start.month, start.day), "date_label": date, "year": date[:4]}


def heading(title: str, text: str) -> str:
    """The title to rank as one: "" when it is only the cut start of the first paragraph.

    A document without a heading shows its first line, shortened, as its title (see
    ``archive.ingest.titles``); ranking that as a title would count its first words twice
    and rank passages by how they begin (on the ARCD/XQuAD set, MRR@10 0.769 -> 0.834).
    """
    probe = title.removesuffix("…")
    at = text.find(probe)
    if at < 0:
        return title  # from the document's metadata
    end = at + len(probe)
    return title if end == len(text) or text[end] in "\r\n" else ""


def refresh_entries(ix: FileIndex, changed: list[tuple[DocumentRecord, list[str]]]) -> int:
    """Rewrite the index entries of documents whose tags, title or date (the user's
    corrections) changed, from their records as the user sees them; returns how many.

    Whoosh cannot change one field in place: the stored fields are written back whole,
    which costs no re-reading or re-analysis of the files.
    """
    rewritten = 0
    with index_writer(ix) as writer:
        # Read under the write lock, so that no other writer's newer version is replaced.
        with writer.searcher() as searcher:
            entries = [(searcher.document(doc_id=rec.id), rec, themes) for rec, themes in changed]
        for stored, record, themes in entries:
            if stored is not None:
                for name in ("date", "date_label"):  # a date taken back may leave none
                    stored.pop(name, None)
                writer.update_document(**{**stored, **_fields(record, stored.get("content", ""), themes)})
                rewritten += 1
    return rewritten
