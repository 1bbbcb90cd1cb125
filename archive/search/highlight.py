"""Where a query matches inside a document's display text: highlights and snippets.

Matching is local to the document: each word's stem and exact form are compared with the
query's terms, prefixes, wildcard patterns and fuzzy terms, so highlighting costs the same
on a 100-document archive as on a 100,000-document one (no expansion against the index's
vocabulary). A phrase is marked where it occurs, whole, as the index matched it (its words
in order, each within the phrase's slop of the one before), never word by word.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from itertools import islice

from whoosh import query
from whoosh.support.levenshtein import distance

from archive.arabic.normalize import normalize
from archive.arabic.pipeline import analyze_word, iter_terms, term_pieces
from archive.arabic.tokenize import distinct_words, find_words

SNIPPET_CHARS = 220


@dataclass(slots=True)
class TermMatcher:
    """The positive (not negated) parts of a query, as a test on one analysed word."""

    terms: set[str] = field(default_factory=set)
    prefixes: list[str] = field(default_factory=list)
    patterns: list[re.Pattern] = field(default_factory=list)
    fuzzy: list[tuple[str, int, int]] = field(default_factory=list)  # (term, maxdist, prefix)
    phrases: dict[tuple[tuple[str, ...], int], Phrase] = field(default_factory=dict)  # by (words, slop)
    # surface word -> offsets of its matching parts; documents share most of their words,
    # so each distinct word is analysed and tested once per query, not once per document.
    _decided: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    _pieces_cache: tuple[str, ...] | None = None

    def matching_parts(self, surface: str) -> tuple[tuple[int, int], ...]:
        """Offsets, relative to the word, of the parts of ``surface`` the query matches.

        A glued word has several parts; one whose stem or exact form matches counts.
        """
        parts = self._decided.get(surface)
        if parts is None:
            parts = self._decided[surface] = () if self._cannot_match(surface) else tuple(
                (start, end)
                for (stem, start, end), (form, _, _) in zip(
                    analyze_word(surface, True), analyze_word(surface, False), strict=True
                )
                if self(stem) or self(form)
            )
        return parts

    def _cannot_match(self, surface: str) -> bool:
        """A quick no for most words, without analysing them (the costly part of snippets
        in a new process): a word holding no piece of a term (``term_pieces``) or a
        prefix cannot match.
        Numbers written with separators are normalised further, so they are analysed."""
        if self.patterns or self.fuzzy:
            return False
        word = normalize(surface)
        return word.isalnum() and not any(piece in word for piece in self._pieces())

    def _pieces(self) -> tuple[str, ...]:
        if self._pieces_cache is None:
            self._pieces_cache = (*(p for t in self.terms for p in term_pieces(t)), *self.prefixes)
        return self._pieces_cache

    def __call__(self, term: str) -> bool:
        # Called for every distinct word of every hit: the common case (plain terms) first,
        # and no generator is built for an empty list.
        if term in self.terms:
            return True
        if self.prefixes and term.startswith(tuple(self.prefixes)):
            return True
        if self.patterns and any(p.fullmatch(term) for p in self.patterns):
            return True
        return bool(self.fuzzy) and any(
            term[:n] == text[:n] and abs(len(term) - len(text)) <= d and distance(term, text) <= d
            for text, d, n in self.fuzzy
        )


@dataclass(slots=True)
class Phrase:
    """A phrase of the query: its words (index terms) and slop, and a matcher of its first word."""

    words: tuple[str, ...]
    slop: int
    first: TermMatcher

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Offsets of each occurrence of the phrase in ``text``, from its first word to its last."""
        found = []
        # Only where the first word occurs is the text analysed, a few words at a time.
        reach = len(self.words) + (len(self.words) - 1) * (self.slop - 1)  # words it may span
        for start, _ in match_spans(text, self.first):
            window = _window(text, start, PHRASE_WINDOW_CHARS * reach)
            # The phrase spans at most ``reach`` terms: analysing further is wasted work.
            stems = list(islice(iter_terms(window, stem=True), reach))
            forms = islice(iter_terms(window, stem=False), reach)
            terms = [{s, f} for (s, _, _), (f, _, _) in zip(stems, forms, strict=True)]
            last = _phrase_end(terms, self.words, self.slop)
            if last is not None:
                found.append((start, start + stems[last][2]))
        return found


