"""Highlights, notes and passage tags on documents, and tags on whole documents.

Data access over the store, so that no SQL lives in the interface. Every public write is one
transaction and returns what its undo needs, so each pairs with its inverse in a QUndoCommand:

- ``add_annotations(items)`` / ``delete_annotations(ids)`` (the latter returns the deleted
  annotations, which ``add_annotations`` restores unchanged: same id, times and order);
- ``update_note(id, body)`` and ``set_theme(id, theme_id)`` return the previous value;
- ``move(id, position)`` (the excerpt order) returns the previous position;
- ``restore(annotation)`` puts a snapshot back exactly (times included) and returns the one it replaced;
- ``add_document_tag(tag)`` / ``remove_document_tag(document_id, theme_id)``.

Annotations are never dropped: when a document's text changes, ``reanchor_document`` moves
them by quote or flags them orphaned (see ``archive.userdata.anchoring``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from archive.errors import AnnotationNotFound, InvalidAnnotation
from archive.types import (
    Anchor,
    AnchorState,
    Annotation,
    DocumentTag,
    Kind,
    ReanchorReport,
    utc_now,
)
from archive.userdata.anchoring import Resolution, locate
from archive.userdata.store import Store, Transaction

_COLUMNS = (
    'id, document_id, kind, anchor_state, theme_id, body, start, "end", exact, prefix, suffix,'
    " created, modified, position"
)
_TAG_COLUMNS = "id, document_id, theme_id, created"


def _annotation(row: Sequence) -> Annotation:
    a_id, doc_id, kind, state, theme_id, body, start, end, exact, prefix, suffix, created, modified, pos = row
    return Annotation(
        a_id,
        doc_id,
        Kind(kind),
        Anchor(start, end, exact, prefix, suffix),
        theme_id,
        body,
        AnchorState(state),
        created,
        modified,
        pos,
    )


# -- statements inside a transaction (shared with the W3C importer and suggestion feedback) --


@contextmanager
def refusals() -> Iterator[None]:
    """Turn constraint failures (unknown document or theme, duplicate id) into a typed error."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise InvalidAnnotation(str(exc)) from exc


def insert_annotation(tx: Transaction, a: Annotation) -> Annotation:
    """Insert ``a``, anchored against the document's current text; returns it as stored."""
    if a.position is None:
        last = tx.execute("SELECT ifnull(max(position), 0) FROM annotations").fetchone()[0]
        a = replace(a, position=float(last) + 1)
    tx.execute(
        f"INSERT INTO annotations ({_COLUMNS}, anchor_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT hash FROM documents WHERE id = ?))",
        (*_values(a), a.document_id),
    )
    return a


def overwrite_annotation(tx: Transaction, a: Annotation) -> None:
    """Replace every field of the stored annotation with id ``a.id``."""
    tx.execute(
        "UPDATE annotations SET document_id = ?, kind = ?, anchor_state = ?, theme_id = ?, body = ?,"
        ' start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, created = ?, modified = ?,'
        " position = ?, anchor_hash = (SELECT hash FROM documents WHERE id = ?) WHERE id = ?",
        (*_values(a)[1:], a.document_id, a.id),
    )


def insert_document_tag(tx: Transaction, tag: DocumentTag) -> bool:
    """Tag a document; False (and nothing written) if it already had that theme."""
    cursor = tx.execute(
        f"INSERT OR IGNORE INTO document_tags ({_TAG_COLUMNS}) VALUES (?, ?, ?, ?)",
        (tag.id, tag.document_id, tag.theme_id, tag.created),
    )
    return cursor.rowcount == 1


def delete_document_tag(tx: Transaction, document_id: str, theme_id: str) -> DocumentTag | None:
    row = tx.execute(
        f"SELECT {_TAG_COLUMNS} FROM document_tags WHERE document_id = ? AND theme_id = ?",
        (document_id, theme_id),
    ).fetchone()
    if row:
        tx.execute("DELETE FROM document_tags WHERE id = ?", (row[0],))
    return DocumentTag(*row) if row else None


