"""Coded passages: the one rule that says which annotations are excerpts, with which themes.

A passage annotation that carries a theme (a passage tag, a note or a highlight with a
theme) is a *coded passage*. The excerpts of an archive are:

- every highlight, themed or not;
- every coded passage that no highlight overlaps (one that a highlight overlaps lends it
  its theme instead of appearing twice); coded passages on exactly the same span are one
  excerpt, represented by the first of them in the user's excerpt order.

An excerpt's themes are its own and those of every coded passage overlapping it; its notes
are its own text, then the notes overlapping it. Annotations whose passage was lost when
their document changed (orphaned) are never excerpts and lend nothing: they are returned
apart, so that callers can say they were left out.

The export model, the excerpts list and the theme overview all read excerpts through
``excerpts()``, so that a passage counted under a theme is one the user can open and export.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from archive.types import AnchorState, Annotation, Kind


def is_coded(a: Annotation) -> bool:
    """A passage coded with a theme (whatever its kind)."""
    return a.theme_id is not None


@dataclass(frozen=True, slots=True)
class Passage:
    """One excerpt: the annotation that stands for it, its themes (unordered) and notes."""

    annotation: Annotation
    themes: frozenset[str]
    notes: tuple[str, ...]


def excerpts(annotations: Sequence[Annotation]) -> tuple[list[Passage], list[Annotation]]:
    """The excerpts of ``annotations`` (given in the user's excerpt order) in that order, and
    the orphaned annotations that would have been excerpts."""
    placed = [a for a in annotations if a.anchor_state is not AnchorState.ORPHANED]
    orphans = [a for a in annotations if a.anchor_state is AnchorState.ORPHANED
               and (a.kind is Kind.HIGHLIGHT or is_coded(a))]
    highlights = _Spans([a for a in placed if a.kind is Kind.HIGHLIGHT])
    coded = _Spans([a for a in placed if is_coded(a)])
    notes = _Spans([a for a in placed if a.kind is Kind.NOTE])
    chosen: list[Annotation] = []
    seen_spans: set[tuple[str, int, int]] = set()
    for a in placed:
        if a.kind is Kind.HIGHLIGHT:
            chosen.append(a)
        elif is_coded(a) and not any(highlights.overlapping(a)):
            span = (a.document_id, a.anchor.start, a.anchor.end)
            if span not in seen_spans:
                seen_spans.add(span)
                chosen.append(a)
    passages = []
    for a in chosen:
        themes = {c.theme_id for c in coded.overlapping(a) if c.theme_id}
        if a.theme_id:
            themes.add(a.theme_id)
        own = [a.body] if a.body.strip() else []
        others = [n.body for n in notes.overlapping(a) if n.id != a.id and n.body.strip()]
        passages.append(Passage(a, frozenset(themes), tuple(own + others)))
    return passages, orphans


class _Spans:
    """Annotations of every document, sorted by start for overlap queries."""

    def __init__(self, annotations: Sequence[Annotation]) -> None:
        self._by_doc: dict[str, list[Annotation]] = {}
        for a in sorted(annotations, key=lambda a: (a.anchor.start, a.anchor.end)):
            self._by_doc.setdefault(a.document_id, []).append(a)
        self._starts = {doc: [a.anchor.start for a in items] for doc, items in self._by_doc.items()}

    def overlapping(self, passage: Annotation) -> Iterator[Annotation]:
        items = self._by_doc.get(passage.document_id, [])
        # Only those starting before the passage ends can overlap it.
        stop = bisect_left(self._starts.get(passage.document_id, []), passage.anchor.end)
        return (a for a in items[:stop] if a.anchor.end > passage.anchor.start)
