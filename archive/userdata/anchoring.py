"""Anchors of passages in a document's display text, and re-anchoring after the text changed.

An anchor carries both W3C selectors: a TextPositionSelector (``start``, ``end`` in code
points of the display text) and a TextQuoteSelector (``exact`` with about ``QUOTE_CONTEXT``
characters of ``prefix`` and ``suffix``). Positions are fast and exact while the text stays
the same; the quote finds the passage again once it has changed.

``locate`` decides, against a new text, where an old anchor now is:

1. the position still holds the exact quote -> ``IN_PLACE`` (context refreshed);
2. the quote occurs elsewhere -> ``MOVED`` to the occurrence whose surroundings agree best
   with the old prefix and suffix, the nearest to the old position among equals;
3. the quote is gone but the old prefix and suffix still enclose a passage of about the old
   length (an edit inside the passage) -> ``MOVED`` to that passage;
4. otherwise ``LOST``: the caller keeps the annotation and flags it orphaned.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

from archive.types import Anchor

# A prefix or suffix shorter than this is too weak to locate an edited passage by.
MIN_CONTEXT = 8


class Resolution(Enum):
    IN_PLACE = "in_place"
    MOVED = "moved"
    LOST = "lost"


def locate(anchor: Anchor, text: str) -> tuple[Anchor, Resolution]:
    """Where ``anchor`` lies in ``text`` now (see the module docstring)."""
    if text[anchor.start : anchor.end] == anchor.exact and anchor.exact:
        return Anchor.at(text, anchor.start, anchor.end), Resolution.IN_PLACE
    start = _find_quote(anchor, text)
    if start is not None:
        return Anchor.at(text, start, start + len(anchor.exact)), Resolution.MOVED
    span = _find_between_context(anchor, text)
    if span is not None:
        return Anchor.at(text, *span), Resolution.MOVED
    return anchor, Resolution.LOST


def find_quote(text: str, exact: str, prefix: str = "", suffix: str = "", near: int = 0) -> Anchor | None:
    """Anchor a quote-only selector (as W3C imports bring): the best occurrence, or None."""
    probe = Anchor(near, near, exact, prefix, suffix)
    start = _find_quote(probe, text)
    return None if start is None else Anchor.at(text, start, start + len(exact))


def _find_quote(anchor: Anchor, text: str) -> int | None:
    """Start of the occurrence of the exact quote that fits the old context best."""
    exact = anchor.exact
    if not exact:
        return None
    candidates = list(_occurrences(text, exact))
    if not candidates:
        return None
    scored = [(_context_agreement(anchor, text, i), -abs(i - anchor.start), i) for i in candidates]
    agreement, _, best = max(scored)
    # A quote found many times with none of its old context could be any of them: a wrong
    # guess would misplace the note silently, so only a unique occurrence needs no context.
    if agreement == 0 and len(candidates) > 1:
        return None
    return best


def _find_between_context(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The span between the old prefix and suffix, when the passage itself was edited."""
    if len(anchor.prefix) < MIN_CONTEXT or len(anchor.suffix) < MIN_CONTEXT:
        return None
    old_length = len(anchor.exact)
    slack = max(16, old_length // 2)
    best: tuple[int, int] | None = None
    for prefix_at in _occurrences(text, anchor.prefix):
        start = prefix_at + len(anchor.prefix)
        end = text.find(anchor.suffix, start)
        if end <= start or abs((end - start) - old_length) > slack:
            continue
        if best is None or abs(start - anchor.start) < abs(best[0] - anchor.start):
            best = (start, end)
    return best


def _context_agreement(anchor: Anchor, text: str, start: int) -> int:
    """How many characters of the old prefix and suffix surround an occurrence at ``start``."""
    before = text[max(0, start - len(anchor.prefix)) : start]
    after_start = start + len(anchor.exact)
    after = text[after_start : after_start + len(anchor.suffix)]
    return _common_suffix(anchor.prefix, before) + _common_prefix(anchor.suffix, after)


def _occurrences(text: str, needle: str) -> Iterator[int]:
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + 1)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
