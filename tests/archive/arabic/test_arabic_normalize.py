"""normalize(): Lucene's normalisation vectors plus the folds DESIGN.md section 4 adds."""

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive.arabic import normalize
from archive.arabic.normalize import normalize_with_map

DATA = Path(__file__).parent / "data"
VECTORS = json.loads((DATA / "lucene_arabic_vectors.json").read_text("utf-8"))
PRESENTATION = [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]


@pytest.mark.parametrize(("word", "expected"), VECTORS["normalization"])
def test_lucene_normalization_vectors(word, expected):
    assert normalize(word) == expected


@pytest.mark.parametrize(("text", "expected"), VECTORS["decimal_digit"])
def test_lucene_decimal_digit_vectors(text, expected):
    assert " ".join(normalize(w) for w in text.split()) == expected


def test_oracle_words_normalise_like_lucene_except_digits():
    # Lucene's normaliser leaves digits to its DecimalDigitFilter; ours folds them.
    with open(DATA / "lucene_oracle_words.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    differ = [r["input"] for r in rows if normalize(r["input"]) != r["normalized"]]
    assert differ == ["و٦"]
    assert normalize("و٦") == "و6"


@pytest.mark.parametrize(
    ("variant", "base"),
    [
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمن", "امن"),
        ("ٱلكتاب", "الكتاب"),  # alef wasla
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("کتاب", "كتاب"),  # Persian kaf
        ("علی", "علي"),  # Persian yeh
        ("الرحمٰن", "الرحمن"),  # superscript alef U+0670
        ("ٱللَّهُ", "الله"),
        ("صلّىٰ", "صلي"),
        ("قُرْءَانٌ", "قرءان"),
        ("العــــربية", "العربيه"),  # tatweel
        ("عربي\u200cة", "عربيه"),  # ZWNJ
        ("\u202bكلمة\u202c", "كلمه"),  # bidi embedding
        ("\u2067كلمة\u2069", "كلمه"),  # bidi isolate
        ("كلمة\u061c", "كلمه"),  # Arabic letter mark
        ("ذٰلِكَ\u06da", "ذلك"),  # Quranic pause mark U+06DA
        ("بِسْمِ\u0610", "بسم"),  # honorific U+0610
        ("١٢٣٤", "1234"),
        ("۱۲۳۴", "1234"),  # Eastern (Persian) digits
        ("GCTF", "gctf"),
        ("Straße", "strasse"),
    ],
)
def test_variants_fold(variant, base):
    assert normalize(variant) == base


@pytest.mark.parametrize(
    ("forms", "base"),
    [
        ("\ufe8d\ufedf\ufedc\ufe98\ufe8e\ufe8f", "الكتاب"),  # isolated/initial/medial/final
        ("\ufefb", "لا"),  # lam-alef ligature
        ("\ufef7", "لا"),  # lam-alef with hamza: the hamza goes with the alef
        ("\ufe83\ufea3\ufee4\ufeaa", "احمد"),
        ("\ufdf2", "الله"),
        ("\ufe94", "ه"),  # final ta marbuta
        ("\ufef0", "ي"),  # final alef maqsura
        ("\ufb8e", "ك"),  # keheh
        ("\ufe70", ""),  # isolated fathatan: a diacritic, dropped
    ],
)
def test_presentation_forms_become_base_letters(forms, base):
    assert normalize(forms) == base


def test_no_presentation_form_survives():
    for cp in PRESENTATION:
        out = normalize(chr(cp))
        assert not any(ord(c) in range(0xFB50, 0xFE00) or 0xFE70 <= ord(c) <= 0xFEFF for c in out), hex(cp)
        assert out == out.strip(), hex(cp)


def test_every_decimal_digit_becomes_ascii():
    assert normalize("𝟙𝟡𝟠𝟜") == "1984"
    assert normalize("४२") == "42"  # Devanagari


@given(st.text())
def test_normalize_with_map_agrees(word):
    normalized, source = normalize_with_map(word)
    assert normalized == normalize(word)
    assert len(source) == len(normalized)
    assert source == sorted(source)
    assert all(0 <= i < len(word) for i in source)


@given(st.text())
def test_normalize_is_idempotent(word):
    once = normalize(word)
    assert normalize(once) == once
