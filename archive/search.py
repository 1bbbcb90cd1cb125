"""Queries: parsing with the Arabic analyzer, ranking, facets, snippets and match offsets.

The query language is Whoosh's (AND by default, quotes for phrases, ``*`` prefixes, ``~``
fuzzy terms, OR / NOT / parentheses, ``field:`` filters). Plain words are expanded to
"stem OR exact form", the exact form boosted, so that the spelling the user typed ranks
first while every inflection still matches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from whoosh import qparser, query
from whoosh.fields import Schema
from whoosh.searching import Searcher
from whoosh.sorting import FieldFacet

from archive.arabic import analyze, normalize
from archive.errors import QuerySyntaxError
from archive.highlight import TermMatcher, make_snippet, match_spans, matcher_for

EXACT_BOOST = 1.5
# Ranking runs in two passes: every match ranked by its stems (and titles), then the best
# RESCORE_WINDOW of them scored again with the exact-form boosts (Elasticsearch's rescore).
# A boost moves a document within the window; it cannot bring one from far below it.
RESCORE_WINDOW = 100
TEXT_FIELDS = ("title", "content")
SORT_KEYS = ("relevance", "date")


@dataclass(frozen=True, slots=True)
class Hit:
    doc_id: str
    path: str
    title: str
    date: date | None
    score: float
    themes: list[str]
    snippet: str
    snippet_start: int  # offset of the snippet in the display text
    matches: list[tuple[int, int]]  # offsets into the display text


@dataclass(slots=True)
class SearchResults:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # "theme"/"year" -> counts


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
        exact = {t.position: t.term for t in analyze(text, stem=False)}
        words = [_word_query(fieldname, t.term, exact.get(t.position, t.term)) for t in stems]
        if len(words) == 1:
            result = words[0]
        else:  # one typed "word" that analysis split (glued words, hyphens): keep the order
            result = query.Phrase(fieldname, [t.term for t in stems])
        result.boost = boost
        return result


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


def _word_query(fieldname: str, stem: str, exact: str) -> query.Query:
    if stem == exact:
        return query.Term(fieldname, stem)
    # Every position holds the stem and the exact form, so the documents with the exact
    # form are among those with the stem: the exact form only adds to the score. AndMaybe
    # says so, and costs a skip through the exact form's postings instead of a union.
    return query.AndMaybe(query.Term(fieldname, stem), query.Term(fieldname, exact, boost=EXACT_BOOST))


def _unboosted(q: query.Query) -> query.Query:
    """``q`` without the clauses that only add to scores: the same documents, fewer postings."""
    if isinstance(q, query.AndMaybe):
        return _unboosted(q.a)
    return q.apply(_unboosted)


def _union_trees(q: query.Query) -> None:
    """Make every Or a tree of unions, which moves to a document without reading the rest.

    Whoosh otherwise loads every posting of an Or into arrays in a segment of under 5,000
    documents, also when the rescoring pass visits only the best hundred documents.
    """
    if isinstance(q, query.Or):
        q.matcher_type = query.Or.DEFAULT_MATCHER
    for child in q.children():
        _union_trees(child)


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
    _union_trees(parsed)
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
) -> SearchResults:
    """Run a query; ``themes`` and ``years`` narrow the results as facet clicks do.

    An empty query lists every document (browsing). Facet counts cost a pass over the
    matches' theme and year columns, so callers that show none (the command line) pass
    ``facets=False``. ``match_chars`` bounds how much of each hit's
    text is scanned for match offsets and the snippet (a results list needs the start of
    a long document, not all of it); None scans everything.
    """
    q = parse(searcher.schema, text) if text.strip() else query.Every()
    stems = _unboosted(q)  # the same documents: exact forms only add to scores
    by_date = sort == "date" or not text.strip()
    rescore = not by_date and stems != q
    window = max(limit, RESCORE_WINDOW) if rescore else limit
    filters = [query.Term("theme", t) for t in themes or []]
    filters += [query.Or([query.Term("year", y) for y in years])] if years else []
    restrict = query.And(filters) if filters else None
    groups = {"theme": FieldFacet("theme", allow_overlap=True), "year": FieldFacet("year")}
    # optimize=False: score every match, and count them on the way. Skipping the blocks
    # that cannot reach the top (Whoosh's default) rarely skips on Arabic news, where the
    # common words are everywhere, and needs a second pass to count.
    results = searcher.search(
        stems,
        limit=window,
        filter=restrict,
        sortedby="date" if by_date else None,
        reverse=by_date,
        groupedby=groups if facets else None,
        optimize=False,
    )
    ranked = [(r.docnum, r.score) for r in results[:window]]
    if rescore:  # the window only, so that a longer list continues a shorter one
        head, tail = ranked[:RESCORE_WINDOW], ranked[RESCORE_WINDOW:]
        scores = _rescored(searcher, q, [docnum for docnum, _ in head])
        head = sorted(((d, scores.get(d, s)) for d, s in head), key=lambda r: (-r[1], r[0]))
        ranked = (head + tail)[:limit]
    matcher = matcher_for(q, TEXT_FIELDS)
    hits = [_hit(searcher.stored_fields(docnum), score, matcher, match_chars) for docnum, score in ranked]
    counts = {
        name: {str(k): len(v) for k, v in results.groups(name).items() if k}
        for name in (groups if facets else ())
    }
    return SearchResults(query=text, total=len(results), hits=hits, facets=counts)


def _rescored(searcher: Searcher, q: query.Query, docnums: list[int]) -> dict[int, float]:
    """docnum -> score of ``q``, for these documents (which match it).

    Each segment's matcher is moved to the documents in turn, so only their postings are
    read, not those of every match.
    """
    wanted = sorted(docnums)
    scored: dict[int, float] = {}
    context = searcher.context()
    for sub, offset in searcher.leaf_searchers():
        end = offset + sub.doc_count_all()
        local = [d - offset for d in wanted if offset <= d < end]
        if not local:
            continue
        matcher = q.matcher(sub, context)
        for docnum in local:
            if matcher.is_active() and matcher.id() < docnum:
                matcher.skip_to(docnum)
            if not matcher.is_active():
                break
            if matcher.id() == docnum:
                scored[docnum + offset] = matcher.score()
    return scored


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

