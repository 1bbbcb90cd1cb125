"""Presentation forms: the one rule for what each becomes (base letters, spelled-out
ligatures, or nothing), and its users (ingestion, the normaliser, the display text)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from archive.arabic import normalize
from archive.text.forms import BASE_LETTERS, PRESENTATION_FORMS, fold_char, fold_forms

ARABIC = "مكافحة الإرهاب"
PRESENTATION = "ﻣﻜﺎﻓﺤﺔ ﺍﻹﺭﻫﺎﺏ"  # the same words in presentation forms

forms_and_letters = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("ab مكافحة")),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
        st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
    ),
    max_size=40,
)


def test_presentation_forms_fold_to_base_letters():
    assert fold_forms(PRESENTATION) == ARABIC
    assert fold_forms("ﷲ") == "الله"
    assert fold_forms("\ufeffنص") == "نص"  # a stray BOM is dropped


def test_other_text_is_left_alone():
    # Only the forms change: NFKC on the whole text would also turn x² into x2 and ﬁ into fi.
    assert fold_forms("ﻻ ﷲ \ufeffﺑﻴﺖ x² ١٢ ﬁ") == "لا الله بيت x² ١٢ ﬁ"


def test_ligatures_nfkc_leaves_alone_are_spelled_out():
    assert fold_forms("﷽") == "بسم الله الرحمن الرحيم"
    assert fold_forms("محمد ﷺ") == "محمد صلى الله عليه وسلم"  # NFKC knows this one
    assert fold_forms("عمر \ufd41") == "عمر رضي الله عنه"  # added in Unicode 14, no NFKC
    assert fold_forms("\ufd3fنص\ufd3e") == "(نص)"  # ornate parentheses, in logical order


def test_every_named_ligature_keeps_its_words():
    # A ligature that folded to nothing would lose words from the reader and the index.
    ligatures = [cp for cp in BASE_LETTERS if "LIGATURE" in unicodedata.name(chr(cp), "")]
    assert len(ligatures) > 400  # the filter found them
    assert [hex(cp) for cp in ligatures if not BASE_LETTERS[cp].strip()] == []


def test_nothing_in_the_ranges_survives():
    assert len(BASE_LETTERS) == (0xFDFF - 0xFB50 + 1) + (0xFEFF - 0xFE70 + 1)
    assert [hex(cp) for cp, letters in BASE_LETTERS.items() if PRESENTATION_FORMS.search(letters)] == []
    assert fold_char("\ufdd0") == "" and fold_char("\ufe73") == ""  # noncharacter, tail fragment


@given(forms_and_letters)
def test_a_run_folds_as_its_characters_do(text):
    # Ingestion folds whole runs, the reader one character at a time (for its offsets).
    assert fold_forms(text) == "".join(fold_char(ch) if PRESENTATION_FORMS.match(ch) else ch for ch in text)


def test_the_index_folds_forms_by_the_same_rule():
    # The normaliser normalises the letters further (alef forms, diacritics, spaces left by
    # isolated diacritic forms) but gets them from the shared rule.
    differ = [hex(cp) for cp, letters in BASE_LETTERS.items()
              if normalize(chr(cp)) != normalize(letters).strip()]
    assert differ == []
    assert normalize("\ufdfd") == "بسم الله الرحمن الرحيم"
