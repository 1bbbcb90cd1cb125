"""Paragraph direction: the majority of strong letters, with a fallback for paragraphs
without letters; the reader and the exports both follow it."""

from __future__ import annotations

from archive.text.direction import direction_of, paragraph_directions, reads_rtl

ARABIC = "مكافحة الإرهاب"


def test_direction_follows_the_majority_of_letters():
    assert direction_of(ARABIC) == "rtl"
    assert direction_of("The Global Counterterrorism Forum") == "ltr"
    assert direction_of("USAID تدعم برامج مكافحة الإرهاب") == "rtl"  # first strong is Latin
    assert direction_of("The word الإرهاب means terrorism") == "ltr"  # first strong is Arabic
    assert direction_of("2013 - 2021") is None


def test_paragraphs_without_letters_follow_the_previous_one():
    paragraphs = paragraph_directions("English words here\n2013\nنص عربي\n---")
    assert paragraphs.each == ["ltr", "ltr", "rtl", "rtl"]
    assert len(paragraphs.each) == 4


def test_as_a_flag_text_without_letters_takes_the_fallback():
    # Was: the first strong character decided (python-bidi), so "GCTF ويعقد" read left to right.
    assert reads_rtl("ويعقد GCTF", False) and reads_rtl("GCTF ويعقد", False)
    assert not reads_rtl("GCTF meeting ويعقد", True)
    assert reads_rtl("2014", True) and not reads_rtl("2014", False)
