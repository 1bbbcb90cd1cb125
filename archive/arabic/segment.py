"""Repair of words glued together by bad scraping (الولاياتالمتحدة, وزيرالمالية).

A normalised Arabic token that the lexicon does not know (or knows as very rare)
is cut into known words when a cut is clearly better than the whole.  The model is
a unigram one in Zipf units: a segmentation scores the sum of its parts' Zipf
frequencies minus ``SPLIT_PENALTY`` per cut, and is taken when it beats the
whole's Zipf by ``MIN_GAIN``.  Every part must be at least ``MIN_PART`` letters and
clearly known (Zipf >= ``PART_ZIPF``), which keeps real rare words whole: مجالات
(4.59) is not even a candidate, and a rare name is rarely two frequent words.
Measured on the sample archive, the retrieval passages and Lucene's test sentences
(81k tokens), shorter parts mostly cut rare names into frequent fragments (كوبلاي ->
كوب لاي, ساندبي -> سان دبي, وزيرالمالية -> وزيرا لم اليه), so a part needs four
letters; and a token that is a clitic form of a known word (والاجمالية = و +
الاجمالية, اكتشافاتهم = اكتشافات + هم) is not glued at all.
"""

from __future__ import annotations

import re

from archive.arabic.lexicon import Lexicon
from archive.arabic.stem import ARTICLES, KNOWN, PROCLITIC_MARGINS, PRONOUNS

RARE = 2.5  # a token this rare (or unknown) may be glued
PART_ZIPF = 3.5
MIN_PART = 4
MAX_PART = 15  # longer than any Arabic word the lexicon holds
MAX_TOKEN = 60  # longer tokens are not prose; do not spend time on them
SPLIT_PENALTY = 5.0
MIN_GAIN = 3.5

_ARABIC_LETTERS = re.compile(r"[\u0621-\u063A\u0641-\u064A]+")


def segment(word: str, lexicon: Lexicon) -> list[tuple[int, int]] | None:
    """Return the ``(start, end)`` spans of ``word``'s parts, or None to keep it whole.

    ``word`` is a normalised token; spans index into it and cover it exactly.
    """
    n = len(word)
    if n < 2 * MIN_PART or n > MAX_TOKEN or not _ARABIC_LETTERS.fullmatch(word):
        return None
    whole = lexicon.zipf(word)
    if whole >= RARE or _is_clitic_form(word, lexicon):
        return None
    # best[j]: (score, cuts) of the best segmentation of word[:j]; None if none.
    best: list[tuple[float, tuple[int, ...]] | None] = [None] * (n + 1)
    best[0] = (SPLIT_PENALTY, ())  # the first part pays no penalty
    for end in range(MIN_PART, n + 1):
        candidates = []
        for start in range(max(0, end - MAX_PART), end - MIN_PART + 1):
            prev = best[start]
            if prev is None:
                continue
            part_zipf = lexicon.zipf(word[start:end])
            if part_zipf >= PART_ZIPF:
                score = prev[0] + part_zipf - SPLIT_PENALTY
                # Prefer fewer cuts on equal scores.
                candidates.append((score, -len(prev[1]), prev[1] + (start,)))
        if candidates:
            score, _, cuts = max(candidates)
            best[end] = (score, cuts)
    final = best[n]
    if final is None or len(final[1]) < 2 or final[0] < whole + MIN_GAIN:
        return None
    starts = final[1]
    return list(zip(starts, (*starts[1:], n), strict=True))


def _is_clitic_form(word: str, lexicon: Lexicon) -> bool:
    """True if removing one proclitic or pronoun suffix leaves a known word."""
    prefixes = (*ARTICLES, "و", *PROCLITIC_MARGINS)
    rests = [word[len(p) :] for p in prefixes if word.startswith(p)]
    rests += [word[: -len(s)] for s in PRONOUNS if word.endswith(s)]
    return any(len(rest) >= 3 and lexicon.zipf(rest) >= KNOWN for rest in rests)
