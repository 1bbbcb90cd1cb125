"""Text as the widgets show it: presentation forms folded, Qt positions.

Pure Python (no Qt), so it can run on worker threads and be tested on its own.

The core's display text is the reference every offset points into (Python code points). The
widgets need two changes and one conversion:

- Arabic presentation-form characters never reach a widget (DESIGN section 4): each is
  folded to its base letters (``archive.text.forms``). Qt shapes the base letters itself.
- A carriage return, which Qt would take for a paragraph break, becomes a newline (same length).
- Qt counts positions in UTF-16 units: a character outside the BMP counts two.

``OffsetMap`` turns core offsets into positions in the shown text, in one bisect, and is the
identity (no table at all) for the usual text that needs neither change.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from archive.text.forms import PRESENTATION_FORMS, fold_char, fold_forms

_SPECIAL = re.compile("[\ufb50-\ufdff\ufe70-\ufeff\r\U00010000-\U0010ffff]")


def fold(text: str) -> str:
    """``text`` without presentation forms (the base letters instead) and without CR."""
    if not _SPECIAL.search(text):
        return text
    return fold_forms(text).replace("\r", "\n")


def one_line(text: str) -> str:
    """Folded, every run of whitespace one space: for titles, snippets and labels."""
    return " ".join(fold(text).split())


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class OffsetMap:
    """Maps code-point offsets of a display text to UTF-16 positions in its shown form."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.shown = fold(source)
        self._points: list[int] = []  # offsets of the characters that change width
        self._deltas: list[int] = []  # cumulative width change after each of them
        total = 0
        for match in _SPECIAL.finditer(source):
            ch = match.group()
            if ch == "\r":
                continue
            width = _utf16_len(fold_char(ch)) if PRESENTATION_FORMS.match(ch) else 2
            if width != 1:
                total += width - 1
                self._points.append(match.start())
                self._deltas.append(total)
        self.qt_length = len(source) + total

    @property
    def is_identity(self) -> bool:
        return not self._points

    def to_qt(self, offset: int) -> int:
        """The Qt position of a code-point offset of the source text."""
        offset = max(0, min(offset, len(self.source)))
        i = bisect_left(self._points, offset)
        return offset + (self._deltas[i - 1] if i else 0)

    def to_source(self, position: int) -> int:
        """The code-point offset of the source text at a Qt position (the inverse of
        ``to_qt``; a position inside a folded character gives that character's start)."""
        if self.is_identity:
            return max(0, min(position, len(self.source)))
        low, high = 0, len(self.source)
        while low < high:  # the last offset whose Qt position is <= position
            middle = (low + high + 1) // 2
            if self.to_qt(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low

    def spans_to_qt(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(self.to_qt(s), self.to_qt(e)) for s, e in spans if e > s]

    def shown_between(self, qt_start: int, qt_end: int) -> str:
        """The shown text between two Qt positions (what a copy must give)."""
        if qt_start > qt_end:
            qt_start, qt_end = qt_end, qt_start
        if self.is_identity:
            return self.shown[qt_start:qt_end]
        data = self.shown.encode("utf-16-le")[2 * qt_start : 2 * qt_end]
        return data.decode("utf-16-le", errors="ignore")
