"""The analysis pipeline: text -> index terms with display offsets and positions.

tokenize -> normalise -> drop stop words -> split glued words -> light stem.

Every distinct surface word is analysed once per process (``analyze_word`` is
memoised), so indexing repeated words costs a dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from archive.arabic.lexicon import default_lexicon
from archive.arabic.names import default_gazetteer
from archive.arabic.normalize import normalize, normalize_with_map
from archive.arabic.segment import segment
from archive.arabic.stem import stem as stem_word
from archive.arabic.stopwords import STOPWORDS, is_stop_word
from archive.arabic.tokenize import iter_words, number_term

# (term, start, end) with offsets relative to the surface word.
_Part = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class Token:
    """One index term; ``text[start:end]`` is its surface form in the input."""

    term: str
    start: int
    end: int
    position: int


def analyze(text: str, *, stem: bool = True) -> list[Token]:
    """Analyse ``text`` into terms (stemmed unless ``stem`` is False).

    Positions count the emitted tokens only (stop words leave no gap); the parts
    of a glued word get consecutive positions and their own surface offsets.
    ``stem=False`` gives the exact forms at the same offsets and positions.
    """
    return [
        Token(term, start, end, position)
        for position, (term, start, end) in enumerate(iter_terms(text, stem=stem))
    ]


def iter_terms(text: str, *, stem: bool = True) -> Iterator[tuple[str, int, int]]:
    """Yield ``(term, start, end)`` in position order: ``analyze`` without Token objects.

    For hot loops (the Whoosh tokenizer) that count positions themselves.
    """
    for match in iter_words(text):
        parts = analyze_word(match.group(), stem)
        if parts:
            offset = match.start()
            for term, start, end in parts:
                yield term, offset + start, offset + end


@lru_cache(maxsize=1 << 17)  # ~420 bytes an entry: at most ~55 MB
def analyze_word(surface: str, stem: bool) -> tuple[_Part, ...]:
    """Terms of one surface word; empty for a stop word or a word of marks only."""
    term = normalize(surface)
    if not term.isalnum():  # rare: a number with separators, or nothing left at all
        term = number_term(term)
    if not term or is_stop_word(surface, term):
        return ()
    if " " in term:
        # A presentation-form ligature for a phrase (U+FDFA) expands to words.
        parts = [(w, 0, len(surface)) for w in term.split() if w not in STOPWORDS]
    else:
        parts = _split_glued(surface, term)
    if stem:
        parts = [(stem_term(w), s, e) for w, s, e in parts]
    return tuple(parts)


def stem_term(term: str) -> str:
    """The stem of one normalised word, with the shipped lexicon and gazetteer."""
    return stem_word(term, default_lexicon(), default_gazetteer())


def term_pieces(term: str) -> tuple[str, ...]:
    """Strings one of which every word analysed to ``term`` contains once normalised.

    Mostly the term itself; a stem that restored a ta marbuta (قطرات -> قطره) may lack
    its last letter, and a name's term stands for its whole family (التركية -> تركيا).
    """
    names = default_gazetteer().family(term)
    return names or ((term[:-1],) if term.endswith("ه") and len(term) > 2 else (term,))


def _split_glued(surface: str, term: str) -> list[_Part]:
    spans = segment(term, default_lexicon())
    if spans is None:
        return [(term, 0, len(surface))]
    normalized, source = normalize_with_map(surface)
    # A part's surface runs from its first letter to the next part's first letter,
    # so marks and tatweel between letters stay with the letter they follow.
    cuts = [0] + [source[start] for start, _ in spans[1:]] + [len(surface)]
    bounds = list(pairwise(cuts))  # one (start, end) per span
    if any(a >= b for a, b in bounds):
        return [(term, 0, len(surface))]  # a ligature straddles a cut: keep whole
    return [
        (normalized[s:e], a, b)
        for (s, e), (a, b) in zip(spans, bounds, strict=True)
        if not is_stop_word(surface[a:b], normalized[s:e])
    ]
