"""Split text into word spans.

A word is a run of word characters.  Python's ``\\w`` covers letters and digits but
not Arabic diacritics, Quranic marks or format controls, so those are added
explicitly: a fully vowelled word stays one token.  Everything else (whitespace,
Latin and Arabic punctuation such as ، ؛ ؟ ۔ « », symbols) separates words.

Numbers keep their separators when digits follow, so that 1،700, 481،000،000,
2.2, ٢٫٥ and 1,700 are one token each: a thousands separator (, ، ٬) must be
followed by exactly three digits, a decimal point (. ٫) by at least one digit.
"2011،و" is therefore two tokens and the ٫ in "الكيميائية٫" ends the word.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

_WORD_CHAR = (
    r"[\w"
    r"\u0300-\u036F"  # combining diacritics (Latin text in decomposed form)
    r"\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED"  # Arabic marks
    r"\u200C-\u200F\u061C\u202A-\u202E\u2066-\u2069"  # format controls
    r"]"
)
_THOUSANDS = ",،٬"
_DECIMAL = ".٫"
_TOKEN = re.compile(
    rf"{_WORD_CHAR}+"
    rf"(?:(?<=\d)(?:[{_THOUSANDS}](?=\d{{3}}(?!\d))|[{_DECIMAL}](?=\d)){_WORD_CHAR}+)*"
)
# Thousands separators vanish from a number's term, decimal points become '.'.
_NUMBER_TABLE = str.maketrans({**dict.fromkeys(_THOUSANDS), "٫": "."})
_SEPARATOR = re.compile(f"[{_THOUSANDS}{_DECIMAL}]")


def tokenize(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` spans of the words of ``text``, in order."""
    for match in _TOKEN.finditer(text):
        yield match.span()


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Like ``tokenize`` but yield the match objects (surface and span at once)."""
    return _TOKEN.finditer(text)


def distinct_words(text: str) -> set[str]:
    """The distinct surface words of ``text`` (one pass of the regex engine, no Python loop)."""
    return set(_TOKEN.findall(text))


def find_words(text: str, words: Collection[str]) -> Iterator[re.Match[str]]:
    """The words of ``text`` that are one of ``words``, whole words only, in order."""
    if any(w[0].isdigit() or w[-1].isdigit() for w in words):
        # A number may go on across a separator (1،700): only the tokenizer knows its end.
        return (m for m in _TOKEN.finditer(text) if m.group() in words)
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.finditer(rf"(?<!{_WORD_CHAR})(?:{alternatives})(?!{_WORD_CHAR})", text)


def number_term(normalized: str) -> str:
    """Strip thousands separators and unify the decimal point of a token's term.

    Separators can only be inside a token between digits (see ``_TOKEN``), so a
    token without one is returned unchanged.
    """
    if _SEPARATOR.search(normalized):
        return normalized.translate(_NUMBER_TABLE)
    return normalized
