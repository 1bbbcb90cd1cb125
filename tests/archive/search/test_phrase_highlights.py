"""A phrase is highlighted where it occurs, whole; never its words one by one."""

from __future__ import annotations

import re

from archive.library import Library
from tests.archive.sample_docs import FACT_SHEET


def shown(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_a_phrase_marks_only_its_occurrences(indexed: Library):
    text = indexed.document(FACT_SHEET).text
    assert "الأمني" in text and "بمجلس الأمن" in text  # lone words and a proclitic form are there
    marked = shown(text, indexed.matches(text, '"مجلس الأمن"'))
    expected = re.findall(r"\w*مجلس الأمن(?!\w)", text)
    assert marked == expected and len(marked) >= 3


def test_a_phrase_and_words_are_each_marked_as_such(indexed: Library):
    text = indexed.document(FACT_SHEET).text
    marked = shown(text, indexed.matches(text, '"مجلس الأمن" الحكومة'))
    assert marked.count("الحكومة") == text.count("الحكومة ")
    assert [m for m in marked if "الأمن" in m] == re.findall(r"\w*مجلس الأمن(?!\w)", text)
    assert "الأمن" not in marked and "الأمني" not in marked


def test_slop_lets_words_come_between(indexed: Library):
    text = "مكافحة ظاهرة الإرهاب في المنطقة، ومكافحة الإرهاب الدولي"
    assert shown(text, indexed.matches(text, '"مكافحة الإرهاب"')) == ["ومكافحة الإرهاب"]
    assert shown(text, indexed.matches(text, '"مكافحة الإرهاب"~2')) == ["مكافحة ظاهرة الإرهاب", "ومكافحة الإرهاب"]


def test_glued_words_are_marked_whole_for_the_phrase_they_should_have_been(indexed: Library):
    text = indexed.document(FACT_SHEET).text
    marked = shown(text, indexed.matches(text, '"الولايات المتحدة الأمريكية"'))
    assert marked == ["الولاياتالمتحدةالأمريكية"]


def test_hits_and_snippets_of_a_phrase_search_mark_the_phrase(indexed: Library):
    results = indexed.search('"مجلس الأمن"')
    assert results.total == 2
    for hit in results.hits:
        text = indexed.document(hit.path).text
        assert shown(text, hit.matches) == re.findall(r"\w*مجلس الأمن(?!\w)", text)
        inside = [(s, e) for s, e in hit.matches if hit.snippet_start <= s < hit.snippet_start + len(hit.snippet)]
        assert inside  # the snippet is around a phrase occurrence
