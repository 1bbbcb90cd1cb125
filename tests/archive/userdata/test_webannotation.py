"""W3C Web Annotation export and import: shape, quote-only targets, round trip, robustness."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.errors import AnnotationFormatError
from archive.library import Library
from archive.types import Anchor, AnchorState, Annotation, DocumentTag, Kind
from archive.userdata.webannotation import CONTEXT, loads, parse
from tests.archive.userdata.anno_samples import FACT_SHEET, MEETING
from tests.internals import open_store


def _span(library: Library, path: str, words: str):
    text = library.document(path).text
    start = text.index(words)
    return Anchor.at(text, start, start + len(words))


def _annotate(library: Library) -> None:
    fact = library.document(FACT_SHEET).record.id
    meeting = library.document(MEETING).record.id
    library.add_document_tag(DocumentTag.new(meeting, "nonproliferation"))
    library.add_document_tag(DocumentTag.new(fact, "trade"))
    library.add_annotations(
        [
            Annotation.new(
                fact, Kind.HIGHLIGHT, _span(library, FACT_SHEET, "اتفاقية التجارة الحرة"), theme_id="trade"
            ),
            Annotation.new(
                fact,
                Kind.NOTE,
                _span(library, FACT_SHEET, "عمليات حفظ السلام"),
                body="أكثر من 1700 جندي\nsecond line",
            ),
            Annotation.new(
                meeting, Kind.TAG, _span(library, MEETING, "أسلحة الدمار الشامل"), theme_id="nonproliferation"
            ),
            Annotation.new(meeting, Kind.HIGHLIGHT, _span(library, MEETING, "مركز ستيمسون")),
        ]
    )


def _snapshot(library: Library) -> set:
    paths = {d.id: d.path for d in library.documents()}
    tags = {(t.id, paths[t.document_id], t.theme_id, t.created) for t in library.document_tags()}
    passages = {
        (a.id, paths[a.document_id], a.kind, a.theme_id, a.body, a.anchor, a.created, a.modified)
        for a in library.annotations()
    }
    return tags | passages


def test_export_is_an_annotation_collection_with_both_selectors(library: Library) -> None:
    _annotate(library)
    data = library.export_annotations()
    json.dumps(data)  # serialisable as it is
    assert data["@context"] == CONTEXT and data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 6 and data["first"]["type"] == "AnnotationPage"
    by_motivation: dict[str, list[dict]] = {}
    for item in items:
        assert item["id"].startswith("urn:uuid:") and item["type"] == "Annotation"
        by_motivation.setdefault(item["motivation"], []).append(item)
    document_tags = [i for i in by_motivation["tagging"] if "selector" not in i["target"]]
    assert {i["target"]["source"] for i in document_tags} == {FACT_SHEET, MEETING}
    assert all(i["body"][0]["purpose"] == "tagging" for i in document_tags)
    [note] = by_motivation["commenting"]
    assert note["body"][0] == {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": "أكثر من 1700 جندي\nsecond line",
        "format": "text/plain",
    }
    selector_types = [s["type"] for s in note["target"]["selector"]]
    assert selector_types == ["TextPositionSelector", "TextQuoteSelector"]
    quote = note["target"]["selector"][1]
    assert quote["exact"] == "عمليات حفظ السلام" and len(quote["prefix"]) == len(quote["suffix"]) == 32
    assert len(by_motivation["highlighting"]) == 2


def test_export_then_import_into_a_fresh_copy_reproduces_everything(
    library: Library, fresh_archive: Library
) -> None:
    _annotate(library)
    exported = json.dumps(library.export_annotations(), ensure_ascii=False)

    report = fresh_archive.import_annotations(exported)

    assert (report.added, report.updated, report.unchanged, report.orphaned) == (6, 0, 0, 0)
    assert report.skipped == [] and report.themes_created == []
    assert _snapshot(fresh_archive) == _snapshot(library)
    assert all(a.anchor_state is AnchorState.ANCHORED for a in fresh_archive.annotations())
    # The excerpt order travels too.
    assert [a.id for a in fresh_archive.annotations()] == [a.id for a in library.annotations()]

    again = fresh_archive.import_annotations(exported)  # idempotent
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    assert _snapshot(fresh_archive) == _snapshot(library)


def test_import_anchors_quote_only_targets(library: Library) -> None:
    text = library.document(MEETING).text
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "first": {
            "type": "AnnotationPage",
            "items": [
                {
                    "id": "urn:uuid:5b0e4a4e-6a1c-4a8e-9d1e-2f3a4b5c6d7e",
                    "type": "Annotation",
                    "motivation": "commenting",
                    "body": {"type": "TextualBody", "value": "مركز أبحاث أمريكي"},
                    "target": {
                        "source": MEETING,
                        "selector": {"type": "TextQuoteSelector", "exact": "مركز ستيمسون"},
                    },
                },
                {
                    "id": "https://example.org/anno/2",
                    "type": "Annotation",
                    "motivation": "highlighting",
                    "target": {
                        "source": "./" + MEETING,
                        "selector": {
                            "type": "TextQuoteSelector",
                            "exact": "ولايات المتحدة",
                            "prefix": "القائم بالأعمال بالوكالة لل",
                        },
                    },
                },
                {
                    "type": "Annotation",
                    "body": [
                        {"type": "TextualBody", "purpose": "tagging", "value": "Non-proliferation and WMD"}
                    ],
                    "target": MEETING,
                },
                {
                    "type": "Annotation",
                    "motivation": "highlighting",
                    "target": {
                        "source": "missing.txt",
                        "selector": {"type": "TextQuoteSelector", "exact": "x"},
                    },
                },
                {
                    "type": "Annotation",
                    "motivation": "commenting",
                    "body": {"value": "n"},
                    "target": {
                        "source": MEETING,
                        "selector": {"type": "TextQuoteSelector", "exact": "نص ليس في الوثيقة"},
                    },
                },
            ],
        },
    }
    report = library.import_annotations(json.dumps(collection))
    assert report.added == 4 and report.orphaned == 1
    assert [s.reason for s in report.skipped] == ["no document at missing.txt"]

    doc_id = library.document(MEETING).record.id
    note = library.annotation("5b0e4a4e-6a1c-4a8e-9d1e-2f3a4b5c6d7e")
    assert text[note.anchor.start : note.anchor.end] == "مركز ستيمسون" and note.body == "مركز أبحاث أمريكي"
    assert note.anchor.prefix == text[note.anchor.start - 32 : note.anchor.start]
    highlight = next(a for a in library.annotations(doc_id) if a.kind is Kind.HIGHLIGHT)
    expected = text.index("القائم بالأعمال بالوكالة للولايات المتحدة") + len("القائم بالأعمال بالوكالة لل")
    assert highlight.anchor.start == expected  # the occurrence its prefix names, not the first one
    assert [t.theme_id for t in library.document_tags(doc_id)] == ["nonproliferation"]  # by label
    [orphan] = library.orphaned(doc_id)
    assert orphan.anchor.exact == "نص ليس في الوثيقة"  # kept, flagged


def test_import_creates_unknown_themes_once(library: Library) -> None:
    item = {
        "type": "Annotation",
        "motivation": "tagging",
        "body": {"type": "TextualBody", "value": "Water security"},
        "target": {"source": FACT_SHEET},
    }
    first = library.import_annotations(json.dumps([item]))
    second = library.import_annotations(json.dumps([item]))
    assert first.themes_created == ["water-security"] and second.themes_created == []
    assert (second.added, second.unchanged) == (0, 1)


def test_newer_local_edits_win_over_an_older_file(library: Library) -> None:
    _annotate(library)
    exported = json.dumps(library.export_annotations())
    note = next(a for a in library.annotations() if a.kind is Kind.NOTE)
    with open_store(library) as store:
        store.query(
            "UPDATE annotations SET body = 'edited', modified = '2999-01-01T00:00:00Z' WHERE id = ?", (note.id,)
        )
    report = library.import_annotations(exported)
    assert report.updated == 0 and library.annotation(note.id).body == "edited"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2",
        '"a string"',
        "42",
        '{"type": "Thing"}',
        '{"type": "AnnotationPage", "items": 3}',
    ],
)
def test_unreadable_files_raise_a_typed_error(text: str) -> None:
    with pytest.raises(AnnotationFormatError):
        loads(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=200))
def test_loads_never_crashes_on_text(text: str) -> None:
    with contextlib.suppress(AnnotationFormatError):
        loads(text)


def test_deeply_nested_json_is_a_format_error() -> None:
    with pytest.raises(AnnotationFormatError):
        loads("[" * 100_000 + "]" * 100_000)


def test_bad_items_are_skipped_with_reasons() -> None:
    parsed, skipped = parse(
        [
            {
                "type": "Annotation",
                "motivation": "commenting",
                "body": {"value": "n"},
                "target": {"source": "a.txt"},
            },
            {
                "type": "Annotation",
                "motivation": "highlighting",
                "target": {
                    "source": "a.txt",
                    "selector": {"type": "TextPositionSelector", "start": 5, "end": 2},
                },
            },
            {
                "type": "Annotation",
                "target": {
                    "source": "a.txt",
                    "selector": {"type": "TextPositionSelector", "start": True, "end": 2},
                },
            },
            "text",
            {
                "type": "Annotation",
                "motivation": "highlighting",
                "target": {
                    "source": "a.txt",
                    "selector": {"type": "TextPositionSelector", "start": 0, "end": 2},
                },
            },
        ]
    )
    assert [p.index for p in parsed] == [4]
    assert [s.index for s in skipped] == [0, 1, 2, 3]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)
KEYS = st.sampled_from(
    [
        "@context",
        "id",
        "type",
        "motivation",
        "body",
        "bodyValue",
        "target",
        "source",
        "selector",
        "purpose",
        "value",
        "start",
        "end",
        "exact",
        "prefix",
        "suffix",
        "first",
        "next",
        "items",
        "created",
        "modified",
    ]
)
VALUES = st.sampled_from(
    [
        "Annotation",
        "AnnotationPage",
        "AnnotationCollection",
        "TextualBody",
        "TextPositionSelector",
        "TextQuoteSelector",
        "tagging",
        "commenting",
        "highlighting",
        "urn:uuid:not-a-uuid",
        "urn:uuid:5b0e4a4e-6a1c-4a8e-9d1e-2f3a4b5c6d7e",
        FACT_SHEET,
    ]
)
ANNOTATION_LIKE = st.recursive(
    st.none() | st.integers(-3, 50) | VALUES | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=40,
)


@settings(max_examples=1200, deadline=None)
@given(st.one_of(JSON, ANNOTATION_LIKE))
def test_parser_never_crashes(data: object) -> None:
    try:
        parsed, _ = parse(data)
    except AnnotationFormatError:
        return
    for p in parsed:
        assert p.target.source and (p.kind is not None or p.themes)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ANNOTATION_LIKE, max_size=4))
def test_importer_never_crashes(library: Library, items: list) -> None:
    with contextlib.suppress(AnnotationFormatError):
        library.import_annotations(json.dumps(items))
    with open_store(library) as store:
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"


def test_orphans_imported_with_one_selector_travel_again(library: Library, fresh_archive: Library) -> None:
    items = [
        {
            "type": "Annotation",
            "motivation": "commenting",
            "body": {"value": "quote only"},
            "target": {"source": MEETING, "selector": {"type": "TextQuoteSelector", "exact": "ليس هنا"}},
        },
        {
            "type": "Annotation",
            "motivation": "commenting",
            "body": {"value": "position only"},
            "target": {
                "source": MEETING,
                "selector": {"type": "TextPositionSelector", "start": 10**6, "end": 10**6 + 3},
            },
        },
    ]
    assert library.import_annotations(json.dumps(items)).orphaned == 2
    report = fresh_archive.import_annotations(json.dumps(library.export_annotations()))
    assert (report.added, report.orphaned, report.skipped) == (2, 2, [])
    assert {a.body for a in fresh_archive.orphaned()} == {"quote only", "position only"}


def test_reimporting_an_older_file_never_overwrites_a_newer_local_note(library):
    from archive.types import Anchor, Annotation, Kind

    doc = library.document("2021-rabat-nonproliferation-meeting.txt").record
    text = library.document(doc.path).text
    note = Annotation.new(doc.id, Kind.NOTE, Anchor.at(text, 0, 20), body="original note")
    library.add_annotations([note])
    exported = library.export_annotations()
    for item in exported["first"]["items"] if "first" in exported else exported["items"]:
        item.pop("modified", None)
        item.pop("created", None)
    import json

    library.update_note(note.id, "my local edit")
    library.import_annotations(json.dumps(exported))
    assert library.annotation(note.id).body == "my local edit"