def delete_annotation(tx: Transaction, annotation_id: str) -> Annotation:
    row = tx.execute(f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
    if row is None:
        raise AnnotationNotFound(annotation_id)
    tx.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
    return _annotation(row)


def _values(a: Annotation) -> tuple:
    an = a.anchor
    return (
        a.id,
        a.document_id,
        str(a.kind),
        str(a.anchor_state),
        a.theme_id,
        a.body,
        an.start,
        an.end,
        an.exact,
        an.prefix,
        an.suffix,
        a.created,
        a.modified,
        a.position,
    )


class Annotations:
    """The annotations and document tags of one archive's store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reading ------------------------------------------------------------------------

    def get(self, annotation_id: str) -> Annotation:
        rows = self._select("WHERE id = ?", (annotation_id,))
        if not rows:
            raise AnnotationNotFound(annotation_id)
        return rows[0]

    def for_document(self, document_id: str) -> list[Annotation]:
        """A document's annotations in reading order."""
        return self._select('WHERE document_id = ? ORDER BY start, "end", created', (document_id,))

    def all(self) -> list[Annotation]:
        """Every annotation in the user's excerpt order."""
        return self._select("ORDER BY position")

    def orphaned(self, document_id: str | None = None) -> list[Annotation]:
        """Annotations whose passage was not found after their document changed."""
        if document_id is None:
            return self._select("WHERE anchor_state = 'orphaned' ORDER BY document_id, start")
        return self._select(
            "WHERE anchor_state = 'orphaned' AND document_id = ? ORDER BY start", (document_id,)
        )

    def document_tags(self, document_id: str | None = None) -> list[DocumentTag]:
        """Tags on a whole document (all documents' with None), oldest first."""
        where, params = ("WHERE document_id = ?", (document_id,)) if document_id else ("", ())
        rows = self._store.query(
            f"SELECT {_TAG_COLUMNS} FROM document_tags {where} ORDER BY created, id", params
        )
        return [DocumentTag(*row) for row in rows]

    def theme_ids(self, document_id: str) -> list[str]:
        """Themes of a document, from its own tags and its tagged passages (for the index)."""
        rows = self._store.query(
            "SELECT theme_id FROM document_tags WHERE document_id = ?"
            " UNION SELECT theme_id FROM annotations WHERE document_id = ? AND theme_id IS NOT NULL",
            (document_id, document_id),
        )
        return sorted(row[0] for row in rows)

    def _select(self, clause: str, params: tuple = ()) -> list[Annotation]:
        rows = self._store.query(f"SELECT {_COLUMNS} FROM annotations {clause}", params)
        return [_annotation(row) for row in rows]

    # -- writing: each method one transaction --------------------------------------------

    def add_annotations(self, items: Sequence[Annotation]) -> list[Annotation]:
        """Store new (or restore deleted) annotations; returns them as stored."""
        with refusals(), self._store.transaction() as tx:
            return [insert_annotation(tx, a) for a in items]

    def delete_annotations(self, ids: Sequence[str]) -> list[Annotation]:
        """Delete annotations; returns them, so that undo can add them back unchanged."""
        with self._store.transaction() as tx:
            return [delete_annotation(tx, a_id) for a_id in ids]

    def update_note(self, annotation_id: str, body: str) -> str:
        """Set an annotation's text; returns the previous text."""
        return self._update(annotation_id, "body", body)

    def restore(self, annotation: Annotation) -> Annotation:
        """Put back an annotation exactly as ``annotation`` (same id: times and anchor too);
        returns it as it was. Undo and redo of an edit use it, so nothing else changes."""
        with refusals(), self._store.transaction() as tx:
            row = tx.execute(f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (annotation.id,)).fetchone()
            if row is None:
                raise AnnotationNotFound(annotation.id)
            overwrite_annotation(tx, annotation)
            return _annotation(row)

    def set_theme(self, annotation_id: str, theme_id: str | None) -> str | None:
        """Set (or clear) the theme of an annotation; returns the previous theme id."""
        return self._update(annotation_id, "theme_id", theme_id)

    def move(self, annotation_id: str, position: float) -> float:
        """Place an annotation in the excerpt order; returns its previous position."""
        return self._update(annotation_id, "position", position, touch=False)

    def _update(self, annotation_id: str, column: str, value, *, touch: bool = True):
        with refusals(), self._store.transaction() as tx:
            row = tx.execute(f"SELECT {column} FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
            if row is None:
                raise AnnotationNotFound(annotation_id)
            stamp = ", modified = ?" if touch else ""
            params = (value, utc_now(), annotation_id) if touch else (value, annotation_id)
            tx.execute(f"UPDATE annotations SET {column} = ?{stamp} WHERE id = ?", params)
            return row[0]

    def add_document_tag(self, tag: DocumentTag) -> bool:
        """Tag a whole document; False if it already had the theme (undo must then do nothing)."""
        with refusals(), self._store.transaction() as tx:
            return insert_document_tag(tx, tag)

    def remove_document_tag(self, document_id: str, theme_id: str) -> DocumentTag | None:
        """Untag a document; returns the removed tag (for undo), None if it had none."""
        with self._store.transaction() as tx:
            return delete_document_tag(tx, document_id, theme_id)

    # -- re-anchoring -------------------------------------------------------------------

    def stale_documents(self) -> list[str]:
        """Ids of present documents whose text changed since their annotations were anchored."""
        rows = self._store.query(
            "SELECT DISTINCT a.document_id FROM annotations a JOIN documents d ON d.id = a.document_id"
            " WHERE d.missing = 0 AND a.anchor_hash IS NOT d.hash"
        )
        return [row[0] for row in rows]

    def reanchor_document(self, document_id: str, text: str) -> ReanchorReport:
        """Re-anchor a document's annotations on its current ``text``; orphans are kept."""
        counts = dict.fromkeys(Resolution, 0)
        with self._store.transaction() as tx:
            rows = tx.execute(f"SELECT {_COLUMNS} FROM annotations WHERE document_id = ?", (document_id,))
            for a in [_annotation(row) for row in rows.fetchall()]:
                anchor, resolution = locate(a.anchor, text)
                counts[resolution] += 1
                overwrite_annotation(
                    tx, replace(a, anchor=anchor, anchor_state=_state_after(a.anchor_state, resolution))
                )
        return ReanchorReport(counts[Resolution.IN_PLACE], counts[Resolution.MOVED], counts[Resolution.LOST])


def _state_after(previous: AnchorState, resolution: Resolution) -> AnchorState:
    if resolution is Resolution.LOST:
        return AnchorState.ORPHANED
    if resolution is Resolution.MOVED or previous is AnchorState.ORPHANED:
        return AnchorState.REANCHORED
    return previous
