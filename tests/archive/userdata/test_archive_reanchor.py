"""The archive re-anchors annotations when a document's file changes, and keeps orphans."""

from __future__ import annotations

from pathlib import Path

from archive.library import Library
from archive.types import Anchor, AnchorState, Annotation, Kind
from archive.userdata.annotations import Annotations
from tests.archive.userdata.anno_samples import MEETING
from tests.internals import open_store


def _add(library: Library, kind: Kind, words: str, **fields) -> Annotation:
    doc = library.document(MEETING)
    start = doc.text.index(words)
    [stored] = library.add_annotations(
        [Annotation.new(doc.record.id, kind, Anchor.at(doc.text, start, start + len(words)), **fields)]
    )
    return stored


def test_file_edits_reanchor_on_the_next_update(library: Library, sample_root: Path) -> None:
    kept = _add(library, Kind.HIGHLIGHT, "مركز ستيمسون")
    tagged = _add(library, Kind.TAG, "رضوان الحسيني مدير الأمم المتحدة", theme_id="diplomacy")
    noted = _add(library, Kind.NOTE, "بنك المغرب", body="المصرف المركزي")

    path = sample_root / MEETING
    text = path.read_text("utf-8")
    edited = "عنوان جديد للتقرير\n" + text.replace("رضوان الحسيني مدير الأمم المتحدة", "مدير الأمم المتحدة")
    edited = edited.replace("، بنك المغرب ،", "،")
    path.write_text(edited, "utf-8")

    library.update_index()

    display = library.document(MEETING).text
    moved = library.annotation(kept.id)
    assert moved.anchor_state is AnchorState.REANCHORED
    assert display[moved.anchor.start : moved.anchor.end] == "مركز ستيمسون"
    edited_inside = library.annotation(tagged.id)
    assert edited_inside.anchor_state is AnchorState.REANCHORED
    assert display[edited_inside.anchor.start : edited_inside.anchor.end] == edited_inside.anchor.exact
    assert "مدير الأمم المتحدة" in edited_inside.anchor.exact
    [orphan] = library.orphaned()
    assert orphan.id == noted.id and orphan.body == "المصرف المركزي"
    with open_store(library) as store:
        assert Annotations(store).stale_documents() == []

    library.update_index()  # nothing changed: nothing moves again
    assert library.annotation(kept.id) == moved
