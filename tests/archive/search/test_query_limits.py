"""The limits every query keeps (archive.search.limits): each refused with its reason, and
the broad queries that stay allowed answered quickly and as Whoosh would."""

from __future__ import annotations

import pytest
from whoosh import query

from archive.errors import QueryTooComplex
from archive.search import limits
from tests.internals import whoosh_index


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("ب" * (limits.MAX_QUERY_CHARS + 1), "length"),
        (" ".join(f"كلمة{n}" for n in range(limits.MAX_TERMS + 1)), "terms"),
        ("ا*ل*م*ن*ع?", "wildcards"),
        ("الشراكة~3", "fuzzy"),
    ],
)
def test_a_query_beyond_a_limit_is_refused_with_its_reason(indexed, text, limit):
    with pytest.raises(QueryTooComplex) as refused:
        indexed.search(text)
    assert refused.value.limit == limit


def test_a_pattern_matching_too_many_words_is_refused(indexed, monkeypatch):
    monkeypatch.setattr(limits, "MAX_EXPANSIONS", 3)
    with pytest.raises(QueryTooComplex) as refused:
        indexed.search("ال*")
    assert refused.value.limit == "expansions"


def test_a_query_past_its_time_budget_is_refused(indexed, monkeypatch):
    monkeypatch.setattr(limits, "TIME_BUDGET_S", -1.0)
    with pytest.raises(QueryTooComplex) as refused:
        indexed.search("الشراكة")
    assert refused.value.limit == "time"


def test_every_document_with_a_field_matches_as_in_whoosh(indexed):
    ix = whoosh_index(indexed)
    with ix.searcher() as searcher:
        expected = {searcher.stored_fields(n)["path"] for n in query.Every("title").matcher(searcher).all_ids()}
    assert {h.path for h in indexed.search("title:*", limit=100).hits} == expected
    assert indexed.search("*", limit=100).total == indexed.document_count
