"""Text as the widgets show it: presentation forms and CR folded, Qt positions (no Qt needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archive.text.display import OffsetMap, fold, one_line
from archive.text.forms import PRESENTATION_FORMS

ARABIC = "مكافحة الإرهاب"
PRESENTATION = "ﻣﻜﺎﻓﺤﺔ ﺍﻹﺭﻫﺎﺏ"  # the same words in presentation forms

text_with_specials = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("abc مكافحة\n\r")),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
        st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
        st.characters(min_codepoint=0x1F600, max_codepoint=0x1F64F),
    ),
    max_size=60,
)


def test_presentation_forms_fold_to_base_letters():
    assert fold(PRESENTATION) == ARABIC
    assert fold("ﷲ") == "الله"
    assert fold("\ufeffنص") == "نص"  # a stray BOM is dropped


def test_plain_text_is_returned_unchanged():
    text = "نص عادي\nplain"
    assert fold(text) is text
    assert OffsetMap(text).is_identity


@given(text_with_specials)
def test_nothing_in_the_presentation_ranges_survives(text):
    assert not PRESENTATION_FORMS.search(fold(text))
    assert "\r" not in fold(text)


@given(text_with_specials, st.data())
def test_offsets_map_to_the_same_characters_in_qt_positions(text, data):
    mapping = OffsetMap(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    qt_start, qt_end = mapping.to_qt(start), mapping.to_qt(end)
    assert qt_start <= qt_end
    assert mapping.shown_between(qt_start, qt_end) == fold(text[start:end])
    assert mapping.qt_length == len(mapping.shown.encode("utf-16-le")) // 2


def test_astral_characters_count_two_qt_positions():
    mapping = OffsetMap("😀 مكافحة")
    assert mapping.to_qt(2) == 3
    assert mapping.spans_to_qt([(2, 8)]) == [(3, 9)]


def test_one_line_collapses_whitespace():
    assert one_line(" ﻣﻜﺎﻓﺤﺔ\n\n ﺍﻹﺭﻫﺎﺏ ") == ARABIC
