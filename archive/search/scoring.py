"""Every match of a query with its BM25F score, computed a posting list at a time.

Whoosh scores one document at a time in Python, about 6 µs per document and term: a
query of three common words over 50,000 news articles costs a third of a second. Here a
term's postings come as arrays (archive.search.term_arrays) and are scored at once with numpy,
and the query's boolean structure becomes set operations on sorted document arrays. The
scores are Whoosh's own (BM25F with its global statistics, boosts, the title field's
boost baked into its postings); tests compare the two on every kind of query.

Phrases are the intersection of their words, kept where the positions follow each other.
Other queries (ranges, spans) are left to Whoosh's matchers, whose matches are collected
into the same arrays.

This reads Whoosh 2.7's segment structures (length columns) directly;
the version is pinned in uv.lock, and an upgrade that changes them fails those tests.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import reduce

import numpy as np
from whoosh import query
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.columns import EmptyColumnReader
from whoosh.reading import IndexReader
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from archive.search import term_arrays
from archive.search.limits import Deadline

# Whoosh stores field lengths as one byte; this decodes all 256 at once.
_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
_NO_IDS = np.empty(0, dtype=np.int64)
_NO_SCORES = np.empty(0, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Matches:
    """Document numbers in increasing order and their scores."""

    docnums: np.ndarray
    scores: np.ndarray

    def __len__(self) -> int:
        return len(self.docnums)

    def within(self, allowed: np.ndarray) -> Matches:
        keep = np.isin(self.docnums, allowed, assume_unique=True)
        return Matches(self.docnums[keep], self.scores[keep])


_EMPTY = Matches(_NO_IDS, _NO_SCORES)


def score(searcher: Searcher, q: query.Query, deadline: Deadline | None = None) -> Matches:
    """Every live document matching ``q`` in the whole index, with Whoosh's score; raises
    ``QueryTooComplex`` past ``deadline`` or a pattern's expansion limit."""
    if not isinstance(searcher.weighting, BM25F):
        raise TypeError("scoring follows Whoosh's BM25F")
    context = searcher.context()
    deadline = deadline or Deadline()
    parts = []
    for sub, offset in searcher.leaf_searchers():
        found = _Segment(searcher, sub, context, deadline).matches(q)
        parts.append(Matches(found.docnums + offset, found.scores))
    return _concat(parts)


def term_docs(searcher: Searcher, fieldname: str, text: str) -> np.ndarray:
    """The live documents holding a term, in increasing order (filters and facets)."""
    parts = [
        _cached(sub.reader(), ("docs", fieldname, text), _term_docs_of) + offset
        for sub, offset in searcher.leaf_searchers()
    ]
    return np.concatenate(parts) if parts else _NO_IDS


def column(searcher: Searcher, fieldname: str) -> np.ndarray:
    """A numeric column (such as dates) of every document, deleted ones included."""
    parts = [_cached(sub.reader(), ("column", fieldname), _column_of) for sub, _ in searcher.leaf_searchers()]
    return np.concatenate(parts) if parts else _NO_IDS


