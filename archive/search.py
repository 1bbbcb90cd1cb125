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
from whoosh.index import FileIndex
from whoosh.sorting import FieldFacet

from archive.arabic import analyze, normalize
from archive.errors import QuerySyntaxError

EXACT_BOOST = 1.5
TEXT_FIELDS = ("title", "content")
SNIPPET_CHARS = 220
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


def _word_query(fieldname: str, stem: str, exact: str) -> query.Query:
    if stem == exact:
        return query.Term(fieldname, stem)
    return query.Or([query.Term(fieldname, stem), query.Term(fieldname, exact, boost=EXACT_BOOST)])


def parse(ix: FileIndex, text: str) -> query.Query:
    """Parse a user query; raises QuerySyntaxError when nothing searchable is left."""
    if not text.strip():
        raise QuerySyntaxError("empty query")
    parser = _ArabicParser(None, ix.schema)
    parser.add_plugin(qparser.MultifieldPlugin(TEXT_FIELDS))
    parser.add_plugin(qparser.FuzzyTermPlugin())
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


def positive_terms(q: query.Query, reader) -> set[str]:
    """Terms of the text fields that a matching document contains (NOT branches left out)."""
    if isinstance(q, query.Not):
        return set()
    if isinstance(q, query.AndNot):
        return positive_terms(q.a, reader)
    if q.is_leaf():
        return {
            text.decode("utf-8") if isinstance(text, bytes) else text
            for fieldname, text in q.existing_terms(reader, phrases=True, expand=True)
            if fieldname in TEXT_FIELDS
        }
    found: set[str] = set()
    for child in q.children():
        found |= positive_terms(child, reader)
    return found


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Offsets of every word of ``text`` whose stem or exact form is one of ``terms``."""
    spans = {
        (t.start, t.end)
        for tokens in (analyze(text, stem=True), analyze(text, stem=False))
        for t in tokens
        if t.term in terms
    }
    return sorted(spans)


def snippet_window(text: str, matches: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> int:
    """Start of the ``width``-long window holding the most matches, moved to a word start."""
    if not matches:
        return 0
    best_start, best_count = matches[0][0], 0
    for i, (start, _) in enumerate(matches):
        count = sum(1 for s, _ in matches[i:] if s < start + width)
        if count > best_count:
            best_start, best_count = start, count
    begin = max(0, best_start - width // 4)
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return begin


def make_snippet(text: str, matches: list[tuple[int, int]]) -> tuple[str, int]:
    begin = snippet_window(text, matches)
    end = min(len(text), begin + SNIPPET_CHARS)
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[begin:end], begin


def search(
    ix: FileIndex,
    text: str,
    *,
    limit: int | None = 20,
    sort: str = "relevance",
    themes: list[str] | None = None,
    years: list[str] | None = None,
) -> SearchResults:
    """Run a query; ``themes`` and ``years`` narrow the results as facet clicks do."""
    q = parse(ix, text)
    filters = [query.Term("theme", t) for t in themes or []]
    filters += [query.Or([query.Term("year", y) for y in years])] if years else []
    facets = {"theme": FieldFacet("theme", allow_overlap=True), "year": FieldFacet("year")}
    with ix.searcher() as searcher:
        results = searcher.search(
            q,
            limit=limit,
            filter=query.And(filters) if filters else None,
            sortedby="date" if sort == "date" else None,
            reverse=sort == "date",
            groupedby=facets,
        )
        terms = positive_terms(q, searcher.reader())
        hits = [_hit(result, terms) for result in results]
        counts = {
            name: {str(k): len(v) for k, v in results.groups(name).items() if k}
            for name in facets
        }
        return SearchResults(query=text, total=len(results), hits=hits, facets=counts)


def _hit(result, terms: set[str]) -> Hit:
    content = result.get("content", "")
    matches = match_spans(content, terms)
    snippet, start = make_snippet(content, matches)
    stamp: datetime | None = result.get("date")
    return Hit(
        doc_id=result["doc_id"],
        path=result["path"],
        title=result.get("title", ""),
        date=stamp.date() if stamp else None,
        score=float(result.score or 0.0),
        themes=[t for t in result.get("theme", "").split(",") if t],
        snippet=snippet,
        snippet_start=start,
        matches=matches,
    )

