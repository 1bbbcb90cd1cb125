"""Queries that cannot mean anything say so instead of quietly finding nothing."""

from __future__ import annotations

import pytest

from archive.errors import UnclosedQuote, UnknownFieldValue
from archive.library import Library
from archive.search.index import build_schema
from archive.search.parsing import parse
from tests.archive.sample_docs import FACT_SHEET, MEETING

THEMES = ("security", "trade", "migration")


@pytest.mark.parametrize("text", ['"مجلس الأمن', 'التعاون "الأمني', '"a" "b'])
def test_an_unclosed_quote_is_refused(text):
    with pytest.raises(UnclosedQuote):
        parse(build_schema(), text, themes=THEMES)


@pytest.mark.parametrize("text", ["year:abc", "year:١٣", "year:20133", "year:[2010 TO abc]"])
def test_a_year_that_is_not_a_year_is_refused(text):
    with pytest.raises(UnknownFieldValue) as refused:
        parse(build_schema(), text, themes=THEMES)
    assert refused.value.field == "year"


def test_an_unknown_theme_is_refused_with_the_closest_one():
    with pytest.raises(UnknownFieldValue) as refused:
        parse(build_schema(), "theme:securty", themes=THEMES)
    assert (refused.value.field, refused.value.value, refused.value.closest) == ("theme", "securty", "security")
    with pytest.raises(UnknownFieldValue) as far:
        parse(build_schema(), "theme:nosuch OR المغرب", themes=THEMES)
    assert far.value.closest is None


@pytest.mark.parametrize(
    "text",
    ['"مجلس الأمن"', "theme:security", "theme:Trade", "theme:sec*", "year:2013", "year:201*",
     "year:[2010 TO 2014]", "theme:(security OR trade) year:2021", 'title:"x y"'],
)
def test_well_formed_filters_pass(text):
    parse(build_schema(), text, themes=THEMES)


def test_the_library_knows_its_themes_merged_ones_included(indexed: Library):
    with pytest.raises(UnknownFieldValue) as refused:
        indexed.search("theme:nonprolifration")
    assert refused.value.closest == "nonproliferation"
    assert indexed.search("theme:security").total == 0  # a theme no document has: no error
    indexed.merge_themes("customs", "trade")
    assert indexed.search("theme:customs").total == 0  # merged away, still a known id
    assert {h.path for h in indexed.search("year:2013 OR year:2021").hits} == {FACT_SHEET, MEETING}
