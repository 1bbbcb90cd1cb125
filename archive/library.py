"""``Archive``: the one door through which the interface and the command line reach the core."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from archive.errors import DocumentNotFound
from archive.index import create_index, open_index
from archive.indexer import IndexReport, update_index
from archive.ingest import IngestError, extract
from archive.locations import resolve_root, state_dir_for
from archive.progress import CancelToken, ProgressCallback
from archive.search import SearchResults, match_spans, parse, positive_terms, search
from archive.store import DocumentRecord, Store


@dataclass(frozen=True, slots=True)
class Document:
    """A document as the reader shows it: registry data and display text."""

    record: DocumentRecord
    text: str


class Archive:
    """An archive folder with its index and user data.

    Thread safety: searches may run on any thread; writes (indexing, annotations) must be
    serialised by the caller, as the desktop does on its single write lane.
    """

    def __init__(self, root: Path | str, state_dir: Path | None = None) -> None:
        self.root = resolve_root(root)
        self.state_dir = state_dir or state_dir_for(self.root)
        self.store = Store(self.state_dir / "wathaiq.sqlite")
        self.ix, self.index_was_created = open_index(self.state_dir / "index")

    # -- indexing -----------------------------------------------------------------------

    def update_index(
        self,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        rebuild: bool = False,
        procs: int = 1,
    ) -> IndexReport:
        """Bring the index up to date with the files (everything again with ``rebuild``)."""
        if rebuild:
            self.ix = create_index(self.state_dir / "index")
        return update_index(self.root, self.store, self.ix, progress=progress, cancel=cancel, procs=procs)

    @property
    def document_count(self) -> int:
        return self.ix.doc_count()

    # -- reading ------------------------------------------------------------------------

    def search(self, text: str, **options) -> SearchResults:
        return search(self.ix, text, **options)

    def document(self, path: str) -> Document:
        record = self.store.document_by_path(path)
        if record is None or record.missing:
            raise DocumentNotFound(path)
        try:
            doc = extract(self.root / record.path)
        except IngestError as exc:
            raise DocumentNotFound(path) from exc
        return Document(record, doc.text)

    def matches(self, text: str, query_text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of the words a query matches (for the reader's highlights)."""
        q = parse(self.ix, query_text)
        with self.ix.searcher() as searcher:
            return match_spans(text, positive_terms(q, searcher.reader()))

    def close(self) -> None:
        self.store.close()
        self.ix.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
