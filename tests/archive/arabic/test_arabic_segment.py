"""Glued-word repair: unknown tokens cut into known words, with display offsets."""

import pytest

from archive.arabic import analyze, normalize
from archive.arabic.lexicon import Lexicon, default_lexicon
from archive.arabic.segment import segment


def parts(word):
    term = normalize(word)
    spans = segment(term, default_lexicon())
    return None if spans is None else [term[s:e] for s, e in spans]


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("الولاياتالمتحدة", ["الولايات", "المتحده"]),
        ("الولاياتالمتحدةالأمريكية", ["الولايات", "المتحده", "الامريكيه"]),
        ("وزيرالمالية", ["وزير", "الماليه"]),
        ("فقدانالتنوع", ["فقدان", "التنوع"]),
    ],
)
def test_glued_words_split(glued, expected):
    assert parts(glued) == expected


@pytest.mark.parametrize(
    "word",
    [
        "مجالات",  # known (zipf 4.59): never a candidate
        "الولايات",
        "والاجمالية",  # و + a known word: a clitic form, not a glue
        "اكتشافاتهم",  # a known word + هم
        "كوبلاي",  # a rare name; its parts would be 3-letter fragments
        "ساندبي",
        "بوسعيد",
        "GCTF",
        "م2024",
    ],
)
def test_words_that_stay_whole(word):
    assert parts(word) is None


def test_split_needs_clearly_known_parts():
    lex = Lexicon.from_dict({"وزير": 5.38, "الماليه": 5.02, "نادر": 3.0})
    assert segment("وزيرالماليه", lex) == [(0, 4), (4, 11)]
    assert segment("وزيرنادر", lex) is None  # a part below PART_ZIPF
    assert segment("نادرنادر", lex) is None


def test_parts_get_consecutive_positions_and_their_own_letters():
    text = "تربط الولاياتالمتحدةالأمريكية والمغرب"
    tokens = analyze(text)
    assert [t.term for t in tokens] == ["تربط", "ولاي", "متحد", "امريكا", "مغرب"]
    assert [t.position for t in tokens] == [0, 1, 2, 3, 4]
    assert [text[t.start : t.end] for t in tokens[1:4]] == ["الولايات", "المتحدة", "الأمريكية"]


def test_marks_inside_a_glued_word_stay_with_their_letter():
    text = "وزيرُالماليةِ"
    tokens = analyze(text, stem=False)
    assert [t.term for t in tokens] == ["وزير", "الماليه"]
    assert [text[t.start : t.end] for t in tokens] == ["وزيرُ", "الماليةِ"]


def test_presentation_forms_in_a_glued_word_map_back():
    text = "\ufeed\ufeaf\ufef3\ufeae\ufe8d\ufedf\ufee4\ufe8e\ufedf\ufef4\ufe94"  # وزيرالمالية
    tokens = analyze(text, stem=False)
    assert [t.term for t in tokens] == ["وزير", "الماليه"]
    assert [(t.start, t.end) for t in tokens] == [(0, 4), (4, 11)]


def test_phrase_positions_match_the_spaced_text():
    glued = analyze("أعلن وزيرالمالية")
    spaced = analyze("أعلن وزير المالية")
    assert [(t.term, t.position) for t in glued] == [(t.term, t.position) for t in spaced]
