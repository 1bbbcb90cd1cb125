"""A title for documents whose metadata has none: their first meaningful line."""

from __future__ import annotations

import re

MAX_TITLE_CHARS = 90
# Lines shorter than this (a page number, a bullet, "***") say nothing about the document.
MIN_LINE_CHARS = 4
# A title is cut to MAX_TITLE_CHARS anyway: looking at more of a line than this only gives
# hostile lines (100 kB of "[") more text to work on.
MAX_SCANNED_CHARS = 4 * 1024

_SENTENCE_END = re.compile(r"[.!?؟۔](?=\s)")
_MARKDOWN_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+")
# No bracket inside the text, no parenthesis inside the target: each attempt stops at the
# next "[" or "(", so a line of unclosed brackets costs linear time, not quadratic.
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"[*_`~]{1,3}")


def _meaningful(line: str) -> bool:
    letters = sum(ch.isalpha() for ch in line)
    return len(line) >= MIN_LINE_CHARS and letters >= 2


def shorten(line: str, limit: int = MAX_TITLE_CHARS) -> str:
    """Keep the first sentence when it fits, else cut at a word boundary and add "…"."""
    line = " ".join(line.split())
    if len(line) <= limit:
        return line
    end = _SENTENCE_END.search(line, 0, limit + 1)
    if end and end.start() >= limit // 3:
        return line[: end.start() + 1]
    cut = line.rfind(" ", 0, limit)
    if cut < limit // 3:  # one huge word: a hard cut reads better than a stub
        cut = limit - 1
    return line[:cut].rstrip(" ،,;:-–—") + "…"


def _strip_markdown(line: str) -> str:
    line = _MARKDOWN_PREFIX.sub("", line)
    return _MARKDOWN_EMPHASIS.sub("", _MARKDOWN_LINK.sub(r"\1", line))


def title_from_text(text: str, *, markdown: bool = False) -> str | None:
    """The first meaningful line of ``text``, shortened; None when there is none.

    With ``markdown``, heading marks, list bullets, links and emphasis are dropped first.
    """
    for whole in text.split("\n"):
        raw = whole[:MAX_SCANNED_CHARS]
        line = (_strip_markdown(raw) if markdown else raw).strip()
        if _meaningful(line):
            return shorten(line)
    return None
