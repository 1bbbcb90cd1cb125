"""Queries: parsing with the Arabic analyzer, ranking, facets, snippets and match offsets.

The query language is Whoosh's (AND by default, quotes for phrases, ``*`` prefixes, ``~``
fuzzy terms, OR / NOT / parentheses, ``field:`` filters). Plain words are expanded to
"stem OR exact form", the exact form boosted, so that the spelling the user typed ranks
first while every inflection still matches.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
from whoosh import qparser, query
from whoosh.fields import Schema
from whoosh.searching import Searcher

from archive.arabic import analyze, normalize
from archive.errors import QuerySyntaxError
from archive.search import scoring
from archive.search.highlight import TermMatcher, make_snippet, match_spans, matcher_for
from archive.types import Hit, SearchResults

# The exact form's score is added to the stem's: any boost ranks the spelling typed first.
# 0.5 ranks best on benchmarks/bench_retrieval.py (MRR@10 0.847; 1.0: 0.835, 1.5: 0.818).
EXACT_BOOST = 0.5
FACETS = ("theme", "year")
TEXT_FIELDS = ("title", "content")
SORT_KEYS = ("relevance", "date")


class _ArabicParser(qparser.QueryParser):
    """Whoosh's parser, with plain words turned into stem-or-exact-form queries."""

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        if fieldname in TEXT_FIELDS and termclass in (query.Prefix, query.Wildcard):
            # Patterns match the exact forms, which keep the article and clitics the user
            # may type (الجمرك* finds الجمركية); stemming would cut into the pattern.
            return termclass(fieldname, normalize(text), boost=boost)
        if fieldname not in TEXT_FIELDS or termclass is not query.Term or not tokenize:
            return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        stems = analyze(text, stem=True)
        if not stems:
            return None
        if len(stems) > 1:  # one typed "word" that analysis split (glued words, hyphens): keep the order
            return query.Phrase(fieldname, [t.term for t in stems], boost=boost)
        stem = stems[0]
        exact = {t.position: t.term for t in analyze(text, stem=False)}.get(stem.position, stem.term)
        if stem.term == exact:
            return query.Term(fieldname, stem.term, boost=boost)
        return _StemOrExact(query.Term(fieldname, stem.term), query.Term(fieldname, exact)).with_boost(boost)


class _StemOrExact(query.AndMaybe):
    """The stem, and the exact form as it was typed (boosted).

    Every position holds the stem and the exact form, so the documents with the exact
    form are among those with the stem: the exact form only adds to the score.
    """

    def with_boost(self, boost):
        # Whoosh gives both clauses the boost when it flattens an Or: keep the exact form's.
        return self.__class__(self.a.with_boost(boost), self.b.with_boost(boost * EXACT_BOOST))


class _FuzzyTermPlugin(qparser.FuzzyTermPlugin):
    """``word~``: fuzzy terms share their first two letters with the word by default.

    Whoosh's default of one letter makes every Arabic word starting with alef a
    candidate (the article), which costs seconds on a large archive.
    """

    class FuzzyTermNode(qparser.FuzzyTermPlugin.FuzzyTermNode):
        def query(self, parser):
            q = super().query(parser)
            if isinstance(q, query.FuzzyTerm):  # a prefix longer than the word crashes Whoosh
                q.prefixlength = min(q.prefixlength, len(q.text))
            return q

    def create(self, parser, match):
        node = super().create(parser, match)
        if not match.group("prefix"):
            node.prefixlength = 2
        return node


def parse(schema: Schema, text: str) -> query.Query:
    """Parse a user query; raises QuerySyntaxError when nothing searchable is left."""
    if not text.strip():
        raise QuerySyntaxError("empty query")
    parser = _ArabicParser(None, schema)
    parser.add_plugin(qparser.MultifieldPlugin(TEXT_FIELDS))
    parser.add_plugin(_FuzzyTermPlugin())
    try:
        parsed = parser.parse(text)
    except Exception as exc:  # Whoosh raises assorted errors on odd syntax
        raise QuerySyntaxError(str(exc)) from exc
    if _has_error(parsed):
        raise QuerySyntaxError(text)
    if parsed is query.NullQuery:  # only stop words
        raise QuerySyntaxError("nothing to search for")
    return parsed


def _has_error(q: query.Query) -> bool:
    # Whoosh marks the parts it could not parse with an ``error`` attribute.
    return bool(getattr(q, "error", None)) or any(_has_error(c) for c in q.children())


def search(
    searcher: Searcher,
    text: str,
    *,
    limit: int = 20,
    sort: str = "relevance",
    themes: list[str] | None = None,
    years: list[str] | None = None,
    facets: bool = True,
    match_chars: int | None = None,
    earlier: SearchResults | None = None,
) -> SearchResults:
    """Run a query; ``themes`` and ``years`` narrow the results as facet clicks do.

    An empty query lists every document (browsing). Every match is scored (see
    archive.search.scoring), so ``total`` is exact and a longer list continues a shorter one.
    Facet counts cost a count per theme and year, so callers that show none (the command
    line) pass ``facets=False``. ``match_chars`` bounds how much of each hit's text is
    scanned for match offsets and the snippet (a results list needs the start of a long
    document, not all of it); None scans everything.

    ``earlier`` is a shorter list of the same search on the same searcher (a results list
    asking for its next page): its hits are kept, and only the new ones are built.
    """
    q = parse(searcher.schema, text) if text.strip() else query.Every()
    found = scoring.score(searcher, q)
    for allowed in _filters(searcher, themes or [], years or []):
        found = found.within(allowed)
    if sort == "date" or not text.strip():
        dates = scoring.column(searcher, "date")[found.docnums]
        order = np.lexsort((-found.docnums, dates))[::-1]  # newest first, then index order
    else:
        order = np.lexsort((found.docnums, -found.scores))  # best first, then index order
    top = order[:limit]
    hits = list(earlier.hits[: len(top)]) if earlier else []
    matcher = matcher_for(q, TEXT_FIELDS)
    hits += [
        _hit(searcher.stored_fields(int(docnum)), float(score), matcher, match_chars)
        for docnum, score in zip(found.docnums[top[len(hits) :]], found.scores[top[len(hits) :]])
    ]
    counts = _facet_counts(searcher, found.docnums) if facets else {}
    return SearchResults(query=text, total=len(found), hits=hits, facets=counts)


def _filters(searcher: Searcher, themes: list[str], years: list[str]) -> list[np.ndarray]:
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
    stamp: datetime | None = stored.get("date")
    return Hit(
        doc_id=stored["doc_id"],
        path=stored["path"],
        title=stored.get("title", ""),
        date=stamp.date() if stamp else None,
        score=float(score or 0.0),
        themes=[t for t in stored.get("theme", "").split(",") if t],
        snippet=snippet,
        snippet_start=start,
        matches=matches,
    )

