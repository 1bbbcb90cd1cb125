"""``Library``: the one door through which the interface and the command line reach the core.

A library is an archive folder of documents with its state: the search index (a cache,
``archive.search``) and the user data (``archive.userdata``). Clients get and give the plain
data types of ``archive.types``; storage stays behind this class.
"""

from __future__ import annotations

import logging
from pathlib import Path

from archive.errors import DocumentNotFound, IndexLost, InvalidCorrection
from archive.export.model import ExportModel, ExportOptions, build_model
from archive.ingest import IngestError, extract
from archive.locations import checked_state_path, index_dir_for, received_store, resolve_root, state_dir_for
from archive.outputs import check_output
from archive.progress import CancelToken, ProgressCallback
from archive.search.engine import SearchIndex
from archive.text.dates import is_iso_date
from archive.types import (
    Acceptance,
    Anchor,
    Annotation,
    BackupSummary,
    Document,
    DocumentRecord,
    DocumentSuggestions,
    DocumentTag,
    ImportReport,
    IndexReport,
    SearchResults,
    Theme,
    ThemeOverview,
    Verdict,
    utc_now,
)
from archive.userdata import backup
from archive.userdata.annotation_io import export_collection, import_collection
from archive.userdata.annotations import Annotations
from archive.userdata.feedback import SuggestionFeedback
from archive.userdata.overview import theme_overview
from archive.userdata.safekeeping import close_store, open_store
from archive.userdata.suggest import Suggester
from archive.userdata.themes import Themes, load_taxonomy

log = logging.getLogger(__name__)

