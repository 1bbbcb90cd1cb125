"""The facade: pages of one ranking, and theme edits that searches follow."""

from __future__ import annotations

from archive.library import Library
from archive.search import engine, searching
from archive.types import DocumentTag
from tests.archive.sample_docs import FACT_SHEET, MEETING


def test_pages_by_offset_continue_one_ranking_without_scoring_again(indexed: Library, monkeypatch):
    ranked: list[str] = []

    def counting_rank(*args, **kwargs):
        ranked.append(args[1])
        return searching.rank(*args, **kwargs)

    monkeypatch.setattr(engine, "rank", counting_rank)
    whole = [h.path for h in indexed.search("المغرب OR التعاون", limit=10).hits]
    first = indexed.search("المغرب OR التعاون", limit=1)
    second = indexed.search("المغرب OR التعاون", offset=1, limit=1)
    assert len(whole) == 2 and [h.path for h in first.hits + second.hits] == whole
    assert (first.offset, second.offset, second.total) == (0, 1, 2)
    assert ranked == ["المغرب OR التعاون"]  # the later pages did not score the query again
    beyond = indexed.search("المغرب OR التعاون", offset=5, limit=3)
    assert beyond.hits == [] and beyond.total == 2
    indexed.search("المغرب OR التعاون", sort="date", limit=1)  # another search: ranked afresh
    assert len(ranked) == 2


def test_a_changed_index_ranks_again(indexed: Library):
    indexed.search("المغرب", limit=1)
    doc = indexed.document(MEETING).record
    indexed.add_document_tag(DocumentTag.new(doc.id, "trade"))
    indexed.refresh_themes([doc.id])  # a commit: the next page must see it
    assert [h.path for h in indexed.search("theme:trade", offset=0).hits] == [MEETING]


def test_merged_themes_are_searched_under_the_theme_they_went_into(indexed: Library):
    doc = indexed.document(FACT_SHEET).record
    indexed.add_document_tag(DocumentTag.new(doc.id, "customs"))
    indexed.refresh_themes([doc.id])
    assert [h.path for h in indexed.search("theme:customs").hits] == [FACT_SHEET]
    indexed.merge_themes("customs", "trade")
    assert [h.path for h in indexed.search("theme:trade").hits] == [FACT_SHEET]
    assert indexed.search("theme:customs").hits == []
    assert indexed.resolve_theme("customs") == "trade"
