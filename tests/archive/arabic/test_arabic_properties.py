"""Property tests: analyze never fails and its tokens always honour the contract."""

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.arabic import Token, analyze, normalize
from archive.arabic.lexicon import default_lexicon
from archive.arabic.pipeline import analyze_word, term_pieces
from archive.arabic.stem import stem as stem_word
from archive.arabic.tokenize import distinct_words, find_words, number_term, tokenize

PRESENTATION = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))

# Text biased towards what the analyzer must survive: Arabic letters, marks, tatweel,
# format controls, presentation forms, digits of three scripts, separators.
arabic_text = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
        st.sampled_from(" ،.,٫٬؛؟\u200c\u200d\u200f\u202b\u2067ـ0123456789٠١٢"),
        st.characters(),
    ),
    max_size=80,
)


def check(text, tokens):
    for i, t in enumerate(tokens):
        assert 0 <= t.start < t.end <= len(text)
        assert t.position == i
        assert t.term and t.term == t.term.strip()
        assert not any(ord(c) in r for c in t.term for r in PRESENTATION)


@settings(max_examples=300)
@given(st.one_of(st.text(), arabic_text))
def test_analyze_never_fails_and_honours_offsets(text):
    for stem in (True, False):
        check(text, analyze(text, stem=stem))


@settings(max_examples=300)
@given(arabic_text)
def test_terms_relate_to_their_surface(text):
    exact = analyze(text, stem=False)
    stemmed = analyze(text)
    assert [(t.start, t.end, t.position) for t in exact] == [
        (t.start, t.end, t.position) for t in stemmed
    ]
    spans: dict[tuple[int, int], list[Token]] = {}
    for t in exact:
        spans.setdefault((t.start, t.end), []).append(t)
    for (start, end), group in spans.items():
        whole = number_term(normalize(text[start:end]))
        if len(group) == 1 and group[0].term == whole:
            continue  # an ordinary word
        # A glued word's parts (own letters, in order) or a phrase ligature's words.
        assert all(t.term in whole for t in group)
    for e, s in zip(exact, stemmed, strict=True):
        assert s.term == stem_word(e.term, default_lexicon())


WORDS = ["الولايات", "المتحدة", "الأمريكية", "وزير", "المالية", "مجلس", "الأمن", "التجارة"]
DECOR = ["", "\u064e", "\u0651", "ـ", "\u200c"]


@settings(max_examples=200)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(DECOR)), min_size=1, max_size=3))
def test_glued_parts_tile_their_token(pieces):
    text = "".join(word[:2] + decor + word[2:] for word, decor in pieces)
    tokens = analyze(text, stem=False)
    check(text, tokens)
    if tokens:
        assert tokens[0].start == 0 and tokens[-1].end == len(text)
        assert all(a.end == b.start for a, b in pairwise(tokens))
        assert "".join(t.term for t in tokens) == normalize(text)


@settings(max_examples=500)
@given(st.one_of(st.text(), arabic_text), st.data())
def test_find_words_finds_exactly_the_tokens_with_those_surfaces(text, data):
    every = sorted(distinct_words(text))
    wanted = set(data.draw(st.lists(st.sampled_from(every), unique=True))) if every else set()
    expected = [(s, e) for s, e in tokenize(text) if text[s:e] in wanted]
    found = [m.span() for m in find_words(text, wanted)] if wanted else []
    assert found == expected


@settings(max_examples=500)
@given(st.one_of(st.text(), arabic_text))
def test_every_term_of_a_word_has_a_piece_in_its_normalised_form(text):
    # What lets highlighting say no to most words without analysing them
    # (archive.search.highlight.TermMatcher._cannot_match).
    for surface in distinct_words(text):
        word = normalize(surface)
        if not word.isalnum():  # numbers with separators: always analysed
            continue
        for stem in (True, False):
            for term, _, _ in analyze_word(surface, stem):
                assert any(piece in word for piece in term_pieces(term)), (surface, term)
