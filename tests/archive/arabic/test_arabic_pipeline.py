"""analyze(): the contract other modules code against."""

from dataclasses import FrozenInstanceError

import pytest

from archive.arabic import ANALYZER_VERSION, Token, analyze, normalize
from archive.arabic.tokenize import tokenize


def terms(text, **kw):
    return [t.term for t in analyze(text, **kw)]


def test_token_contract():
    text = "نشر الموقع الالكتروني"
    tokens = analyze(text)
    assert tokens[0] == Token("نشر", 0, 3, 0)
    assert [text[t.start : t.end] for t in tokens] == ["نشر", "الموقع", "الالكتروني"]
    with pytest.raises(FrozenInstanceError):
        tokens[0].term = "x"  # type: ignore[misc]  # the assignment under test
    assert isinstance(ANALYZER_VERSION, str) and ANALYZER_VERSION


@pytest.mark.parametrize(
    "variants",
    [
        ("أحمد", "احمد", "إحمد", "آحمد"),
        ("مدرسة", "مدرسه", "مدرسةٌ", "مــدرســة"),
        ("مستشفى", "مستشفي", "مُسْتَشْفَى"),
        ("الكتاب", "ٱلكتاب", "\ufe8d\ufedf\ufedc\ufe98\ufe8e\ufe8f", "الكِتَابُ"),
        ("2024", "٢٠٢٤", "۲۰۲۴"),
        ("1700", "1،700", "١٬٧٠٠", "1,700"),
        ("2.5", "٢٫٥", "۲٫۵"),
    ],
)
def test_spelling_variants_analyze_alike(variants):
    for stem in (True, False):
        assert len({tuple(terms(v, stem=stem)) for v in variants}) == 1, variants


def test_numbers():
    text = "أكثر من 1،700 شخص و481،000،000 دولار و2.2 مليار عام 2011،و ٢٫٥"
    assert terms(text, stem=False) == [
        "اكثر", "1700", "شخص", "و481000000", "دولار", "و2.2", "مليار", "عام", "2011", "2.5",
    ]


def test_stop_words_leave_no_position_gap():
    tokens = analyze("في مجلس الأمن التابع للأمم المتحدة", stem=False)
    assert [t.term for t in tokens] == ["مجلس", "الامن", "التابع", "للامم", "المتحده"]
    assert [t.position for t in tokens] == [0, 1, 2, 3, 4]


def test_stop_words_match_in_any_spelling():
    assert terms("إلى على أنَّ هٰذا ﻻ") == []


def test_proclitic_forms_share_the_stem():
    assert terms("بالمغرب") == terms("المغرب") == terms("للمغرب") == ["مغرب"]


def test_latin_acronyms_casefold():
    assert terms("GCTF usaid (USAID) CNDH") == ["gctf", "usaid", "usaid", "cndh"]


def test_exact_form_has_the_same_spans_and_positions():
    text = "بلغت الصادرات الأمريكية إلى الولاياتالمتحدة 2.2 مليار"
    stemmed, exact = analyze(text), analyze(text, stem=False)
    assert [(t.start, t.end, t.position) for t in stemmed] == [
        (t.start, t.end, t.position) for t in exact
    ]
    assert [t.term for t in exact] == [
        "بلغت", "الصادرات", "الامريكيه", "الولايات", "المتحده", "2.2", "مليار",
    ]
    assert [t.term for t in stemmed] == ["بلغت", "صادر", "امريكا", "ولاي", "متحد", "2.2", "مليار"]


def test_phrase_ligature_expands_to_words():
    tokens = analyze("محمد \ufdfa")
    assert [t.term for t in analyze("\ufdfa", stem=False)] == ["صلي", "الله", "وسلم"]
    assert [t.term for t in tokens] == ["محمد", "صل", "له", "سلم"]  # عليه: a stop word
    assert {(t.start, t.end) for t in tokens[1:]} == {(5, 6)}
    assert [t.position for t in tokens] == [0, 1, 2, 3]


def test_marks_only_tokens_vanish():
    assert analyze("ـــ \u064e\u0651 \u200f") == []


def test_sample_archive_terms():
    text = "تحديات الهجرة : من أجل مواجهة التحديات في مجالات الهجرة"
    assert terms(text) == ["تحد", "هجر", "اجل", "مواجه", "تحد", "مجال", "هجر"]


def test_tokenize_and_analyze_agree_on_spans():
    text = "نشر الموقع، الالكتروني «للبيت» الأبيض 1،700"
    spans = list(tokenize(text))
    assert [(t.start, t.end) for t in analyze(text, stem=False)] == spans
    assert [normalize(text[s:e]) for s, e in spans][:3] == ["نشر", "الموقع", "الالكتروني"]
