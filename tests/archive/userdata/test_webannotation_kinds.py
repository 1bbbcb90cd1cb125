"""W3C motivation and bodies survive import and export (issue 15): a highlight with a comment
stays a highlight with a note, and stays an excerpt."""

from __future__ import annotations

import json

from archive.library import Library
from archive.types import Anchor, Annotation, Kind
from archive.userdata.webannotation import CONTEXT
from tests.archive.userdata.anno_samples import FACT_SHEET

COMMENT = "ملاحظة على المقطع المظلل"


def _highlight_with_comment(library: Library, *, purpose: str | None = "commenting") -> str:
    text = library.document(FACT_SHEET).text
    anchor = Anchor.at(text, 10, 50)
    body = {"type": "TextualBody", "value": COMMENT}
    if purpose:
        body["purpose"] = purpose
    return json.dumps({
        "@context": CONTEXT,
        "id": "urn:uuid:7c1f0d0e-2d0c-4b5e-9a51-0f6f1c2d3e4f",
        "type": "Annotation",
        "motivation": "highlighting",
        "body": [body, {"type": "TextualBody", "purpose": "tagging", "value": "migration"}],
        "target": {"source": FACT_SHEET, "selector": [
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
            {"type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix},
        ]},
    })


def test_a_highlight_with_a_comment_is_imported_as_a_highlight_with_its_note(library: Library) -> None:
    library.import_annotations(_highlight_with_comment(library))
    (a,) = library.annotations()
    assert a.kind is Kind.HIGHLIGHT and a.body == COMMENT and a.theme_id == "migration"
    (excerpt,) = library.export_model().excerpts
    assert excerpt.id == a.id and excerpt.notes == (COMMENT,) and excerpt.themes == ("migration",)


def test_a_highlighting_body_without_purpose_keeps_its_text(library: Library) -> None:
    library.import_annotations(_highlight_with_comment(library, purpose=None))
    (a,) = library.annotations()
    assert a.kind is Kind.HIGHLIGHT and a.body == COMMENT


def test_round_trip_keeps_motivation_and_every_body(library: Library, fresh_archive: Library) -> None:
    library.import_annotations(_highlight_with_comment(library))
    text = library.document(FACT_SHEET).text
    doc_id = library.document(FACT_SHEET).record.id
    note = Annotation.new(doc_id, Kind.NOTE, Anchor.at(text, 60, 90), theme_id="trade", body="a coded note")
    library.add_annotations([note])
    exported = library.export_annotations()
    items = {item["id"]: item for item in exported["first"]["items"]}
    highlight = items["urn:uuid:7c1f0d0e-2d0c-4b5e-9a51-0f6f1c2d3e4f"]
    assert highlight["motivation"] == "highlighting"
    assert sorted((b["purpose"], b["value"]) for b in highlight["body"]) == [
        ("commenting", COMMENT), ("tagging", "migration"),
    ]
    fresh_archive.import_annotations(json.dumps(exported))
    again = {a.id: a for a in fresh_archive.annotations()}
    again_items = {i["id"]: i for i in fresh_archive.export_annotations()["first"]["items"]}
    before = {a.id: a for a in library.annotations()}
    assert {i: (a.kind, a.body, a.theme_id, a.anchor) for i, a in again.items()} == {
        i: (a.kind, a.body, a.theme_id, a.anchor) for i, a in before.items()
    }
    for item_id, item in items.items():
        assert again_items[item_id]["motivation"] == item["motivation"]
        assert again_items[item_id]["body"] == item["body"]
