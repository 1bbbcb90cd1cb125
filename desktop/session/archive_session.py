"""One open archive, as the window uses it: searches and document loads off the UI thread.

The session owns an ``archive.library.Library`` and runs every call into it on the lanes of
the application context: searches on the search lane, document loads and finds on the read
lane. Each kind of request carries a serial number; a request overtaken by a newer one of the
same kind is skipped before it runs, and its result is dropped if it was already running. This
is the only staleness check: the window shows whatever the session delivers.

After the indexer process commits, nothing needs reopening: Whoosh's ``FileIndex`` reads the
newest table of contents each time a searcher is opened, so the next search sees the new
documents. The window simply runs the current search again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from archive.text.display import OffsetMap
from desktop.common.workers import Lane
from desktop.reader.loader import Spans, find_in_text, prepare_document, query_hits
from desktop.search.controller import SearchRequest

if TYPE_CHECKING:  # the core is imported on a worker thread, not at start-up
    from archive.library import Library
    from archive.types import SearchResults


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    path: str
    query: str = ""
    matches: Spans | None = field(default=None, compare=False)


class _Serials:
    """The newest request of one kind; older ones are stale."""

    def __init__(self) -> None:
        self.latest = 0

    def next(self) -> int:
        self.latest += 1
        return self.latest

    def is_latest(self, serial: int) -> bool:
        return serial == self.latest


class ArchiveSession(QObject):
    """Searches and reads one archive in the background.

    Signals:
        search_finished(SearchRequest, SearchResults): the newest search answered.
        search_failed(SearchRequest, Exception): the newest search raised (a QuerySyntaxError
            for a query that cannot be understood).
        document_loaded(PreparedDocument): the newest document request is ready.
        document_failed(DocumentRequest, Exception): it could not be read.
        find_finished(str, list): the newest find-in-document's hits (Qt positions).
        query_hits_found(str, str, list): the newest query's hits in a document already
            shown (path, query, Qt positions).
        document_count_changed(int): the number of documents in the index.
    """

    search_finished = Signal(object, object)
    search_failed = Signal(object, object)
    document_loaded = Signal(object)
    document_failed = Signal(object, object)
    find_finished = Signal(str, list)
    query_hits_found = Signal(str, str, list)
    document_count_changed = Signal(int)

    def __init__(
        self, library: Library, search_lane: Lane, read_lane: Lane, parent: QObject | None = None,
        write_lane: Lane | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._search_lane = search_lane
        self._read_lane = read_lane
        self._write_lane = write_lane
        self._searches = _Serials()
        self._loads = _Serials()
        self._finds = _Serials()
        self._rehits = _Serials()
        self._closed = False
        # A second window on the same archive is allowed (SQLite and the index lock keep
        # both safe) but told so: QLockFile notices a lock left by a crashed window.
        self._window_lock = QLockFile(str(library.state_dir / "window.lock"))
        self.shared = not self._window_lock.tryLock(0)

    @property
    def root(self):
        return self.library.root

    @property
    def index_was_created(self) -> bool:
        return self.library.index_was_created

    # -- requests -------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> None:
        """Search in the background; an empty request searches nothing, but makes the
        answers of older ones stale."""
        serial = self._searches.next()
        if request.empty:
            return
        library = self.library

        def job() -> SearchResults:
            return library.search(
                request.text,
                offset=request.offset,
                limit=request.limit,
                sort=request.sort,
                themes=list(request.themes),
                years=list(request.years),
            )

        self._search_lane.submit(
            job,
            lambda results: self._deliver(self._searches, serial, self.search_finished, request, results),
            lambda exc: self._deliver(self._searches, serial, self.search_failed, request, exc),
            still_wanted=lambda: self._searches.is_latest(serial),
        )

    def load_document(self, request: DocumentRequest) -> None:
        serial = self._loads.next()
        self._finds.next()  # a find for the previous document is stale now
        library = self.library
        self._read_lane.submit(
            lambda: prepare_document(library, request.path, request.query, request.matches),
            lambda doc: self._deliver(self._loads, serial, self.document_loaded, doc),
            lambda exc: self._deliver(self._loads, serial, self.document_failed, request, exc),
            still_wanted=lambda: self._loads.is_latest(serial),
        )

    def find(self, text: OffsetMap, needle: str) -> None:
        serial = self._finds.next()
        library = self.library
        self._read_lane.submit(
            lambda: find_in_text(library, text, needle),
            lambda spans: self._deliver(self._finds, serial, self.find_finished, needle, spans),
            still_wanted=lambda: self._finds.is_latest(serial),
        )

    def match_query(self, path: str, text: OffsetMap, query: str) -> None:
        serial = self._rehits.next()
        library = self.library
        self._read_lane.submit(
            lambda: query_hits(library, text, query),
            lambda spans: self._deliver(self._rehits, serial, self.query_hits_found, path, query, spans),
            still_wanted=lambda: self._rehits.is_latest(serial),
        )

    def count_documents(self) -> None:
        library = self.library
        self._search_lane.submit(
            lambda: library.document_count,
            lambda n: None if self._closed else self.document_count_changed.emit(n),
        )

    def close(self) -> None:
        """Stop delivering, and close the archive once the jobs already queued have run."""
        if self._closed:
            return
        self._closed = True
        if not self.shared:
            self._window_lock.unlock()
        library = self.library
        # Lanes run their jobs in order: the search lane's barrier comes after every search
        # of this session, the write lane's after every index write, then the close comes
        # after every read queued before it.
        def close_after_reads(_=None) -> None:
            self._read_lane.submit(library.close)

        write_lane = self._write_lane
        if write_lane is None:
            self._search_lane.submit(lambda: None, close_after_reads)
        else:
            def after_writes(_=None) -> None:
                write_lane.submit(lambda: None, close_after_reads)

            self._search_lane.submit(lambda: None, after_writes)

    # -- results --------------------------------------------------------------------------

    def _deliver(self, serials: _Serials, serial: int, signal, *args) -> None:
        if not self._closed and serials.is_latest(serial):
            signal.emit(*args)
