"""Searching: a query ranked once, then read a page at a time (hits, snippets, match offsets).

``rank`` scores every match of a query (see archive.search.scoring), applies the facet
filters, orders the matches and counts the facets. ``Ranking.page`` builds the hits of any
slice of that order; a hit once built is kept, so a results list asking for its next page
costs only the new hits, never a second scoring.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

import numpy as np
from whoosh import query
from whoosh.searching import Searcher

from archive.search import scoring
from archive.search.highlight import TermMatcher, make_snippet, match_spans, matcher_for
from archive.search.parsing import TEXT_FIELDS, parse
from archive.types import Hit, SearchResults

FACETS = ("theme", "year")


@dataclass(slots=True)
class Ranking:
    """Every match of one query on one searcher, in result order."""

    searcher: Searcher
    query: str
    docnums: np.ndarray  # in result order
    scores: np.ndarray
    facets: dict[str, dict[str, int]]
    matcher: TermMatcher
    match_chars: int | None
    _built: dict[int, Hit] = field(default_factory=dict)  # rank -> hit

    @property
    def total(self) -> int:
        return len(self.docnums)

    def page(self, offset: int = 0, limit: int = 20) -> SearchResults:
        """The hits of ranks ``offset`` .. ``offset + limit`` (fewer at the end)."""
        ranks = range(max(0, offset), min(self.total, max(0, offset) + max(0, limit)))
        for rank in ranks:
            if rank not in self._built:
                stored = self.searcher.stored_fields(int(self.docnums[rank]))
                self._built[rank] = _hit(stored, float(self.scores[rank]), self.matcher, self.match_chars)
        return SearchResults(
            query=self.query, total=self.total, hits=[self._built[r] for r in ranks],
            facets=self.facets, offset=ranks.start,
        )


def rank(
    searcher: Searcher,
    text: str,
    *,
    sort: str = "relevance",
    themes: list[str] | tuple[str, ...] = (),
    years: list[str] | tuple[str, ...] = (),
    facets: bool = True,
    match_chars: int | None = None,
    known_themes: Collection[str] | None = None,
) -> Ranking:
    """Score and order every match of ``text``; ``themes`` and ``years`` narrow the results as
    facet clicks do.

    An empty query lists every document (browsing), newest first. Facet counts cost a count
    per theme and year, so callers that show none (the command line) pass ``facets=False``.
    ``match_chars`` bounds how much of each hit's text is scanned for match offsets and the
    snippet (a results list needs the start of a long document, not all of it); None scans
    everything.
    """
    q = parse(searcher.schema, text, themes=known_themes) if text.strip() else query.Every()
    found = scoring.score(searcher, q)
    for allowed in _filters(searcher, themes, years):
        found = found.within(allowed)
    if sort == "date" or not text.strip():
        dates = scoring.column(searcher, "date")[found.docnums]
        dates[dates == np.iinfo(dates.dtype).max] = 0  # undated (the column's default): last
        order = np.lexsort((-found.docnums, dates))[::-1]  # newest first, then index order
    else:
        order = np.lexsort((found.docnums, -found.scores))  # best first, then index order
    return Ranking(
        searcher, text, found.docnums[order], found.scores[order],
        _facet_counts(searcher, found.docnums) if facets else {},
        matcher_for(q, TEXT_FIELDS), match_chars,
    )


def _filters(searcher: Searcher, themes, years) -> list[np.ndarray]:
    """The documents each facet click allows: every theme clicked, any year clicked."""
    allowed = [scoring.term_docs(searcher, "theme", theme) for theme in themes]
    if years:
        allowed.append(np.concatenate([scoring.term_docs(searcher, "year", year) for year in years]))
    return allowed


def _facet_counts(searcher: Searcher, docnums: np.ndarray) -> dict[str, dict[str, int]]:
    matched = np.zeros(searcher.doc_count_all(), dtype=bool)
    matched[docnums] = True
    counts: dict[str, dict[str, int]] = {}
    for name in FACETS:
        keys = (key.decode("utf-8") for key in searcher.lexicon(name))
        per_key = {key: int(matched[scoring.term_docs(searcher, name, key)].sum()) for key in keys}
        counts[name] = {key: n for key, n in per_key.items() if n}
    return counts


def _hit(stored: dict, score: float, matcher: TermMatcher, match_chars: int | None) -> Hit:
    content = stored.get("content", "")
    matches = match_spans(content[:match_chars], matcher)
    snippet, start = make_snippet(content, matches)
    return Hit(
        doc_id=stored["doc_id"],
        path=stored["path"],
        title=stored.get("title", ""),
        date=stored.get("date_label"),
        score=float(score or 0.0),
        themes=[t for t in stored.get("theme", "").split(",") if t],
        snippet=snippet,
        snippet_start=start,
        matches=matches,
    )
