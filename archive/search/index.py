"""The Whoosh index: schema, opening (and rebuilding when damaged or outdated), writers.

The index is a cache of the documents: whenever it cannot be opened, or was built by another
analyzer version, it is thrown away and rebuilt from the files. The store keeps user data.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import FileIndex, LockError
from whoosh.reading import SegmentReader
from whoosh.writing import IndexWriter

from archive.arabic import ANALYZER_VERSION
from archive.errors import ArchiveBusy
from archive.progress import CancelToken, Progress, ProgressCallback
from archive.search.analysis import content_analyzer
from archive.search.mapped import MappedStorage

log = logging.getLogger(__name__)

# Whoosh's merge policy: (writer, segments) -> the segments left as they are.
MergePolicy = Callable[[IndexWriter, list], list]

SCHEMA_VERSION = "3"  # 2: a title that is only the start of a paragraph is not indexed; 3: date_label, undated
_VERSION_FILE = "wathaiq-index.json"
TITLE_BOOST = 2.0
# Postings each writer process sorts in memory before spilling to disk: with two worker
# processes this keeps a 50,000-document run under 500 MB.
WRITER_MEMORY_MB = 128


def build_schema() -> Schema:
    analyzer = content_analyzer()
    return Schema(
        doc_id=ID(stored=True, unique=True),
        path=ID(stored=True),
        # "doc_id:content hash", as a column so reconciling never loads stored fields.
        key=ID(sortable=True),
        title=TEXT(analyzer=analyzer, stored=True, field_boost=TITLE_BOOST),
        content=TEXT(analyzer=analyzer, stored=True),
        date=DATETIME(stored=True, sortable=True),  # the first day of date_label, for sorting
        date_label=STORED(),  # the date as known: a day, a month or a year (ISO 8601)
        year=ID(stored=True),
        theme=KEYWORD(stored=True, commas=True, lowercase=True),
    )


def _expected_version() -> dict[str, str]:
    return {"schema": SCHEMA_VERSION, "analyzer": ANALYZER_VERSION}


def _recorded_version(directory: Path) -> dict[str, str] | None:
    try:
        return json.loads((directory / _VERSION_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def create_index(directory: Path) -> FileIndex:
    """Start an empty index in ``directory``, discarding whatever was there."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    ix = MappedStorage(str(directory)).create_index(build_schema())
    (directory / _VERSION_FILE).write_text(json.dumps(_expected_version()), "utf-8")
    return ix


def open_index(
    directory: Path, exclusive: Callable[[], AbstractContextManager]
) -> tuple[FileIndex, bool]:
    """Open the index, or create a fresh one. Returns (index, was_created).

    A missing, unreadable or outdated index is replaced by an empty one, which the caller
    then fills from the documents. Replacing happens inside ``exclusive`` (the archive's
    update lock), after looking again: another process may have just created it.
    """
    ix = _open_if_usable(directory)
    if ix is not None:
        return ix, False
    with exclusive():
        ix = _open_if_usable(directory)
        if ix is not None:
            return ix, False
        return create_index(directory), True


def _open_if_usable(directory: Path) -> FileIndex | None:
    if _recorded_version(directory) != _expected_version():
        if directory.exists():
            log.info("index at %s was built by another version; rebuilding", directory)
        return None
    try:
        ix = MappedStorage(str(directory)).open_index()
        with ix.searcher() as searcher:  # touches every segment's files
            searcher.doc_count()
        return ix
    except Exception as exc:  # any failure to read a cache means: rebuild it
        log.warning("index at %s is damaged (%s); rebuilding", directory, exc)
        return None


@contextmanager
def index_writer(
    ix: FileIndex, *, procs: int = 1, timeout_s: float = 30.0, merge: MergePolicy | None = None
) -> Iterator[IndexWriter]:
    """A writer that commits on success and cancels on error (never commits a failed batch).

    ``merge`` replaces Whoosh's policy for which segments the commit merges (by default
    the smallest ones, see ``whoosh.writing.MERGE_SMALL``).

    Whoosh's file lock is an OS-level lock, so a crashed writer never leaves it stale.
    """
    try:
        writer = ix.writer(procs=procs, timeout=timeout_s, limitmb=WRITER_MEMORY_MB, multisegment=procs > 1)
    except LockError as exc:
        raise ArchiveBusy(str(ix.storage.folder)) from exc
    try:
        yield writer
    except BaseException:
        writer.cancel()
        raise
    if merge is None:
        writer.commit()
        return
    try:
        writer.commit(mergetype=merge)
    except BaseException:
        writer.cancel()
        raise


def each_segment(
    ix: FileIndex,
    segments: list,
    phase: str,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Iterator[SegmentReader]:
    """A reader of each segment in turn, with progress; raises Cancelled between segments."""
    for done, segment in enumerate(segments):
        if cancel:
            cancel.raise_if_cancelled()
        if progress:
            progress(Progress(phase, done, len(segments)))
        with SegmentReader(ix.storage, ix.schema, segment) as reader:
            yield reader
