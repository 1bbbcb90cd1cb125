"""tokenize(): word spans, Arabic punctuation, numbers with separators."""

import pytest

from archive.arabic.tokenize import number_term, tokenize


def words(text):
    return [text[s:e] for s, e in tokenize(text)]


def test_splits_on_whitespace_and_latin_and_arabic_punctuation():
    text = "قال، الوزير؛ هل؟ نعم۔ «الاتفاق» (USAID) - COVID-19: done."
    assert words(text) == [
        "قال", "الوزير", "هل", "نعم", "الاتفاق", "USAID", "COVID", "19", "done",
    ]


def test_marks_tatweel_and_format_controls_stay_inside_the_word():
    for word in ("مُحَمَّدٌ", "العــــربية", "عربي\u200cة", "ٱللَّهُ", "الرحمٰن", "\u202bكلمة\u202c"):
        assert words(f"، {word} .") == [word]


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        ("بأكثر من 1،700 من", "1،700", "1700"),
        ("من 481،000،000 في", "481،000،000", "481000000"),
        ("المغرب 2.2 مليار", "2.2", "2.2"),
        ("نمو ٢٫٥ بالمئة", "٢٫٥", "٢.٥"),
        ("about 1,700 staff", "1,700", "1700"),
        ("٤٨١٬٠٠٠ دولار", "٤٨١٬٠٠٠", "٤٨١٠٠٠"),
    ],
)
def test_numbers_with_separators_are_one_token(text, number, term):
    assert number in words(text)
    assert number_term(number) == term


def test_a_separator_counts_only_when_digits_follow():
    assert words("نوفمبر 2011،و بدعم") == ["نوفمبر", "2011", "و", "بدعم"]
    assert words("الأسلحة الكيميائية٫ كما") == ["الأسلحة", "الكيميائية", "كما"]
    assert words("1،7 و 1,7000") == ["1", "7", "و", "1", "7000"]  # thousands need 3 digits
    assert words("عام 2012، سجلت") == ["عام", "2012", "سجلت"]
    assert words("البلاد.و تعمل") == ["البلاد", "و", "تعمل"]


def test_spans_are_code_point_offsets():
    text = "🙂 الولايات،المتحدة"
    assert list(tokenize(text)) == [(2, 10), (11, 18)]
    assert text[11:18] == "المتحدة"
