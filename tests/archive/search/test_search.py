"""Searching the sample archive the way an analyst does, spelling variants included."""

from __future__ import annotations

import contextlib
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.errors import QuerySyntaxError
from archive.search.searching import parse
from tests.archive.sample_docs import FACT_SHEET, MEETING
from tests.internals import whoosh_index


def paths(library, query: str, **options) -> list[str]:
    return [hit.path for hit in library.search(query, **options).hits]


@pytest.mark.parametrize(
    "query",
    [
        '"الولايات المتحدة الأمريكية"',  # only glued in the text: الولاياتالمتحدةالأمريكية
        "وزير المالية",  # glued: وزيرالمالية
        "USAID",
        "usaid",
        "GCTF",
        "1700",  # written 1،700
        "١٧٠٠",
        "٢٠١٢",
        "الامريكية",  # no hamza
        "الإرْهَاب",  # diacritics
        "الإرهـــاب",  # tatweel
        "الحكومه",  # ha for ta marbuta
        "للمغرب",  # proclitic
        "الجمرك*",
        "الجمركيه~",
    ],
)
def test_finds_the_fact_sheet(indexed, query):
    assert FACT_SHEET in paths(indexed, query)


def test_meeting_report_is_found_by_its_acronyms_and_subject(indexed):
    assert paths(indexed, "DGSN") == [MEETING]
    assert paths(indexed, '"أسلحة الدمار الشامل"') == [MEETING]


def test_default_operator_is_and(indexed):
    assert paths(indexed, "USAID DGSN") == []
    assert sorted(paths(indexed, "USAID OR DGSN")) == sorted([FACT_SHEET, MEETING])


def test_not_excludes(indexed):
    assert paths(indexed, "المغرب NOT DGSN") == [FACT_SHEET]


def test_parentheses_group(indexed):
    assert paths(indexed, "(USAID OR DGSN) NOT GCTF") == [MEETING]


def test_field_filters(indexed):
    assert paths(indexed, "المغرب year:2021") == [MEETING]
    assert paths(indexed, "path:2013*") == [FACT_SHEET]


def test_match_offsets_point_at_the_words(indexed):
    results = indexed.search("مكافحة الإرهاب")
    hit = next(h for h in results.hits if h.path == FACT_SHEET)
    text = indexed.document(FACT_SHEET).text
    surfaces = {text[s:e] for s, e in hit.matches}
    assert "الإرهاب" in surfaces and "مكافحة" in surfaces
    assert text[hit.snippet_start:].startswith(hit.snippet)
    assert any(s >= hit.snippet_start and e <= hit.snippet_start + len(hit.snippet) for s, e in hit.matches)


def test_glued_phrase_highlights_the_glued_letters(indexed):
    hit = indexed.search('"الولايات المتحدة الأمريكية"').hits[0]
    text = indexed.document(FACT_SHEET).text
    glued = text.index("الولاياتالمتحدةالأمريكية")
    covered = [(s, e) for s, e in hit.matches if glued <= s < glued + 25]
    # The phrase is one highlight over exactly its (glued) letters, as every phrase is.
    assert [text[s:e] for s, e in covered] == ["الولاياتالمتحدةالأمريكية"]


@pytest.mark.parametrize("query", ["التعاون الأمني path:*.txt", "(بالمغرب OR التعاون) path:*.txt"])
def test_exact_form_ranks_above_stem_only_match(sample_root, query):
    # The stem-only document comes first in the index, so a tie would put it first.
    (sample_root / "a-stem.txt").write_text("تعاون أمني بين بلدين", "utf-8")
    (sample_root / "b-exact.txt").write_text("التعاون الأمني بين البلدين", "utf-8")
    from archive.library import Library

    with Library(sample_root) as library:
        library.update_index()
        ranked = paths(library, query)
    assert ranked.index("b-exact.txt") < ranked.index("a-stem.txt")


def test_an_alternative_the_document_lacks_leaves_its_score(sample_root):
    (sample_root / "exact.txt").write_text("التعاون الأمني بين البلدين", "utf-8")
    from archive.library import Library

    with Library(sample_root) as library:
        library.update_index()
        alone = library.search("التعاون path:exact.txt").hits[0].score
        for query in ("(التعاون OR بالمغرب) path:exact.txt", "(بالمغرب OR التعاون) path:exact.txt"):
            assert library.search(query).hits[0].score == pytest.approx(alone)


def test_facets_count_years(indexed):
    facets = indexed.search("المغرب").facets
    assert facets["year"] == {"2013": 1, "2021": 1}


def test_facet_filter_narrows(indexed):
    assert paths(indexed, "المغرب", years=["2013"]) == [FACT_SHEET]


def test_sort_by_date_puts_newest_first(indexed):
    assert paths(indexed, "المغرب", sort="date") == [MEETING, FACT_SHEET]


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_browses_every_document_newest_first(indexed, query):
    results = indexed.search(query)
    assert results.total == 2 and [h.path for h in results.hits] == [MEETING, FACT_SHEET]


def test_stop_words_only_is_a_syntax_error(indexed):
    with pytest.raises(QuerySyntaxError):
        indexed.search("في من على")


