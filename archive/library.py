"""``Library``: the one door through which the interface and the command line reach the core."""

from __future__ import annotations

import threading
from pathlib import Path

from whoosh.searching import Searcher

from archive.errors import DocumentNotFound
from archive.ingest import IngestError, extract
from archive.locations import resolve_root, state_dir_for
from archive.progress import CancelToken, ProgressCallback
from archive.search.highlight import match_spans, matcher_for
from archive.search.index import create_index, open_index
from archive.search.indexer import refresh_themes, update_index, update_lock
from archive.search.searching import TEXT_FIELDS, parse, search
from archive.types import (
    Document,
    DocumentSuggestions,
    ImportReport,
    IndexReport,
    SearchResults,
)
from archive.userdata.annotation_io import export_collection, import_collection
from archive.userdata.annotations import Annotations
from archive.userdata.feedback import SuggestionFeedback
from archive.userdata.store import Store
from archive.userdata.suggest import Suggester
from archive.userdata.themes import Themes, load_taxonomy


class Library:
    """An archive folder with its index and user data.

    Thread safety: searches may run on any thread; writes (indexing, annotations) must be
    serialised by the caller, as the desktop does on its single write lane.
    """

    def __init__(self, root: Path | str, state_dir: Path | None = None) -> None:
        self.root = resolve_root(root)
        self.state_dir = state_dir or state_dir_for(self.root)
        self.store = Store(self.state_dir / "wathaiq.sqlite")
        self.ix, self.index_was_created = open_index(self.state_dir / "index", self._update_lock)
        # Opening a searcher reads every segment's tables: keep one, refreshed on change.
        self._searcher: Searcher | None = None
        self._searcher_lock = threading.Lock()
        self._last_search: tuple[Searcher, tuple, SearchResults] | None = None
        self.themes = Themes(self.store, load_taxonomy())
        self.annotations = Annotations(self.store)
        self.feedback = SuggestionFeedback(self.store)
        self._suggester: Suggester | None = None  # compiled on first use (analyses the lexicons)

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
        with self._update_lock():
            if rebuild:
                self._drop_searcher()
                self.ix = create_index(self.state_dir / "index")
            report = update_index(
                self.root, self.store, self.ix, progress=progress, cancel=cancel, procs=procs,
                themes=self.annotations.theme_ids,
            )
        self.reanchor()
        return report

    def _update_lock(self):
        return update_lock(self.state_dir / "update.lock")

    def refresh_themes(self, doc_ids: list[str]) -> None:
        """Make searches and facets see these documents' tags as they are now."""
        records = [rec for rec in map(self.store.document, doc_ids) if rec is not None]
        refresh_themes(self.ix, [(rec, self.annotations.theme_ids(rec.id)) for rec in records])

    def reanchor(self) -> None:
        """Re-anchor the annotations of documents whose text changed since they were made."""
        for doc_id in self.annotations.stale_documents():
            record = self.store.document(doc_id)
            try:
                text = self.document(record.path).text
            except DocumentNotFound:
                continue  # unreadable now: try again after the next scan
            self.annotations.reanchor_document(doc_id, text)

    @property
    def document_count(self) -> int:
        return self.ix.doc_count()

    # -- reading ------------------------------------------------------------------------

    def search(self, text: str, **options) -> SearchResults:
        """See ``archive.search.searching.search`` for the options. Safe to call from any thread.

        The same search asked again for more hits (the next page of a results list) keeps
        the hits it built before.
        """
        with self._searcher_lock:
            searcher = self._current_searcher()
            asked = (text, repr(sorted((k, v) for k, v in options.items() if k != "limit")))
            last = self._last_search
            earlier = last[2] if last and last[0] is searcher and last[1] == asked else None
            results = search(searcher, text, earlier=earlier, **options)
            self._last_search = (searcher, asked, results)
            return results

    def _current_searcher(self) -> Searcher:
        # Not Searcher.refresh(): in whoosh-reloaded 2.7.5 it reuses the old segment
        # readers and keeps showing documents deleted or replaced since.
        if self._searcher is None or not self._searcher.up_to_date():
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = self.ix.searcher()
        return self._searcher

    def _drop_searcher(self) -> None:
        with self._searcher_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None

    def document(self, path: str) -> Document:
        record = self.store.document_by_path(path)
        if record is None or record.missing:
            raise DocumentNotFound(path)
        try:
            doc = extract(self.root / record.path, metadata=False)  # the registry has them
        except IngestError as exc:
            raise DocumentNotFound(path) from exc
        return Document(record, doc.text)

    def matches(self, text: str, query_text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of the words a query matches (for the reader's highlights)."""
        return match_spans(text, matcher_for(parse(self.ix.schema, query_text), TEXT_FIELDS))

    # -- themes and annotations ------------------------------------------------------------

    def suggest(self, path: str) -> DocumentSuggestions:
        """Themes suggested for a document and each of its paragraphs, with evidence."""
        doc = self.document(path)
        if self._suggester is None:
            self._suggester = Suggester({t.id: t.lexicon for t in self.themes.taxonomy.values()})
        return self._suggester.suggest(
            doc.text, self.themes.effective_ids(), self.feedback.for_document(doc.record.id)
        )

    def export_annotations(self) -> dict:
        """Every tag, note and highlight as a W3C AnnotationCollection."""
        paths = {record.id: record.path for record in self.store.documents()}
        return export_collection(self.annotations, paths)

    def import_annotations(self, text: str) -> ImportReport:
        """Import W3C annotation JSON (one transaction); see ``archive.userdata.annotation_io``."""

        def lookup(path: str) -> tuple[str, str]:
            doc = self.document(path)
            return doc.record.id, doc.text

        report = import_collection(text, self.store, self.annotations, self.themes, lookup)
        tagged = {a.document_id for a in self.annotations.all() if a.theme_id}
        self.refresh_themes(sorted(tagged | {t.document_id for t in self.annotations.document_tags()}))
        return report

    def close(self) -> None:
        self._drop_searcher()
        self.store.close()
        self.ix.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
