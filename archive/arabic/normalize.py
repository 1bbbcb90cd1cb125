"""Per-token Arabic orthographic normalisation (DESIGN.md section 4).

``normalize`` folds the spelling variants that Arabic writers, keyboards and PDF
extractors produce for one word onto a single form, so that they index to the same
term.  It is applied to one token at a time; ``normalize_with_map`` additionally
reports, for every output character, which input character produced it, so callers
that cut a normalised token into parts can map the parts back to display offsets.
"""

from __future__ import annotations

import re
import unicodedata

from archive.text.forms import BASE_LETTERS

# Bump whenever any analysis output changes: it is stored with the index and keys
# the lexicon cache.  It lives here, at the bottom of the import graph, so that
# lexicon.py can read it without a circular import.
ANALYZER_VERSION = "ar-2"

_DELETE_RANGES = (
    (0x064B, 0x065F),  # harakat, tanwin, shadda, sukun, hamza marks
    (0x0670, 0x0670),  # superscript (dagger) alef
    (0x0610, 0x061A),  # Quranic honorifics and small marks
    (0x06D6, 0x06ED),  # Quranic annotation marks
    (0x0640, 0x0640),  # tatweel
    (0x200C, 0x200F),  # ZWNJ, ZWJ, LRM, RLM
    (0x061C, 0x061C),  # Arabic letter mark
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2066, 0x2069),  # bidi isolates
)

_LETTER_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي",
    "ة": "ه",
    "ک": "ك",
}

_BASE_TABLE: dict[int, str | None] = {
    c: None for lo, hi in _DELETE_RANGES for c in range(lo, hi + 1)
}
_BASE_TABLE.update({ord(k): v for k, v in _LETTER_MAP.items()})
_BASE_TABLE.update({0x0660 + d: str(d) for d in range(10)})  # Arabic-Indic digits
_BASE_TABLE.update({0x06F0 + d: str(d) for d in range(10)})  # Eastern (Persian) digits


def _presentation_forms() -> dict[int, str | None]:
    """Map every code point of the presentation-form blocks to normalised base letters.

    What a form becomes is the shared rule (``archive.text.forms``: U+FEFB -> لا, dropped
    when it has no base letters); the base table is then applied to the expansion, so that
    e.g. U+FE83 (alef with hamza) ends as ا. Leading and trailing spaces come from
    isolated-diacritic forms (U+FE70 -> " ً") and go, so that no form leaves a bare space.
    """
    return {cp: letters.translate(_BASE_TABLE).strip() or None for cp, letters in BASE_LETTERS.items()}


_TABLE = {**_BASE_TABLE, **_presentation_forms()}

# The spelling keeps what tells words apart that normalisation folds together.
_KEPT = {ord(k) for k in ("أ", "إ", "آ", "ٱ", "ى", "ة")}
_SPELLING_TABLE = {
    **{cp: v for cp, v in _BASE_TABLE.items() if cp not in _KEPT},
    **{cp: letters.strip() or None for cp, letters in BASE_LETTERS.items()},
}
# Any decimal digit that the table does not cover (Devanagari, mathematical...).
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match.group()))


def normalize(word: str) -> str:
    """Return the normalised form of one token (see module and DESIGN.md 4).

    Drops diacritics, Quranic marks, tatweel and format controls; folds alef
    variants, alef maqsura, ta marbuta, Persian kaf/yeh and presentation forms;
    turns every decimal digit into ASCII; case-folds Latin.
    """
    word = word.translate(_TABLE)
    if not word.isascii():
        word = _OTHER_DIGIT.sub(_ascii_digit, word)
    return word.casefold()


def spelling(word: str) -> str:
    """The word as its writer spelled it: marks, tatweel and controls dropped and
    presentation forms spelled out, but hamza on alef, madda, alef maqsura and ta
    marbuta kept, which tell إلى from آلي and على from the name علي."""
    return word.translate(_SPELLING_TABLE)


def normalize_with_map(word: str) -> tuple[str, list[int]]:
    """Normalise ``word`` and map each output index to its source index in ``word``.

    Character by character, so only for the rare tokens that are cut into parts.
    """
    out: list[str] = []
    source: list[int] = []
    for i, ch in enumerate(word):
        piece = normalize(ch)
        out.append(piece)
        source.extend([i] * len(piece))
    return "".join(out), source
