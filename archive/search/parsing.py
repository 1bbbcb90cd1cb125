"""Query parsing: Whoosh's query language with the Arabic analyzer.

The query language is Whoosh's (AND by default, quotes for phrases, ``*`` prefixes, ``~``
fuzzy terms, OR / NOT / parentheses, ``field:`` filters). Plain words are expanded to
"stem OR exact form", the exact form boosted, so that the spelling the user typed ranks
first while every inflection still matches.
"""

from __future__ import annotations

import difflib
import fnmatch
from collections.abc import Collection

from whoosh import qparser, query
from whoosh.fields import Schema

from archive.arabic import analyze, normalize
from archive.errors import QuerySyntaxError, UnclosedQuote, UnknownFieldValue
from archive.search import limits
from archive.types import UNDATED

# The exact form's score is added to the stem's: any boost ranks the spelling typed first.
# 0.5 ranks best on benchmarks/bench_retrieval.py (MRR@10 0.847; 1.0: 0.835, 1.5: 0.818).
EXACT_BOOST = 0.5
TEXT_FIELDS = ("title", "content")


class _ArabicParser(qparser.QueryParser):
    """Whoosh's parser, with plain words turned into stem-or-exact-form queries."""

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        if termclass in (query.Prefix, query.Wildcard):
            limits.check_pattern(text)
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
                limits.check_fuzzy(q.maxdist)
            return q

    def create(self, parser, match):
        node = super().create(parser, match)
        if not match.group("prefix"):
            node.prefixlength = 2
        return node


def parse(schema: Schema, text: str, *, themes: Collection[str] | None = None) -> query.Query:
    """Parse a user query; raises QuerySyntaxError when nothing searchable is left, and its
    subclasses for a quote left open or a filter value its field cannot hold (``themes``: the
    theme ids that exist; None checks no theme)."""
    if not text.strip():
        raise QuerySyntaxError("empty query")
    limits.check_text(text)
    if text.count('"') % 2:
        raise UnclosedQuote(text)  # Whoosh would search the phrase's words one by one
    parser = _ArabicParser(None, schema)
    parser.add_plugin(qparser.MultifieldPlugin(TEXT_FIELDS))
    parser.add_plugin(_FuzzyTermPlugin())
    try:
        parsed = parser.parse(text)
    except QuerySyntaxError:
        raise
    except Exception as exc:  # Whoosh raises assorted errors on odd syntax
        raise QuerySyntaxError(str(exc)) from exc
    if _has_error(parsed):
        raise QuerySyntaxError(text)
    if parsed is query.NullQuery:  # only stop words
        raise QuerySyntaxError("nothing to search for")
    limits.check_terms(sum(len(getattr(leaf, "words", ())) or 1 for leaf in parsed.leaves()))
    _check_filters(parsed, themes)
    return parsed


def _has_error(q: query.Query) -> bool:
    # Whoosh marks the parts it could not parse with an ``error`` attribute.
    return bool(getattr(q, "error", None)) or any(_has_error(c) for c in q.children())


def _check_filters(q: query.Query, themes: Collection[str] | None) -> None:
    """Refuse ``year:`` values that are not years and ``theme:`` ids that do not exist: both
    would quietly find nothing."""
    for leaf in q.leaves():
        field = getattr(leaf, "fieldname", None)
        values = [v for v in (getattr(leaf, "text", None), getattr(leaf, "start", None), getattr(leaf, "end", None))
                  if isinstance(v, str)]
        if field == "year":
            for value in values:
                if value != UNDATED and not (value.isascii() and value.isdigit() and len(value) <= 4):
                    raise UnknownFieldValue("year", value)
        elif field == "theme" and themes is not None:
            for value in values:
                if not fnmatch.filter(themes, value + "*" if isinstance(leaf, query.Prefix) else value):
                    close = difflib.get_close_matches(value, list(themes), n=1, cutoff=0.6)
                    raise UnknownFieldValue("theme", value, close[0] if close else None)
