"""The neutral export model: which excerpts, in which order, with which themes, notes and
citations, and the shared text helpers (citations, direction runs)."""

from __future__ import annotations

import pytest

from archive.errors import Cancelled
from archive.export import ExportOptions, build_model
from archive.export.text import FSI, LRI, PDI, citation, direction_runs
from archive.progress import CancelToken, Progress
from archive.types import Anchor, Annotation, Kind
from tests.archive.export.export_samples import (
    ARABIC_NOTE,
    DIPLOMACY,
    ENGLISH_NOTE,
    FACT_SHEET,
    MEETING,
    SECURITY,
)


def _by_id(model):
    return {e.id: e for e in model.excerpts}


def test_excerpts_come_in_the_users_order(excerpts):
    model = build_model(excerpts.library)
    assert [e.id for e in model.excerpts] == excerpts.order
    assert [e.id for e in model.groups[0].excerpts] == excerpts.order


def test_an_excerpt_has_its_text_span_and_source(excerpts):
    e = _by_id(build_model(excerpts.library))[excerpts.security]
    text = excerpts.library.document(MEETING).text
    assert e.path == MEETING and e.date == "2021-01-29"
    assert e.text.startswith(SECURITY) and text[e.start:e.end] == e.text
    # The paragraph is the 1-based line of the display text where the excerpt starts.
    assert e.paragraph == text.count("\n", 0, e.start) + 1 == 3


def test_themes_are_the_highlights_own_and_overlapping_passage_tags(excerpts):
    model = build_model(excerpts.library)
    got = _by_id(model)
    assert got[excerpts.security].themes == ("security",)  # from the passage tag
    assert got[excerpts.diplomacy].themes == ("diplomacy",)  # its own theme
    assert got[excerpts.untagged].themes == ()


def test_document_tags_count_only_when_asked(excerpts):
    model = build_model(excerpts.library, ExportOptions(include_document_tags=True))
    # In the taxonomy's order: diplomacy comes before migration.
    assert _by_id(model)[excerpts.diplomacy].themes == ("diplomacy", "migration")


def test_notes_are_those_overlapping_the_excerpt(excerpts):
    got = _by_id(build_model(excerpts.library))
    assert got[excerpts.security].notes == (ARABIC_NOTE,)
    assert got[excerpts.diplomacy].notes == (ENGLISH_NOTE,)  # not the note at the top of the file
    assert got[excerpts.nonproliferation].notes == ()


def test_citations_in_english_and_arabic(excerpts):
    en = _by_id(build_model(excerpts.library, ExportOptions(lang="en")))[excerpts.diplomacy]
    title = en.title
    assert en.citation == f"“{title}”, 2013-11-21, {FACT_SHEET}, paragraph 1"
    ar = _by_id(build_model(excerpts.library, ExportOptions(lang="ar")))[excerpts.diplomacy]
    assert ar.citation == f"«{title}»، 2013-11-21، {FACT_SHEET}، الفقرة 1"
    # Rendered formats keep the path and numbers left to right inside Arabic.
    assert ar.display_citation == (
        f"«{FSI}{title}{PDI}»، {LRI}2013-11-21{PDI}، {LRI}{FACT_SHEET}{PDI}، الفقرة {LRI}1{PDI}"
    )
    assert en.display_citation == f"“{FSI}{title}{PDI}”, 2013-11-21, {FACT_SHEET}, paragraph 1"


def test_theme_filter_keeps_excerpts_tagged_with_any_of_them(excerpts):
    model = build_model(excerpts.library, ExportOptions(themes=("security", "diplomacy")))
    assert [e.id for e in model.excerpts] == [excerpts.security, excerpts.diplomacy]
    assert build_model(excerpts.library, ExportOptions(themes=("labor",))).excerpts == ()


def test_grouping_by_theme_follows_the_theme_order_untagged_last(excerpts):
    library = excerpts.library
    # A second theme on the diplomacy excerpt: it is listed under both.
    library.set_annotation_theme(excerpts.untagged, None)
    text = library.document(FACT_SHEET).text
    start = text.index(DIPLOMACY)
    library.add_annotations([Annotation.new(
        library.document(FACT_SHEET).record.id, Kind.TAG, Anchor.at(text, start, start + 10), theme_id="security"
    )])
    model = build_model(library, ExportOptions(group="theme", lang="ar"))
    assert [g.key for g in model.groups] == ["security", "nonproliferation", "diplomacy", None]
    assert [e.id for e in model.groups[0].excerpts] == [excerpts.security, excerpts.diplomacy]
    assert model.groups[0].heading == "الأمن ومكافحة الإرهاب" and model.groups[0].color == "#d62728"
    assert model.groups[-1].heading == "بلا موضوع"
    assert [e.id for e in model.groups[-1].excerpts] == [excerpts.untagged]
    filtered = build_model(library, ExportOptions(group="theme", themes=("diplomacy",)))
    assert [g.key for g in filtered.groups] == ["diplomacy"]


def test_grouping_by_document_in_order_of_first_excerpt(excerpts):
    model = build_model(excerpts.library, ExportOptions(group="document"))
    assert [g.key for g in model.groups] == [MEETING, FACT_SHEET]
    assert [e.id for e in model.groups[0].excerpts] == [
        excerpts.nonproliferation, excerpts.security, excerpts.untagged
    ]
    assert model.groups[0].heading == model.groups[0].excerpts[0].title


def test_chosen_highlights_only(excerpts):
    model = build_model(excerpts.library, ExportOptions(annotation_ids=(excerpts.untagged, excerpts.security)))
    assert [e.id for e in model.excerpts] == [excerpts.security, excerpts.untagged]  # still the user's order


def test_a_highlight_whose_passage_was_lost_is_left_out(excerpts):
    library = excerpts.library
    path = excerpts.root / FACT_SHEET
    text = path.read_text(encoding="utf-8")
    start = text.index(DIPLOMACY)  # the passage and its context (prefix, suffix) go away
    path.write_text(text[:start - 60] + "نص آخر تماما" + text[start + 160:], encoding="utf-8")
    library.update_index()
    model = build_model(library)
    assert excerpts.diplomacy not in _by_id(model)
    assert model.left_out == (excerpts.diplomacy,)


def test_a_missing_file_keeps_its_excerpts_without_paragraph(excerpts):
    (excerpts.root / FACT_SHEET).unlink()
    excerpts.library.update_index()
    e = _by_id(build_model(excerpts.library))[excerpts.diplomacy]
    assert e.paragraph is None and "paragraph" not in e.citation and e.text.startswith(DIPLOMACY)


def test_progress_and_cancel(excerpts):
    seen: list[Progress] = []
    build_model(excerpts.library, progress=seen.append)
    assert [(p.phase, p.done, p.total) for p in seen] == [("collect", 1, 2), ("collect", 2, 2)]
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        build_model(excerpts.library, cancel=cancel)


def test_direction_runs():
    assert direction_runs("في ربيع عام 2014. GCTF meeting") == [
        ("في ربيع عام ", True), ("2014. GCTF meeting", False)
    ]
    assert direction_runs("«نص»") == [("«نص»", True)]


def test_citation_without_date_or_paragraph():
    # An undated document says so: a reader must not take the path for a date or guess one.
    assert citation("T", None, "a/b.txt", None, "en", isolate=False) == "“T”, undated, a/b.txt"
    assert citation("ت", None, "a/b.txt", None, "ar", isolate=False) == "«ت»، دون تاريخ، a/b.txt"
    assert citation("ع", None, "a.txt", 2, "ar", isolate=False) == "«ع»، دون تاريخ، a.txt، الفقرة 2"