class _Segment:
    """Scores a query over one segment, with the statistics of the whole index."""

    def __init__(self, top: Searcher, sub: Searcher, context, deadline: Deadline) -> None:
        self.top = top
        self.sub = sub
        self.reader = sub.reader()
        self.context = context
        self.deadline = deadline

    def matches(self, q: query.Query) -> Matches:
        self.deadline.check()
        if isinstance(q, query.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, query.MultiTerm) and q.field():
            # Prefixes, wildcards, fuzzy terms: the union of the terms they expand to.
            words = [query.Term(q.field(), w) for w in self.deadline.expansions(q._btexts(self.reader)) if w]
            return self.matches(query.Or(words, boost=q.boost))
        if isinstance(q, query.Every):
            docnums = self._live_docnums()
            if q.fieldname:  # ``field:*``: the documents with words in it (Whoosh reads every posting)
                docnums = docnums[_cached(self.reader, ("length", q.fieldname), _lengths_of)[docnums] > 0]
            return Matches(docnums, np.full(len(docnums), float(q.boost)))
        if type(q) is query.Not:  # every other document, each scoring 1 as in Whoosh
            docnums = np.setdiff1d(self._live_docnums(), self.matches(q.query).docnums, assume_unique=True)
            return Matches(docnums, np.ones(len(docnums)))
        if type(q) in (query.And, query.Or) and not getattr(q, "scale", None):
            return self._compound(q)
        if isinstance(q, query.AndMaybe):
            return _and_maybe(self.matches(q.a), self.matches(q.b))
        if type(q) is query.AndNot:
            return _and_not(self.matches(q.a), self.matches(q.b))
        if type(q) is query.Phrase and q.fieldname in self.reader.schema and self._has_positions(q.fieldname):
            return self._phrase(q)
        if q is query.NullQuery:
            return _EMPTY
        return self._collected(q)

    def _compound(self, q: query.CompoundQuery) -> Matches:
        if not q.subqueries:
            return _EMPTY
        parts = [self.matches(sub) for sub in q.subqueries]
        if len(parts) == 1:  # Whoosh applies no boost to a single clause
            return parts[0]
        found = reduce(_intersection, parts) if isinstance(q, query.And) else _union(parts)
        return Matches(found.docnums, found.scores * q.boost) if q.boost != 1.0 else found

    def _term(self, fieldname: str, text, boost: float) -> Matches:
        postings = _live_postings(self.reader, fieldname, text)
        if postings is None:
            return _EMPTY
        scores = self._scores(fieldname, postings)
        return Matches(postings.docnums, scores * boost if boost != 1.0 else scores)

    def _phrase(self, q: query.Phrase) -> Matches:
        """Documents with the words in order (Whoosh's SpanNear2), scored as their sum."""
        words: list[_Postings] = []
        positions: list[list[bytes]] = []  # each word's encoded positions, row by row
        for word in q.words:
            postings = _live_postings(self.reader, q.fieldname, word, values=True)
            if postings is None:
                return _EMPTY
            assert postings.values is not None  # asked for with values=True
            words.append(postings)
            positions.append(postings.values)
        if not words:
            return _EMPTY
        docnums = reduce(lambda a, b: a[_common(a, b)[0]], [postings.docnums for postings in words])
        rows = [np.searchsorted(postings.docnums, docnums) for postings in words]
        scores = sum(
            (self._scores(q.fieldname, postings)[at] for postings, at in zip(words, rows, strict=True)),
            start=np.zeros(len(docnums)),
        )
        decode = self.reader.schema[q.fieldname].format.decode_positions
        keep = np.array(
            [
                _in_sequence((decode(values[at[i]]) for values, at in zip(positions, rows, strict=True)), q.slop)
                for i in range(len(docnums))
            ],
            dtype=np.bool_,
        )
        return Matches(docnums[keep], scores[keep] * q.boost)

    def _scores(self, fieldname: str, postings: _Postings) -> np.ndarray:
        if self.reader.schema[fieldname].scorable:
            return self._bm25(fieldname, postings.btext, postings.docnums, postings.weights)
        return postings.weights  # Whoosh scores a term of an unscored field by its weight

    def _bm25(self, fieldname: str, btext: bytes, docnums: np.ndarray, tf: np.ndarray) -> np.ndarray:
        weighting = self.top.weighting
        b = weighting._field_B.get(fieldname, weighting.B)
        k1 = weighting.K1
        idf = self.top.idf(fieldname, btext)
        avgfl = self.top.avg_field_length(fieldname) or 1
        fl = _cached(self.reader, ("length", fieldname), _lengths_of)[docnums]
        # The operations in the order of whoosh.scoring.bm25, so the floats come out the same.
        return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))

    def _has_positions(self, fieldname: str) -> bool:
        field_format = self.reader.schema[fieldname].format
        return bool(field_format) and field_format.supports("positions")

    def _live_docnums(self) -> np.ndarray:
        return np.flatnonzero(_cached(self.reader, ("live",), _live_of)).astype(np.int64)

    def _collected(self, q: query.Query) -> Matches:
        """Whoosh's own matcher, walked to the end (ranges, spans)."""
        matcher = q.matcher(self.sub, self.context)
        docnums, scores = [], []
        while matcher.is_active():
            docnums.append(matcher.id())
            scores.append(matcher.score())
            matcher.next()
        return Matches(np.array(docnums, dtype=np.int64), np.array(scores, dtype=np.float64))


@dataclass(frozen=True, slots=True)
class _Postings:
    """A term's live postings in one segment: documents, weights, and encoded positions."""

    btext: bytes
    docnums: np.ndarray
    weights: np.ndarray
    values: list[bytes] | None  # only when asked for (phrases)