# Characters of text looked at after a phrase's first word, per word the phrase may span.
PHRASE_WINDOW_CHARS = 48


_SPACE = re.compile(r"\s")


def _window(text: str, start: int, size: int) -> str:
    """``text`` from ``start``, about ``size`` long, ending at a word's end (no word cut).

    The end is looked for within ``size`` more characters only: text without spaces would
    otherwise make every window run to the end of the document.
    """
    end = start + size
    space = _SPACE.search(text, end, end + size)
    return text[start : space.start() if space else end + size]


def _phrase_end(terms: list[set[str]], words: tuple[str, ...], slop: int) -> int | None:
    """The position of the phrase's last word when it starts at position 0, else None."""
    if not terms or words[0] not in terms[0]:
        return None
    ends = {0}
    for word in words[1:]:
        ends = {p + step for p in ends for step in range(1, slop + 1)
                if p + step < len(terms) and word in terms[p + step]}
        if not ends:
            return None
    return min(ends)


def matcher_for(q: query.Query, fields: tuple[str, ...]) -> TermMatcher:
    """Collect what a document must contain for ``q`` to match it, NOT branches left out."""
    matcher = TermMatcher()
    _collect(q, fields, matcher)
    return matcher


def _collect(q: query.Query, fields: tuple[str, ...], m: TermMatcher) -> None:
    if isinstance(q, query.Not):
        return
    if isinstance(q, query.AndNot):
        _collect(q.a, fields, m)
        return
    if not q.is_leaf():
        for child in q.children():
            _collect(child, fields, m)
        return
    if getattr(q, "fieldname", None) not in fields:
        return
    if isinstance(q, query.FuzzyTerm):  # before Term: FuzzyTerm is a kind of Term
        m.fuzzy.append((q.text, q.maxdist, q.prefixlength))
    elif isinstance(q, query.Prefix):
        m.prefixes.append(q.text)
    elif isinstance(q, query.Wildcard):
        m.patterns.append(re.compile(fnmatch.translate(q.text)))
    elif isinstance(q, query.Phrase) and q.words:
        key = (tuple(q.words), max(1, q.slop))
        m.phrases.setdefault(key, Phrase(*key, TermMatcher(terms={q.words[0]})))
    elif isinstance(q, query.Term):
        m.terms.add(q.text)


def match_spans(text: str, matcher: TermMatcher) -> list[tuple[int, int]]:
    """Offsets of every word of ``text`` whose stem or exact form the matcher accepts, and of
    every occurrence of its phrases; in text order."""
    spans = _word_spans(text, matcher)
    if not matcher.phrases:
        return spans
    for phrase in matcher.phrases.values():
        spans.extend(phrase.spans(text))
    return sorted(set(spans))


def _word_spans(text: str, matcher: TermMatcher) -> list[tuple[int, int]]:
    # Decide per distinct word, then let the regex engine find the matching ones: a Python
    # loop over every word of a long document is what would cost.
    matching = {}
    for surface in distinct_words(text):
        if parts := matcher.matching_parts(surface):
            matching[surface] = parts
    if not matching:
        return []
    spans: list[tuple[int, int]] = []
    for word in find_words(text, matching):
        offset = word.start()
        spans.extend((offset + start, offset + end) for start, end in matching[word.group()])
    return spans


def snippet_window(text: str, matches: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> int:
    """Start of the ``width``-long window holding the most matches, moved to a word start."""
    if not matches:
        return 0
    # Two pointers over the sorted starts: the window's end only moves forward, so the
    # work is linear in the matches (a document can hold 100,000 of them).
    starts = [start for start, _ in matches]
    best_start, best_count, end = starts[0], 0, 0
    for i, start in enumerate(starts):
        end = max(end, i)
        while end < len(starts) and starts[end] < start + width:
            end += 1
        if end - i > best_count:
            best_start, best_count = start, end - i
    begin = max(0, best_start - width // 4)
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return begin


def make_snippet(text: str, matches: list[tuple[int, int]]) -> tuple[str, int]:
    """The snippet around the densest matches, and its offset in ``text``."""
    begin = snippet_window(text, matches)
    end = min(len(text), begin + SNIPPET_CHARS)
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[begin:end], begin
