"""Paragraph direction: the one rule the reader and every export follow.

A paragraph reads in the direction of the majority of its strong letters (Arabic script
against Latin, Greek, Cyrillic), not of its first strong character as the Unicode default
(rule P2) and HTML's ``dir="auto"`` would have it: in this archive an Arabic paragraph often
starts with an acronym ("USAID ...", "GCTF ...") or a number, and must still read right to
left, on screen and in an export alike. A paragraph with no letters at all takes a fallback:
the direction of the paragraph before it in the reader, the export's language in an export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Direction = Literal["rtl", "ltr"]

_RTL_RUNS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+")
_LTR_RUNS = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+")
_PARAGRAPH_BREAK = re.compile("[\n\u2029]")


def direction_of(text: str) -> Direction | None:
    """The direction most strong letters of ``text`` ask for; None when it has none."""
    # Most paragraphs hold one script only: one scan each way settles them.
    if not _LTR_RUNS.search(text):
        return "rtl" if _RTL_RUNS.search(text) else None
    if not _RTL_RUNS.search(text):
        return "ltr"
    rtl = sum(map(len, _RTL_RUNS.findall(text)))
    ltr = sum(map(len, _LTR_RUNS.findall(text)))
    return "rtl" if rtl >= ltr else "ltr"


def reads_rtl(text: str, fallback: bool) -> bool:
    """Whether ``text`` reads right to left; ``fallback`` when it has no letters (for
    writers that mark direction as a flag: DOCX bidi, the PDF layout)."""
    found = direction_of(text)
    return fallback if found is None else found == "rtl"


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """Direction of each paragraph (Qt block) of a shown text, and of the whole document."""

    document: Direction
    each: list[Direction]


def paragraph_directions(shown: str, fallback: Direction = "rtl") -> Paragraphs:
    document = direction_of(shown) or fallback
    each: list[Direction] = []
    previous = document
    for paragraph in _PARAGRAPH_BREAK.split(shown):
        current = direction_of(paragraph) or previous
        each.append(current)
        previous = current
    return Paragraphs(document, each)
