"""Themes across the archive (``archive.userdata.overview``) and the rule of coded passages
they count (``archive.userdata.passages``), on plain records and annotations."""

from __future__ import annotations

from dataclasses import replace

from archive.types import Anchor, AnchorState, Annotation, DocumentRecord, DocumentTag, Kind
from archive.userdata.overview import theme_overview
from archive.userdata.passages import excerpts

TEXT = "x" * 400


def _record(doc_id: str, path: str, date: str | None) -> DocumentRecord:
    return DocumentRecord(doc_id, path, "hash", 1, 0, date=date)


def _a(doc_id: str, kind: Kind, start: int, end: int, theme: str | None = None, body: str = "") -> Annotation:
    return Annotation.new(doc_id, kind, Anchor.at(TEXT, start, end), theme_id=theme, body=body)


DOCS = [
    _record("a", "2019/a.txt", "2019-03-02"),
    _record("b", "2019/b.txt", "2019-11-20"),
    _record("c", "c.txt", "2021-05-05"),
    _record("u", "old/u.txt", None),
]


def test_coded_passages_on_one_span_are_one_excerpt_with_every_theme_and_note() -> None:
    tag = _a("a", Kind.TAG, 10, 50, "migration")
    second = _a("a", Kind.TAG, 10, 50, "trade")
    note = _a("a", Kind.NOTE, 10, 50, body="why it matters")
    passages, orphans = excerpts([tag, second, note])
    assert orphans == []
    (passage,) = passages
    assert passage.annotation is tag
    assert passage.themes == {"migration", "trade"} and passage.notes == ("why it matters",)


def test_a_coded_passage_inside_a_highlight_lends_it_its_theme() -> None:
    highlight = _a("a", Kind.HIGHLIGHT, 0, 100)
    inside = _a("a", Kind.TAG, 20, 30, "security")
    coded_note = _a("a", Kind.NOTE, 200, 220, "security", body="a coded note")
    passages, _ = excerpts([highlight, inside, coded_note])
    assert [(p.annotation, p.themes) for p in passages] == [
        (highlight, {"security"}), (coded_note, {"security"}),
    ]
    assert passages[1].notes == ("a coded note",)


def test_orphans_are_neither_counted_nor_lent() -> None:
    orphan = replace(_a("a", Kind.TAG, 0, 10, "migration"), anchor_state=AnchorState.ORPHANED)
    highlight = _a("a", Kind.HIGHLIGHT, 0, 100)
    passages, orphans = excerpts([orphan, highlight])
    assert orphans == [orphan] and [(p.annotation, p.themes) for p in passages] == [(highlight, frozenset())]


def test_counts_by_year_with_undated_last() -> None:
    annotations = [
        _a("a", Kind.TAG, 0, 10, "migration"),
        _a("a", Kind.TAG, 50, 60, "migration"),
        _a("b", Kind.HIGHLIGHT, 0, 10, "migration"),
        _a("u", Kind.NOTE, 0, 10, "trade", body="undated"),
    ]
    tags = [DocumentTag.new("c", "migration"), DocumentTag.new("a", "migration")]
    overview = theme_overview("year", ["migration", "trade", "labor"], DOCS, tags, annotations)
    assert overview.themes == ("migration", "trade", "labor")
    assert [r.key for r in overview.rows] == ["2019", "2021", None]
    y2019, y2021, undated = overview.rows
    assert y2019.documents == {"migration": 2, "trade": 0, "labor": 0}
    assert y2019.passages["migration"] == 3
    assert set(y2019.passage_ids["migration"]) == {a.id for a in annotations[:3]}
    assert (y2021.documents["migration"], y2021.passages["migration"]) == (1, 0)
    assert (undated.documents["trade"], undated.passages["trade"]) == (1, 1)


def test_counts_by_month_folder_and_document() -> None:
    annotations = [_a("a", Kind.TAG, 0, 10, "migration"), _a("b", Kind.TAG, 0, 10, "migration")]
    months = theme_overview("month", ["migration"], DOCS, [], annotations)
    assert [(r.key, r.passages["migration"]) for r in months.rows] == [("2019-03", 1), ("2019-11", 1)]
    folders = theme_overview("folder", ["migration"], DOCS, [DocumentTag.new("c", "migration")], annotations)
    assert [(r.key, r.documents["migration"]) for r in folders.rows] == [(".", 1), ("2019", 2)]
    documents = theme_overview("document", ["migration"], DOCS, [], annotations)
    assert [r.key for r in documents.rows] == ["2019/a.txt", "2019/b.txt"]


def test_a_theme_outside_the_list_is_still_counted() -> None:
    overview = theme_overview("year", ["migration"], DOCS, [], [_a("c", Kind.TAG, 0, 10, "imported")])
    assert overview.themes == ("migration", "imported")
    assert overview.rows[0].passages == {"migration": 0, "imported": 1}
