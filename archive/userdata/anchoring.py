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

Time is linear in the text for each anchor, however often the quote occurs (a word found
400,000 times in one document): the context's agreement is not scored occurrence by
occurrence; instead the quote is searched with decreasing lengths of its old context
around it (``_CONTEXT_STEPS``), each one scan of the text, and the first length found wins.
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
    for before, after in _context_lengths(anchor, text):
        prefix = anchor.prefix[len(anchor.prefix) - before :]
        found = _nearest(text, prefix + exact + anchor.suffix[:after], anchor.start - before)
        if found is not None:
            return found + before
    # A quote found many times with none of its old context could be any of them: a wrong
    # guess would misplace the note silently, so only a unique occurrence needs no context.
    first = text.find(exact)
    if first == -1 or text.find(exact, first + 1) != -1:
        return None
    return first


_CONTEXT_STEPS = (64, 32, 16, 8, 4, 2, 1)


def _context_lengths(anchor: Anchor, text: str) -> list[tuple[int, int]]:
    """(characters of prefix, of suffix) to try around the quote, the most context first,
    never neither; only lengths that occur with the quote on their own side are tried."""
    exact, prefix, suffix = anchor.exact, anchor.prefix, anchor.suffix
    befores = [b for b in sorted({min(len(prefix), n) for n in _CONTEXT_STEPS}) if b and prefix[-b:] + exact in text]
    afters = [a for a in sorted({min(len(suffix), n) for n in _CONTEXT_STEPS}) if a and exact + suffix[:a] in text]
    pairs = {(b, a) for b in [0, *befores] for a in [0, *afters] if b or a}
    return sorted(pairs, key=lambda pair: (-(pair[0] + pair[1]), -min(pair)))


def _nearest(text: str, needle: str, near: int) -> int | None:
    """The occurrence of ``needle`` nearest to ``near``: two scans, wherever it occurs."""
    near = max(0, min(near, len(text)))
    after = text.find(needle, near)
    before = text.rfind(needle, 0, near + len(needle) - 1)
    found = [i for i in (before, after) if i != -1]
    return min(found, key=lambda i: (abs(i - near), i)) if found else None


def _find_between_context(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The span between the old prefix and suffix, when the passage itself was edited."""
    if len(anchor.prefix) < MIN_CONTEXT or len(anchor.suffix) < MIN_CONTEXT:
        return None
    old_length = len(anchor.exact)
    slack = max(16, old_length // 2)
    best: tuple[int, int] | None = None
    for prefix_at in _occurrences(text, anchor.prefix):
        start = prefix_at + len(anchor.prefix)
        # Only a suffix within the slack counts: look that far, not to the end of the text.
        window = (start + max(1, old_length - slack), start + old_length + slack + len(anchor.suffix))
        end = text.find(anchor.suffix, *window)
        if end <= start:
            continue
        if best is None or abs(start - anchor.start) < abs(best[0] - anchor.start):
            best = (start, end)
    return best


def _occurrences(text: str, needle: str) -> Iterator[int]:
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + 1)