class Library:
    """An archive folder with its index and user data.

    Thread safety: searches and reads may run on any thread; writes (indexing, annotations,
    themes) must be serialised by the caller, as the desktop does on its single write lane.
    """

    def __init__(self, root: Path | str, state_dir: Path | None = None) -> None:
        """``state_dir`` (benchmarks, tools) is a trusted folder of the caller's that then
        holds the index too; by default the state is ``<root>/.wathaiq`` and the index is in
        the user's data folder (see ``archive.locations``)."""
        self.root = resolve_root(root)
        self.state_dir = state_dir or state_dir_for(self.root)
        self.index_dir = self.state_dir / "index" if state_dir else index_dir_for(self.root)
        received = None if state_dir else received_store(self.root, self.state_dir)
        self._store = open_store(
            received or self._state_file("wathaiq.sqlite", "-wal", "-shm", "-journal"), read_only=bool(received)
        )
        self._index = SearchIndex(self.index_dir, self._state_file("update.lock"))
        self._themes = Themes(self._store, load_taxonomy())
        self._annotations = Annotations(self._store)
        self._feedback = SuggestionFeedback(self._store)
        self._suggester: Suggester | None = None  # compiled on first use (analyses the lexicons)

    def _state_file(self, name: str, *companions: str) -> Path:
        """A file of the state folder, refused if it or a companion file opened beside it
        (SQLite's journals: ``name`` + suffix) is a link (``UnsafeStatePath``)."""
        for suffix in companions:
            checked_state_path(self.state_dir / f"{name}{suffix}", self.state_dir)
        return checked_state_path(self.state_dir / name, self.state_dir)

    @property
    def index_was_created(self) -> bool:
        """The index was missing or unusable when the library opened: it needs a full run."""
        return self._index.was_created

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
        report = self._index.update(
            self.root, self._store, self._annotations.theme_ids,
            progress=progress, cancel=cancel, rebuild=rebuild, procs=procs,
        )
        if not report.cancelled:
            self._bring_index_into_agreement()
        self.reanchor()
        return report

    def _bring_index_into_agreement(self) -> None:
        """Rewrite the index entries whose themes, title or date differ from the store's tags
        and the user's corrections (a process killed between a store commit and its
        ``refresh_themes`` left them behind)."""
        tagged = {t.document_id for t in self.document_tags()}
        tagged |= {a.document_id for a in self.annotations() if a.theme_id}
        wanted = {doc_id: set(self._annotations.theme_ids(doc_id)) for doc_id in tagged}
        indexed = self._index.indexed_themes()
        records = {record.id: record for record in self._store.documents() if not record.missing}
        both = (wanted.keys() | indexed.keys()) & records.keys()
        differ = {d for d in both if wanted.get(d, set()) != indexed.get(d, set())}
        corrected = [d for d in self._store.corrections() if d in records]
        shown = self._index.titles_and_dates(corrected)
        differ |= {d for d in corrected if shown.get(d) != (records[d].title, records[d].date)}
        if differ:
            log.info("themes, titles or dates of %d documents differed between the store and the index", len(differ))
            self.refresh_themes(sorted(differ))

    def refresh_themes(self, doc_ids: list[str]) -> None:
        """Make searches and facets see these documents' tags (and corrections) as they are now."""
        records = [rec for rec in map(self._store.document, doc_ids) if rec is not None]
        self._index.refresh_entries([(rec, self._annotations.theme_ids(rec.id)) for rec in records])

    def correct(self, doc_id: str, *, title: str | None = None, date: str | None = None) -> DocumentRecord:
        """Set the user's title and/or date of a document (kept apart from the file, which is
        never written, and winning over it in search, sorting, facets and citations).

        ``date`` is ISO 8601 of any precision (2015, 2015-03, 2015-03-12). An empty string
        takes a correction back: the file's own title or date shows again.
        """
        if self._store.document(doc_id) is None:
            raise DocumentNotFound(doc_id)
        if date and not is_iso_date(date):
            raise InvalidCorrection(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {date!r}")
        for name, value in (("title", title), ("date", date)):
            if value is not None:
                self._store.correct(doc_id, name, " ".join(value.split()) or None, utc_now())
        self.refresh_themes([doc_id])
        record = self._store.document(doc_id)
        assert record is not None  # checked above; documents are never deleted
        return record

    def reanchor(self) -> None:
        """Re-anchor the annotations of documents whose text changed since they were made."""
        for doc_id in self._annotations.stale_documents():
            record = self._store.document(doc_id)
            assert record is not None  # stale_documents lists only registered documents
            try:
                text = self.document(record.path).text
            except DocumentNotFound:
                continue  # unreadable now: try again after the next scan
            report = self._annotations.reanchor_document(doc_id, text)
            log.info("%s changed: %d annotations kept, %d moved, %d orphaned",
                     record.path, report.kept, report.moved, report.orphaned)

    @property
    def document_count(self) -> int:
        return self._index.document_count

    # -- reading ------------------------------------------------------------------------

    def search(self, text: str, **options) -> SearchResults:
        """One page of a search (``offset``, ``limit``; see ``archive.search.engine``).
        Safe to call from any thread; the next page continues the same ranking. A ``theme:``
        filter must name one of the archive's themes (hidden and merged ones included)."""
        known = [theme.id for theme in self._themes.all(include_hidden=True)]
        try:
            return self._index.search(text, known_themes=known, **options)
        except IndexLost as exc:  # deleted or broken under us: a cache, so rebuilt, not an error
            log.warning("the index was lost while searching (%s); rebuilding it", exc)
            self._index.reopen()
            self.update_index()  # under the archive's update lock, like any other update
            return self._index.search(text, known_themes=known, **options)

    def matches(self, text: str, query_text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of the words a query matches (for the reader's highlights)."""
        return self._index.matches(text, query_text)

    def documents(self) -> list[DocumentRecord]:
        """Every registered document (missing ones included, flagged)."""
        return self._store.documents()

    def record(self, document_id: str) -> DocumentRecord | None:
        return self._store.document(document_id)

    def document(self, path: str) -> Document:
        if any("\ud800" <= c <= "\udfff" for c in path):
            raise DocumentNotFound(path)  # undecodable bytes: the registry holds text paths only
        record = self._store.document_by_path(path)
        if record is None or record.missing:
            raise DocumentNotFound(path)
        try:
            doc = extract(self.root / record.path, metadata=False)  # the registry has them
        except IngestError as exc:
            raise DocumentNotFound(path) from exc
        return Document(record, doc.text)

    # -- annotations --------------------------------------------------------------------

    def annotations(self, document_id: str | None = None) -> list[Annotation]:
        """Highlights, notes and passage tags: of one document, or all in excerpt order."""
        if document_id is None:
            return self._annotations.all()
        return self._annotations.for_document(document_id)

    def annotation(self, annotation_id: str) -> Annotation:
        return self._annotations.get(annotation_id)

    def orphaned(self, document_id: str | None = None) -> list[Annotation]:
        """Annotations whose passage was lost when their document changed."""
        return self._annotations.orphaned(document_id)

    def document_tags(self, document_id: str | None = None) -> list[DocumentTag]:
        return self._annotations.document_tags(document_id)

    # Each write below is one transaction and returns what its undo needs (see
    # archive.userdata.annotations); themes in the index follow with ``refresh_themes``.

    def add_annotations(self, items: list[Annotation]) -> list[Annotation]:
        return self._annotations.add_annotations(items)

    def delete_annotations(self, ids: list[str]) -> list[Annotation]:
        return self._annotations.delete_annotations(ids)

    def restore_annotation(self, annotation: Annotation) -> Annotation:
        return self._annotations.restore(annotation)

    def update_note(self, annotation_id: str, body: str) -> str:
        return self._annotations.update_note(annotation_id, body)

    def set_annotation_theme(self, annotation_id: str, theme_id: str | None) -> str | None:
        return self._annotations.set_theme(annotation_id, theme_id)

    def move_excerpt(self, annotation_id: str, position: float) -> float:
        return self._annotations.move(annotation_id, position)

    def add_document_tag(self, tag: DocumentTag) -> bool:
        return self._annotations.add_document_tag(tag)

    def remove_document_tag(self, document_id: str, theme_id: str) -> DocumentTag | None:
        return self._annotations.remove_document_tag(document_id, theme_id)

    # -- suggestions --------------------------------------------------------------------

    def suggest(self, path: str) -> DocumentSuggestions:
        """Themes suggested for a document and each of its paragraphs, with evidence."""
        doc = self.document(path)
        if self._suggester is None:
            self._suggester = Suggester({t.id: t.lexicon for t in self._themes.taxonomy.values()})
        return self._suggester.suggest(
            doc.text, self._themes.effective_ids(), self._feedback.for_document(doc.record.id)
        )

    def accept_suggestion(
        self, document_id: str, theme_id: str, paragraph: int | None = None, passage: Anchor | None = None
    ) -> Acceptance:
        """Tag the document (or ``passage``, for a paragraph's suggestion) and remember it."""
        return self._feedback.accept(document_id, theme_id, paragraph, passage)

    def undo_acceptance(self, acceptance: Acceptance) -> None:
        self._feedback.undo_accept(acceptance)

    def verdict(self, document_id: str, theme_id: str, paragraph: int | None = None) -> Verdict | None:
        return self._feedback.verdict(document_id, theme_id, paragraph)

    def set_verdict(
        self, document_id: str, theme_id: str, paragraph: int | None, verdict: Verdict | None
    ) -> Verdict | None:
        """Record (None: forget) a verdict on a suggestion; returns the previous one."""
        return self._feedback.set_verdict(document_id, theme_id, paragraph, verdict)

    # -- themes -------------------------------------------------------------------------

    def themes(self, *, include_hidden: bool = False) -> list[Theme]:
        """Themes in display order; hidden and merged ones only with ``include_hidden``."""
        return self._themes.all(include_hidden=include_hidden)

    def theme(self, theme_id: str) -> Theme:
        return self._themes.get(theme_id)

    def resolve_theme(self, theme_id: str) -> str:
        """The theme that now stands for ``theme_id`` (following merges)."""
        return self._themes.resolve(theme_id)

    def add_theme(self, label_ar: str, label_en: str, color: str, *, theme_id: str | None = None) -> Theme:
        return self._themes.add(label_ar, label_en, color, theme_id=theme_id)

    def rename_theme(self, theme_id: str, *, label_ar: str | None = None, label_en: str | None = None) -> Theme:
        """Change either label; returns the theme as it was."""
        return self._themes.rename(theme_id, label_ar=label_ar, label_en=label_en)

    def recolour_theme(self, theme_id: str, color: str) -> str:
        return self._themes.recolour(theme_id, color)

    def hide_theme(self, theme_id: str, hidden: bool = True) -> bool:
        return self._themes.set_hidden(theme_id, hidden)

    def move_theme(self, theme_id: str, position: int) -> int:
        return self._themes.move(theme_id, position)

    def merge_themes(self, source_id: str, target_id: str) -> None:
        """Fold one theme into another; the documents it tagged are searched under the other."""
        tagged = {t.document_id for t in self.document_tags() if t.theme_id == source_id}
        tagged |= {a.document_id for a in self.annotations() if a.theme_id == source_id}
        self._themes.merge(source_id, target_id)
        self.refresh_themes(sorted(tagged))

    def delete_theme(self, theme_id: str) -> None:
        """Delete a user theme nothing refers to; a built-in one is only hidden."""
        self._themes.delete(theme_id)

    # -- interchange and export ---------------------------------------------------------

    def export_annotations(self) -> dict:
        """Every tag, note and highlight as a W3C AnnotationCollection."""
        paths = {record.id: record.path for record in self._store.documents()}
        return export_collection(self._annotations, paths)

    def import_annotations(self, text: str) -> ImportReport:
        """Import W3C annotation JSON (one transaction); see ``archive.userdata.annotation_io``."""

        def lookup(path: str) -> tuple[str, str]:
            doc = self.document(path)
            return doc.record.id, doc.text

        report = import_collection(text, self._store, self._annotations, self._themes, lookup)
        tagged = {a.document_id for a in self._annotations.all() if a.theme_id}
        self.refresh_themes(sorted(tagged | {t.document_id for t in self._annotations.document_tags()}))
        return report

    def export_model(
        self,
        options: ExportOptions = ExportOptions(),
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ExportModel:
        """The excerpts as ``options`` choose them, ready for any export writer."""
        return build_model(self, options, progress=progress, cancel=cancel)

    def theme_overview(self, by: str = "year") -> ThemeOverview:
        """Tagged documents and coded passages per theme, by year, month, folder or document
        (see ``archive.userdata.overview``). Safe to call from any thread."""
        return theme_overview(
            by, [t.id for t in self._themes.all()], self._store.documents(),
            self._annotations.document_tags(), self._annotations.all(),
        )

    @property
    def protected_folders(self) -> tuple[Path, ...]:
        """Folders no output may be written into: the documents and the archive's state."""
        return (self.root, self.state_dir)

    def check_output(self, target: Path, *, replace: bool = True) -> Path:
        """``target`` if an export or backup may write it, else ``archive.errors.UnsafeOutput``
        (see ``archive.outputs``): for clients that ask before they start the work."""
        return check_output(target, self.protected_folders, replace=replace)

    def backup(self, target: Path, *, replace: bool = True) -> BackupSummary:
        """Write a consistent, checked copy of the user data to ``target`` (an existing file
        only with ``replace``; never inside ``protected_folders``)."""
        return backup.backup(self._store, target, self.protected_folders, replace=replace)

    def restore(self, source: Path) -> tuple[BackupSummary, Path]:
        """Replace the user data with a checked backup; returns it and where the old data
        went. The index then follows the restored registry and tags."""
        summary, kept = backup.restore(self._store, source)
        self.update_index()
        self.refresh_themes([record.id for record in self._store.documents()])
        return summary, kept

    # -- life cycle ---------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """The user data is only read (an archive on read-only media): writes to it raise
        ``StoreReadOnly``; searching and reading work as usual."""
        return self._store.read_only

    def close(self) -> None:
        self._index.close()
        close_store(self._store)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
