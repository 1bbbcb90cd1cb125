"""Arabic presentation forms, and what each one becomes: its base letters.

Text taken from PDFs often gives Arabic as the code points of its shaped glyphs
(U+FB50..U+FDFF, U+FE70..U+FEFF). None of them may reach the reader, the index or an
export's text (DESIGN section 4), so ingestion, the normaliser and the display text all fold
them with this one rule:

- a form with a compatibility decomposition becomes it, as NFKC does: a contextual letter
  its base letter, a ligature its letters (U+FEFB -> لا, U+FDF2 -> الله);
- the ligatures NFKC leaves alone (the basmala, the honorifics) are spelled out, and the
  ornate parentheses become plain ones;
- everything else in the ranges (the dot symbols, the tail fragment, U+FEFF, unassigned
  code points and noncharacters) is dropped.

The rule takes one character at a time: no expansion starts with a combining mark, so a run
folds as its characters do, and the reader can map offsets character by character.
"""

from __future__ import annotations

import re
import unicodedata

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_RUNS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")
_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))

# NFKC leaves these alone; their words (from their Unicode names) are what a reader sees.
_SPELLED = {
    "\ufd3e": ")",
    "\ufd3f": "(",
    "\ufd40": "رحمه الله",
    "\ufd41": "رضي الله عنه",
    "\ufd42": "رضي الله عنها",
    "\ufd43": "رضي الله عنهم",
    "\ufd44": "رضي الله عنهما",
    "\ufd45": "رضي الله عنهن",
    "\ufd46": "صلى الله عليه وآله",
    "\ufd47": "عليه السلام",
    "\ufd48": "عليهم السلام",
    "\ufd49": "عليهما السلام",
    "\ufd4a": "عليه الصلاة والسلام",
    "\ufd4b": "قدس سره",
    "\ufd4c": "صلى الله عليه وآله وسلم",
    "\ufd4d": "عليها السلام",
    "\ufd4e": "تبارك وتعالى",
    "\ufd4f": "رحمهم الله",
    "\ufdcf": "سلامه علينا",
    "\ufdfd": "بسم الله الرحمن الرحيم",
    "\ufdfe": "سبحانه وتعالى",
    "\ufdff": "عز وجل",
}


def _base_letters(ch: str) -> str:
    if ch in _SPELLED:
        return _SPELLED[ch]
    folded = unicodedata.normalize("NFKC", ch)
    return "" if folded == ch else folded


# Every code point of the ranges -> what it becomes ("" for nothing); a str.translate table.
BASE_LETTERS: dict[int, str] = {
    cp: _base_letters(chr(cp)) for low, high in _RANGES for cp in range(low, high + 1)
}


def fold_char(ch: str) -> str:
    """What one presentation-form character becomes (possibly several letters, or none)."""
    return BASE_LETTERS[ord(ch)]


def fold_forms(text: str) -> str:
    """``text`` with every presentation form folded to its base letters, the rest untouched
    (NFKC on the whole text would also change digits, Latin ligatures and spacing)."""
    return _RUNS.sub(lambda run: run.group().translate(BASE_LETTERS), text)
