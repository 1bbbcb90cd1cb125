"""Theme suggestions: ranking on the real sample documents, evidence offsets, feedback."""

from __future__ import annotations

import pytest

from archive.arabic import analyze
from archive.library import Library
from archive.types import Anchor, Verdict
from archive.userdata.feedback import SuggestionFeedback
from archive.userdata.suggest import Feedback, Suggester
from archive.userdata.themes import ThemeLexicon, load_taxonomy
from tests.archive.userdata.anno_samples import FACT_SHEET, MEETING
from tests.internals import open_store


@pytest.fixture(scope="module")
def suggester() -> Suggester:
    return Suggester({t.id: t.lexicon for t in load_taxonomy()})


ALL = {t.id: t.id for t in load_taxonomy()}


def _covers_words(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is whole words: it starts and ends at analyzer token boundaries."""
    tokens = analyze(text[start:end])
    return bool(tokens) and tokens[0].start == 0 and tokens[-1].end == end - start


def test_fact_sheet_suggestions(library: Library) -> None:
    result = library.suggest(FACT_SHEET)
    ids = [s.theme_id for s in result.themes]
    assert {"security", "trade", "migration", "democracy", "peacekeeping", "customs", "labor"} <= set(ids)
    assert [s.score for s in result.themes] == sorted((s.score for s in result.themes), reverse=True)


def test_meeting_report_ranks_nonproliferation_first(library: Library) -> None:
    result = library.suggest(MEETING)
    assert result.themes[0].theme_id == "nonproliferation"
    assert result.themes[0].score > result.themes[1].score


@pytest.mark.parametrize("path", [FACT_SHEET, MEETING])
def test_evidence_offsets_point_at_the_words(library: Library, path: str) -> None:
    text = library.document(path).text
    result = library.suggest(path)
    for suggestion in result.themes:
        assert suggestion.evidence
        for e in suggestion.evidence:
            assert _covers_words(text, e.start, e.end), (suggestion.theme_id, e, text[e.start : e.end])
            # the analysed surface is the analysed lexicon entry
            assert [t.term for t in analyze(text[e.start : e.end])] == [t.term for t in analyze(e.term)]
    nonproliferation = (
        {text[e.start : e.end] for e in result.themes[0].evidence} if path == MEETING else set()
    )
    assert path != MEETING or "أسلحة الدمار الشامل" in nonproliferation


def test_paragraph_suggestions_are_per_line(library: Library) -> None:
    text = library.document(MEETING).text
    lines = text.split("\n")
    paragraphs = library.suggest(MEETING).paragraphs
    assert paragraphs
    for p in paragraphs:
        assert text[p.start : p.end] == lines[p.paragraph]
        for s in p.themes:
            assert all(p.start <= e.start and e.end <= p.end for e in s.evidence)


def test_multiword_and_acronym_weigh_more(suggester: Suggester) -> None:
    lexicon = {"t": ThemeLexicon(terms=("حفظ السلام", "السلام"), acronyms=("MINURSO",))}
    s = Suggester(lexicon)
    phrase = s.suggest("عمليات حفظ السلام", {"t": "t"}).themes[0]
    word = s.suggest("عمليات السلام", {"t": "t"}).themes[0]
    acronym = s.suggest("بعثة MINURSO", {"t": "t"}).themes[0]
    assert phrase.score > word.score and acronym.score > word.score
    assert [e.term for e in phrase.evidence] == ["حفظ السلام"]  # not counted again as السلام


def test_acronym_glossing_its_expression_is_one_mention() -> None:
    s = Suggester({"t": ThemeLexicon(terms=("المجلس الوطني لحقوق الإنسان",), acronyms=("CNDH",))})
    glossed = s.suggest("المجلس الوطني لحقوق الإنسان (CNDH) ثم", {"t": "t"}).themes[0]
    separate = s.suggest("المجلس الوطني لحقوق الإنسان ثم CNDH", {"t": "t"}).themes[0]
    assert len(glossed.evidence) == len(separate.evidence) == 2
    assert glossed.score < separate.score


def test_hidden_themes_are_not_suggested(suggester: Suggester) -> None:
    text = "مكافحة الإرهاب واتفاقية التجارة الحرة"
    assert {s.theme_id for s in suggester.suggest(text, ALL).themes} == {"security", "trade"}
    without_trade = {k: v for k, v in ALL.items() if k != "trade"}
    assert {s.theme_id for s in suggester.suggest(text, without_trade).themes} == {"security"}


def test_rejected_suggestions_are_hidden_in_their_scope(suggester: Suggester) -> None:
    text = "مكافحة الإرهاب واتفاقية التجارة الحرة\nاتفاقية التجارة الحرة"
    result = suggester.suggest(text, ALL, Feedback(frozenset({("trade", None), ("trade", 1)})))
    assert "trade" not in [s.theme_id for s in result.themes]
    paragraph_themes = {p.paragraph: [s.theme_id for s in p.themes] for p in result.paragraphs}
    assert "trade" in paragraph_themes[0] and 1 not in paragraph_themes


def test_priors_reorder_themes(suggester: Suggester) -> None:
    text = "مكافحة الإرهاب واتفاقية التجارة الحرة"
    plain = suggester.suggest(text, ALL).themes
    leader, second = plain[0].theme_id, plain[1].theme_id
    nudged = suggester.suggest(text, ALL, Feedback(priors={leader: 0.5, second: 2.0})).themes
    assert nudged[0].theme_id == second


def test_feedback_is_learnt_from_the_store(library: Library) -> None:
    doc = library.document(MEETING)

    def paragraph_scores(result) -> dict[int, float]:
        return {p.paragraph: s.score for p in result.paragraphs for s in p.themes if s.theme_id == "security"}

    before = library.suggest(MEETING)
    library.set_verdict(doc.record.id, "security", None, Verdict.REJECTED)
    after = library.suggest(MEETING)

    assert "security" in [s.theme_id for s in before.themes]
    assert "security" not in [s.theme_id for s in after.themes]  # hidden for the document
    with open_store(library) as store:
        assert SuggestionFeedback(store).priors()["security"] < 1
    lowered = paragraph_scores(after)
    assert lowered and all(
        lowered[p] < score for p, score in paragraph_scores(before).items() if p in lowered
    )


def test_accepting_tags_and_undo_reverts(library: Library) -> None:
    doc = library.document(MEETING)
    doc_id = doc.record.id
    acceptance = library.accept_suggestion(doc_id, "nonproliferation")
    assert [t.theme_id for t in library.document_tags(doc_id)] == ["nonproliferation"]
    assert library.verdict(doc_id, "nonproliferation") is Verdict.ACCEPTED
    library.undo_acceptance(acceptance)
    assert library.document_tags(doc_id) == []
    assert library.verdict(doc_id, "nonproliferation") is None

    p = library.suggest(MEETING).paragraphs[0]
    passage = Anchor.at(doc.text, p.start, p.end)
    acceptance = library.accept_suggestion(doc_id, p.themes[0].theme_id, p.paragraph, passage)
    [tag] = library.annotations(doc_id)
    assert tag.anchor == passage and tag.theme_id == p.themes[0].theme_id
    library.undo_acceptance(acceptance)
    assert library.annotations(doc_id) == []
