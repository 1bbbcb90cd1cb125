"""The limits every query keeps, so that no query can hang a search.

A pattern's wildcards are matched against every word of the index by a regular expression
that backtracks: ``a*a*a*a*…`` costs exponentially in its stars on long words. A fuzzy
term's automaton grows with its distance. A pattern that matches most of the vocabulary
costs one posting list per word. And any query, however formed, stops at a time budget.
Beyond a limit the query is refused (``QueryTooComplex``), never half-answered.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from archive.errors import QueryTooComplex

MAX_QUERY_CHARS = 1000
MAX_TERMS = 64  # words, phrases' words and patterns of one query
MAX_WILDCARDS = 4  # ``*`` and ``?`` in one pattern
MAX_FUZZY_DISTANCE = 2
MAX_EXPANSIONS = 50_000  # words one pattern or fuzzy term may stand for (the time budget comes first)
TIME_BUDGET_S = 3.0


def check_text(text: str) -> None:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooComplex("length")


def check_pattern(pattern: str) -> None:
    if pattern.count("*") + pattern.count("?") > MAX_WILDCARDS:
        raise QueryTooComplex("wildcards")


def check_fuzzy(distance: int) -> None:
    if distance > MAX_FUZZY_DISTANCE:
        raise QueryTooComplex("fuzzy")


def check_terms(count: int) -> None:
    if count > MAX_TERMS:
        raise QueryTooComplex("terms")


class Deadline:
    """The time a query may still take."""

    def __init__(self, budget_s: float | None = None) -> None:
        self._end = time.monotonic() + (TIME_BUDGET_S if budget_s is None else budget_s)

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise QueryTooComplex("time")

    def expansions(self, words: Iterable[bytes]) -> Iterator[bytes]:
        """The words a pattern expands to, within ``MAX_EXPANSIONS`` and the time left."""
        for n, word in enumerate(words):
            if n >= MAX_EXPANSIONS:
                raise QueryTooComplex("expansions")
            if n % 64 == 0:
                self.check()
            yield word
