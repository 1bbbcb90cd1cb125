"""Moving an archive's annotations out and in as W3C Web Annotations (``archive.userdata.webannotation``).

Export writes every document tag, then every passage annotation in the excerpt order, with
both selectors. Import anchors each passage on the document's current text: a position whose
text is the quote is kept, otherwise the quote is searched (``archive.userdata.anchoring``), and a
quote not found is still imported, flagged orphaned. Import is idempotent: ids are kept
(``urn:uuid:``), an annotation already present is left alone when equal, and replaced only
when the file's copy was modified later than ours. Tagging values name themes by id (a
merged theme's id leads to its target) or by label; an unknown one becomes a new theme.
The whole import is one transaction; an item the store refuses (a savepoint each) is undone
alone and reported skipped, the others are kept.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import replace

from archive.errors import ArchiveError, ThemeNotFound
from archive.types import (
    Anchor,
    AnchorState,
    Annotation,
    DocumentTag,
    ImportReport,
    Kind,
    Skipped,
    utc_now,
)
from archive.userdata.anchoring import Resolution, find_quote, locate
from archive.userdata.annotations import (
    Annotations,
    insert_annotation,
    insert_document_tag,
    overwrite_annotation,
    refusals,
)
from archive.userdata.store import Store, Transaction
from archive.userdata.themes import Themes, insert_theme
from archive.userdata.webannotation import (
    Parsed,
    annotation_json,
    collection_json,
    loads,
)

log = logging.getLogger(__name__)

# (document id, display text) of an archive-relative path; raises DocumentNotFound.
DocumentLookup = Callable[[str], tuple[str, str]]
# Colours for themes an import creates, chosen by label so a re-import picks the same.
_NEW_THEME_COLORS = ("#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d")


def export_collection(annotations: Annotations, paths: dict[str, str]) -> dict:
    """Every tag, note and highlight as one AnnotationCollection (``paths``: document id -> path)."""
    items = [
        annotation_json(t.id, None, paths[t.document_id], themes=[t.theme_id], created=t.created)
        for t in annotations.document_tags()
    ]
    for a in annotations.all():
        items.append(
            annotation_json(
                a.id,
                str(a.kind),
                paths[a.document_id],
                themes=[a.theme_id] if a.theme_id else [],
                body=a.body,
                anchor=a.anchor,
                created=a.created,
                modified=a.modified,
            )
        )
    return collection_json(items, label="Wathaiq annotations", generated=utc_now())


def import_collection(
    text: str, store: Store, annotations: Annotations, themes: Themes, lookup: DocumentLookup
) -> ImportReport:
    """Import W3C annotation JSON into the archive; raises AnnotationFormatError if unreadable."""
    parsed, skipped = loads(text)
    report = ImportReport(skipped=list(skipped))
    documents: dict[str, tuple[str, str] | None] = {}

    def document(path: str) -> tuple[str, str] | None:
        if path not in documents:
            try:
                documents[path] = lookup(path)
            except ArchiveError:
                documents[path] = None
        return documents[path]

    with store.transaction() as tx:
        theme_ids = _ThemeResolver(tx, themes, report)
        for item in parsed:
            doc = document(item.target.source)
            if doc is None:
                report.skipped.append(Skipped(item.index, item.id, f"no document at {item.target.source}"))
                continue
            # One item the store refuses is skipped, not the file: its writes alone are undone.
            tx.execute("SAVEPOINT item")
            counts = (report.added, report.updated, report.unchanged, report.orphaned, list(report.themes_created))
            try:
                with refusals():
                    _import_item(tx, item, doc, theme_ids, annotations, report)
            except (ArchiveError, sqlite3.Error, OverflowError, ValueError) as exc:
                tx.execute("ROLLBACK TO item")
                report.added, report.updated, report.unchanged, report.orphaned, report.themes_created = counts
                theme_ids.forget(report.themes_created)
                report.skipped.append(Skipped(item.index, item.id, f"refused by the store ({exc})"))
            tx.execute("RELEASE item")
    log.info("imported annotations: %d added, %d updated, %d unchanged, %d orphaned, %d skipped",
             report.added, report.updated, report.unchanged, report.orphaned, len(report.skipped))
    return report


def _import_item(
    tx: Transaction, item: Parsed, doc: tuple[str, str], theme_ids: _ThemeResolver,
    annotations: Annotations, report: ImportReport,
) -> None:
    ids = [theme_ids(value) for value in item.themes]
    if item.kind is None:
        for n, theme_id in enumerate(ids):
            _import_tag(tx, item, n, doc[0], theme_id, report)
    else:
        _import_passage(tx, item, Kind(item.kind), doc, ids, annotations, report)


def _import_tag(
    tx: Transaction, item: Parsed, n: int, document_id: str, theme_id: str, report: ImportReport
) -> None:
    """The ``n``-th theme of a document-level tagging annotation (the first keeps its id)."""
    tag_id = _derived_id(item.id, theme_id) if n else item.id
    tag = DocumentTag(tag_id, document_id, theme_id, item.created or utc_now())
    if insert_document_tag(tx, tag):
        report.added += 1
    else:
        report.unchanged += 1


def _import_passage(
    tx: Transaction,
    item: Parsed,
    kind: Kind,
    doc: tuple[str, str],
    theme_ids: list[str],
    annotations: Annotations,
    report: ImportReport,
) -> None:
    """A note, highlight or passage tag; a note or highlight with several themes brings passage
    tags for the themes after its first, a passage tag one annotation per theme."""
    document_id, text = doc
    anchor, state = _anchor(item, text)
    report.orphaned += state is AnchorState.ORPHANED
    created = item.created or utc_now()
    # No modification time in the file: it can add the annotation, never overwrite ours.
    modified = item.modified or ""
    first = Annotation(
        item.id,
        document_id,
        kind,
        anchor,
        theme_ids[0] if theme_ids else None,
        item.body,
        state,
        created,
        modified or created,
    )
    extra_themes = theme_ids[1:]
    wanted = [first] + [
        replace(first, id=_derived_id(item.id, theme_id), kind=Kind.TAG, theme_id=theme_id, body="")
        for theme_id in extra_themes
    ]
    for a in wanted:
        _upsert(tx, a, annotations, report, newer_than_ours=bool(modified))


def _upsert(
    tx: Transaction, a: Annotation, annotations: Annotations, report: ImportReport,
    *, newer_than_ours: bool,
) -> None:
    try:
        ours = annotations.get(a.id)
    except ArchiveError:
        insert_annotation(tx, a)
        report.added += 1
        return
    same = (ours.document_id, ours.kind, ours.theme_id, ours.body, ours.anchor) == (
        a.document_id,
        a.kind,
        a.theme_id,
        a.body,
        a.anchor,
    )
    if same or not newer_than_ours or a.modified <= ours.modified:
        report.unchanged += 1
        return
    overwrite_annotation(tx, replace(a, position=ours.position))
    report.updated += 1


def _anchor(item: Parsed, text: str) -> tuple[Anchor, AnchorState]:
    """Anchor an imported target on the document's current text."""
    position, quote = item.target.position, item.target.quote
    if quote is None:  # position only: the quote is whatever is there now
        assert position is not None  # a passage has a position or a quote
        start, end = position
        if end > len(text):
            return Anchor(start, end, ""), AnchorState.ORPHANED
        return Anchor.at(text, start, end), AnchorState.ANCHORED
    exact, prefix, suffix = quote
    if position is None:
        found = find_quote(text, exact, prefix, suffix)
        if found is None:
            return Anchor(0, 0, exact, prefix, suffix), AnchorState.ORPHANED
        return found, AnchorState.ANCHORED
    anchor, resolution = locate(Anchor(*position, exact, prefix, suffix), text)
    state = {
        Resolution.IN_PLACE: AnchorState.ANCHORED,
        Resolution.MOVED: AnchorState.REANCHORED,
        Resolution.LOST: AnchorState.ORPHANED,
    }[resolution]
    return anchor, state


