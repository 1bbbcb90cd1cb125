"""Store operations for tags, notes and highlights: each pairs with its inverse (undo)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archive.errors import AnnotationNotFound, InvalidAnnotation
from archive.types import Anchor, AnchorState, Annotation, DocumentTag, Kind
from archive.userdata.annotations import Annotations
from archive.userdata.store import Store
from tests.archive.userdata.anno_samples import TEXT, register


def _span(word: str):
    start = TEXT.index(word)
    return Anchor.at(TEXT, start, start + len(word))


@pytest.fixture
def doc_id(store: Store, annotations: Annotations) -> str:
    return register(store)


def test_add_then_delete_then_restore_is_lossless(annotations: Annotations, doc_id: str) -> None:
    note = Annotation.new(doc_id, Kind.NOTE, _span("GCTF"), body="ملاحظة: المنتدى العالمي")
    [stored] = annotations.add_annotations([note])
    assert stored.position is not None
    assert annotations.get(note.id) == stored

    [deleted] = annotations.delete_annotations([note.id])  # undo of add
    assert deleted == stored
    assert annotations.for_document(doc_id) == []

    annotations.add_annotations([deleted])  # redo: same id, times and order
    assert annotations.for_document(doc_id) == [stored]


def test_excerpt_order_appends_and_moves(annotations: Annotations, doc_id: str) -> None:
    first, second = annotations.add_annotations(
        [
            Annotation.new(doc_id, Kind.HIGHLIGHT, _span("trade")),
            Annotation.new(doc_id, Kind.HIGHLIGHT, _span("migration")),
        ]
    )
    assert first.position is not None and second.position is not None  # stored ones have a place
    assert first.position < second.position
    previous = annotations.move(second.id, first.position - 1)
    assert [a.id for a in annotations.all()] == [second.id, first.id]
    annotations.move(second.id, previous)
    assert [a.id for a in annotations.all()] == [first.id, second.id]


def test_update_note_returns_the_previous_text(annotations: Annotations, doc_id: str) -> None:
    [note] = annotations.add_annotations([Annotation.new(doc_id, Kind.NOTE, _span("refugees"), body="قبل")])
    assert annotations.update_note(note.id, "بعد") == "قبل"
    assert annotations.get(note.id).body == "بعد"
    assert annotations.update_note(note.id, "قبل") == "بعد"  # undo
    assert annotations.get(note.id).body == "قبل"
    assert annotations.get(note.id).created == note.created


def test_set_theme_returns_the_previous_theme(annotations: Annotations, doc_id: str) -> None:
    [h] = annotations.add_annotations([Annotation.new(doc_id, Kind.HIGHLIGHT, _span("customs"))])
    assert annotations.set_theme(h.id, "customs") is None
    assert annotations.set_theme(h.id, "trade") == "customs"
    assert annotations.theme_ids(doc_id) == ["trade"]


def test_document_tags_and_their_undo(annotations: Annotations, doc_id: str) -> None:
    tag = DocumentTag.new(doc_id, "security")
    assert annotations.add_document_tag(tag) is True
    assert annotations.add_document_tag(DocumentTag.new(doc_id, "security")) is False  # already tagged
    assert annotations.document_tags(doc_id) == [tag]
    assert annotations.remove_document_tag(doc_id, "security") == tag
    assert annotations.remove_document_tag(doc_id, "security") is None
    annotations.add_document_tag(tag)  # redo of the removal's undo
    assert annotations.document_tags(doc_id) == [tag]


def test_themes_of_a_document_join_its_tags_and_passages(annotations: Annotations, doc_id: str) -> None:
    annotations.add_document_tag(DocumentTag.new(doc_id, "trade"))
    annotations.add_annotations([Annotation.new(doc_id, Kind.TAG, _span("GCTF"), theme_id="security")])
    annotations.add_annotations([Annotation.new(doc_id, Kind.NOTE, _span("migration"), body="x")])
    assert annotations.theme_ids(doc_id) == ["security", "trade"]


@pytest.mark.parametrize(
    "change",
    [
        {"document_id": "no-such-document"},
        {"theme_id": "no-such-theme"},
        {"kind": Kind.TAG, "theme_id": None},
    ],
)
def test_store_refuses_broken_annotations(annotations: Annotations, doc_id: str, change: dict) -> None:
    bad = replace(Annotation.new(doc_id, Kind.HIGHLIGHT, _span("trade")), **change)
    with pytest.raises(InvalidAnnotation):
        annotations.add_annotations([bad])
    assert annotations.all() == []


def test_a_failed_batch_writes_nothing(annotations: Annotations, doc_id: str) -> None:
    good = Annotation.new(doc_id, Kind.HIGHLIGHT, _span("trade"))
    with pytest.raises(InvalidAnnotation):
        annotations.add_annotations([good, replace(good, theme_id="no-such-theme", id="other")])
    assert annotations.all() == []


def test_unknown_ids(annotations: Annotations) -> None:
    with pytest.raises(AnnotationNotFound):
        annotations.get("nope")
    with pytest.raises(AnnotationNotFound):
        annotations.update_note("nope", "x")
    with pytest.raises(AnnotationNotFound):
        annotations.delete_annotations(["nope"])


def test_reanchoring_after_the_text_changed(store: Store, annotations: Annotations, doc_id: str) -> None:
    before = annotations.add_annotations(
        [Annotation.new(doc_id, Kind.HIGHLIGHT, _span("trade and customs"))]
    )[0]
    inside = annotations.add_annotations(
        [Annotation.new(doc_id, Kind.NOTE, _span("GCTF coordination committee"), body="n")]
    )[0]
    after = annotations.add_annotations(
        [Annotation.new(doc_id, Kind.TAG, _span("migration policy"), theme_id="migration")]
    )[0]
    assert annotations.stale_documents() == []

    new_text = "A new opening line.\n" + TEXT.replace(
        "GCTF coordination committee meeting", "annual conference"
    )
    register(store, digest="h2", doc_id=doc_id)  # the scan saw new content
    assert annotations.stale_documents() == [doc_id]
    report = annotations.reanchor_document(doc_id, new_text)

    assert (report.kept, report.moved, report.orphaned) == (0, 2, 1)
    assert annotations.stale_documents() == []
    moved = annotations.get(before.id)
    assert moved.anchor_state is AnchorState.REANCHORED
    assert new_text[moved.anchor.start : moved.anchor.end] == "trade and customs"
    assert annotations.get(after.id).anchor_state is AnchorState.REANCHORED
    orphan = annotations.get(inside.id)
    assert orphan.anchor_state is AnchorState.ORPHANED
    assert orphan.anchor == inside.anchor and orphan.body == "n"  # kept as it was
    assert annotations.orphaned() == [orphan] == annotations.orphaned(doc_id)
    assert len(annotations.for_document(doc_id)) == 3  # nothing dropped