def _live_postings(reader: IndexReader, fieldname: str, text, values: bool = False) -> _Postings | None:
    """A term's postings without deleted documents; None if the segment lacks the term."""
    if fieldname not in reader.schema:
        return None
    try:
        btext = reader.schema[fieldname].to_bytes(text)
    except ValueError:
        return None
    if (fieldname, btext) not in reader:
        return None
    stored = None if values else _arrays(reader).get(fieldname, btext)
    if stored:
        (docnums, weights), encoded = stored, None
    else:
        docnums, weights, encoded = term_arrays.decode(reader.postings(fieldname, btext), values)
    live = _cached(reader, ("live",), _live_of)
    if not live.all():
        keep = live[docnums]
        docnums, weights = docnums[keep], weights[keep]
        encoded = [encoded[i] for i in np.flatnonzero(keep)] if encoded is not None else None
    return _Postings(btext, docnums, weights, encoded)


def _in_sequence(positions: Iterator[list[int]], slop: int) -> bool:
    """Whether the words occur in order, each 1 to ``slop`` positions after the one before.

    ``positions`` gives each word's positions in turn, decoded only while it may match.
    """
    ends = set(next(positions))
    steps = range(1, slop + 1)
    for following in positions:
        ends = {end + step for end in ends for step in steps}.intersection(following)
        if not ends:
            return False
    return True


def _common(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where the numbers both sorted arrays hold are, in ``a`` and in ``b``.

    (np.intersect1d sorts both again, and its first call imports numpy.ma: 80 ms.)
    """
    if not len(a) or not len(b):
        return _NO_IDS, _NO_IDS
    at = np.minimum(np.searchsorted(b, a), len(b) - 1)
    found = b[at] == a
    return np.flatnonzero(found), at[found]


def _intersection(a: Matches, b: Matches) -> Matches:
    ia, ib = _common(a.docnums, b.docnums)
    return Matches(a.docnums[ia], a.scores[ia] + b.scores[ib])


def _union(parts: list[Matches]) -> Matches:
    together = _concat(parts)
    docnums, inverse = np.unique(together.docnums, return_inverse=True)
    return Matches(docnums, np.bincount(inverse, weights=together.scores, minlength=len(docnums)))


def _and_maybe(a: Matches, b: Matches) -> Matches:
    ia, ib = _common(a.docnums, b.docnums)
    scores = a.scores.copy()
    scores[ia] += b.scores[ib]
    return Matches(a.docnums, scores)


def _and_not(a: Matches, b: Matches) -> Matches:
    keep = ~np.isin(a.docnums, b.docnums, assume_unique=True)
    return Matches(a.docnums[keep], a.scores[keep])


def _concat(parts: list[Matches]) -> Matches:
    if not parts:
        return _EMPTY
    return Matches(np.concatenate([p.docnums for p in parts]), np.concatenate([p.scores for p in parts]))


# Per-segment arrays, kept as long as the segment's reader: a segment never changes, and
# its deletions only change in a new reader.
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _cached(reader: IndexReader, key: tuple, build):
    arrays = _CACHE.setdefault(reader, {})
    if key not in arrays:
        arrays[key] = build(reader, *key[1:])
    return arrays[key]


def _arrays(reader: IndexReader) -> term_arrays.SegmentArrays:
    """The segment's term arrays, looked for again while it has none: a searcher opened
    between a commit and the indexer writing them picks them up when they come."""
    cached = _CACHE.setdefault(reader, {})
    if cached.get("arrays") is None:
        cached["arrays"] = term_arrays.open_arrays(reader)
    return cached["arrays"] or term_arrays.NO_ARRAYS


def _live_of(reader: IndexReader) -> np.ndarray:
    live = np.ones(reader.doc_count_all(), dtype=bool)
    live[list(reader.deleted_docs_set)] = False
    return live


def _term_docs_of(reader: IndexReader, fieldname: str, text: str) -> np.ndarray:
    postings = _live_postings(reader, fieldname, text)
    return _NO_IDS if postings is None else postings.docnums


def _lengths_of(reader: IndexReader, fieldname: str) -> np.ndarray:
    lengths = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if lengths is None:
        return np.zeros(reader.doc_count_all())
    return _LENGTH_OF_BYTE[_numbers(lengths, reader.doc_count_all())]


def _column_of(reader: IndexReader, fieldname: str) -> np.ndarray:
    return _numbers(reader.column_reader(fieldname, translate=False), reader.doc_count_all())


def _numbers(column_reader, doccount: int) -> np.ndarray:
    """A fixed-width numeric column read in one go, missing trailing values defaulted."""
    if isinstance(column_reader, EmptyColumnReader):
        return np.full(doccount, column_reader._default)
    width = column_reader._fixedlen
    raw = column_reader._dbfile.get(column_reader._basepos, column_reader._count * width)
    values = np.frombuffer(raw, dtype=np.dtype(column_reader._typecode).newbyteorder(">"))
    return np.concatenate((values, np.full(doccount - len(values), column_reader._default, dtype=values.dtype)))