class _ThemeResolver:
    """Tagging values -> theme ids, creating themes for unknown values (once per import)."""

    def __init__(self, tx: Transaction, themes: Themes, report: ImportReport) -> None:
        self._tx, self._themes, self._report = tx, themes, report
        self._cache: dict[str, str] = {}
        self._created: set[str] = set()

    def forget(self, kept: list[str]) -> None:
        """Forget the themes created but not ``kept``: an item's rollback removed them."""
        lost = self._created - set(kept)
        self._created -= lost
        self._cache = {value: theme_id for value, theme_id in self._cache.items() if theme_id not in lost}

    def __call__(self, value: str) -> str:
        if value not in self._cache:
            self._cache[value] = self._find(value) or self._create(value)
        return self._cache[value]

    def _find(self, value: str) -> str | None:
        for candidate in dict.fromkeys((value, value.lower())):  # ids are lowercase
            try:
                return self._themes.resolve(candidate)
            except ThemeNotFound:
                pass
        folded = value.casefold()
        for theme in self._themes.all(include_hidden=True):
            if folded in (theme.label_ar.casefold(), theme.label_en.casefold()):
                return self._themes.resolve(theme.id)
        return None

    def _create(self, value: str) -> str:
        digest = hashlib.sha256(value.encode()).digest()
        theme = insert_theme(self._tx, value, value, _NEW_THEME_COLORS[digest[0] % len(_NEW_THEME_COLORS)])
        self._report.themes_created.append(theme.id)
        self._created.add(theme.id)
        return theme.id


def _derived_id(base: str, theme_id: str) -> str:
    """A stable id for the extra tags one imported annotation brings (one per further theme)."""
    return str(uuid.uuid5(uuid.UUID(base), theme_id))