def test_match_chars_bounds_the_scan(indexed):
    full = indexed.search("المغرب", match_chars=None).hits
    short = indexed.search("المغرب", match_chars=300).hits
    assert all(e <= 300 for h in short for _, e in h.matches)
    assert sum(len(h.matches) for h in full) > sum(len(h.matches) for h in short) > 0


@pytest.mark.parametrize("query", ['"unclosed', "(((", "AND", "OR OR", "year:", "*", "~", ":"])
def test_odd_queries_never_crash(indexed, query):
    with contextlib.suppress(QuerySyntaxError):
        indexed.search(query)


@pytest.mark.parametrize(
    ("query", "expected"), [("والمغر*", [FACT_SHEET]), ("الانتشا*", [MEETING]), ("DGS?", [MEETING])]
)
def test_wildcards_match_the_forms_as_typed(indexed, query, expected):
    assert paths(indexed, query) == expected


def test_tags_reach_theme_filters_and_facets(indexed):
    from archive.types import DocumentTag

    doc = indexed.document(MEETING).record
    indexed.add_document_tag(DocumentTag.new(doc.id, "nonproliferation"))
    indexed.refresh_themes([doc.id])
    assert paths(indexed, "theme:nonproliferation") == [MEETING]
    results = indexed.search("المغرب")
    assert results.facets["theme"] == {"nonproliferation": 1}
    assert next(h for h in results.hits if h.path == MEETING).themes == ["nonproliferation"]
    assert paths(indexed, "المغرب", themes=["nonproliferation"]) == [MEETING]


QUERY_ALPHABET = (
    "اأإآةهىيوبلكفالمغرب USAIDgctf0123٠١٢\"'()*?~:^+-/\\[]{}،؛ANDORNOT"
    " theme:year:path:title:\u064b\u0640\u200f\ufefb"
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=QUERY_ALPHABET, max_size=40) | st.text(max_size=20))
def test_the_query_parser_never_fails_on_any_input(indexed, text):
    """Fuzz: any typed text gives results or a QuerySyntaxError, nothing else."""
    try:
        results = indexed.search(text, limit=3)
    except QuerySyntaxError:
        return
    assert 0 <= len(results.hits) <= 3
    for hit in results.hits:
        assert all(0 <= s < e for s, e in hit.matches)


def test_a_kept_searcher_never_shows_replaced_or_removed_entries(indexed):
    from archive.types import DocumentTag

    doc = indexed.document(MEETING).record
    indexed.add_document_tag(DocumentTag.new(doc.id, "trade"))
    indexed.refresh_themes([doc.id])
    assert paths(indexed, "theme:trade") == [MEETING]
    indexed.remove_document_tag(doc.id, "trade")
    indexed.refresh_themes([doc.id])
    assert paths(indexed, "theme:trade") == []
    assert indexed.search("").total == 2 and len(indexed.search("").hits) == 2


@pytest.fixture
def varied(tmp_path):
    """40 documents mixing exact forms, other inflections and titles of two words."""
    from archive.library import Library

    root = tmp_path / "varied"
    root.mkdir()
    rng = random.Random(3)
    forms = ["التعاون", "تعاون", "والتعاون", "الأمني", "أمني", "الأمنية", "المغرب", "بالمغرب"]
    for i in range(40):
        title = " ".join(rng.choices(forms, k=2))
        body = " ".join(rng.choices([*forms, "بين", "البلدين", "اتفاق", "جديد"], k=rng.randint(5, 40)))
        (root / f"d{i:02d}.txt").write_text(f"{title}\n\n{body}", "utf-8")
    with Library(root) as library:
        library.update_index()
        yield library


@pytest.mark.parametrize("query", ["التعاون الأمني", "التعاون OR بالمغرب", "الأمنية NOT المغرب", '"التعاون الأمني"'])
def test_hits_come_in_whooshs_order_with_its_scores(varied, query):
    with whoosh_index(varied).searcher() as searcher:
        whole = searcher.search(parse(searcher.schema, query), limit=None)
        expected = [(hit["path"], round(hit.score, 9)) for hit in whole]
    got = [(hit.path, round(hit.score, 9)) for hit in varied.search(query, limit=100).hits]
    assert got == expected and len(got) >= 3


def test_the_next_page_builds_only_its_own_hits(varied, monkeypatch):
    from archive.search import searching as search_module

    built: list[str] = []
    real_hit = search_module._hit

    def building_hit(stored, *rest):
        built.append(stored["path"])
        return real_hit(stored, *rest)

    monkeypatch.setattr(search_module, "_hit", building_hit)
    first = paths(varied, "التعاون", limit=5)
    assert len(built) == 5
    longer = paths(varied, "التعاون", limit=12)
    assert longer[:5] == first and built[5:] == longer[5:]  # only the seven new hits were built
    paths(varied, "التعاون", limit=12, sort="date")  # another search: built afresh
    assert len(built) == 24


def test_a_longer_list_continues_a_shorter_one(varied):
    for query in ("التعاون", "التعاون الأمني"):
        longer = paths(varied, query, limit=30)
        for limit in (3, 5, 8, 20):
            assert paths(varied, query, limit=limit) == longer[:limit]
