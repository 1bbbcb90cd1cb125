"""Theme suggestions: lexicon matches in a document's display text, scored, with evidence.

Lexicon entries and the document go through the same analyzer as the index
(``archive.arabic.analyze``, stemmed), so a match is a run of consecutive equal terms and its
evidence is the display-text span from the first matched word to the last.

Score of a theme in a scope (the document or one paragraph, i.e. one line):

- every occurrence of a lexicon entry counts its weight: what a text keeps coming back to is
  what it is about, so repetition is not damped (a long text's advantage is removed below);
- weights: an ordinary word 1, each further word of an expression +0.75 (an expression is far
  less ambiguous than its words), a Latin acronym 2, a weak entry (context: institutions,
  framing, ambiguous words) 0.4 of its ordinary weight; within a theme the longest entry at
  a place wins, so "مكافحة الإرهاب" is not counted again as "الإرهاب", and an acronym that
  repeats the expression just before it ("... للأمن الوطني (DGSN)") is evidence but no weight;
- multiplied by the theme's prior, learnt from the user's verdicts (``Feedback``);
- a scope needs ``MIN_RAW`` of evidence for a suggestion at all, then the score is divided by
  ``sqrt(1 + tokens / LENGTH_PIVOT)`` so that long texts do not win by length alone, while
  scores of paragraphs and documents stay comparable.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from archive.arabic import Token, analyze
from archive.types import (
    DocumentSuggestions,
    Evidence,
    ParagraphSuggestions,
    Suggestion,
)
from archive.userdata.themes import ThemeLexicon

WEIGHT_WORD = 1.0
WEIGHT_EXTRA_WORD = 0.75
WEIGHT_ACRONYM = 2.0
WEAK_FACTOR = 0.4
MIN_RAW = 1.0
LENGTH_PIVOT = 100
# An acronym right after an expression, in brackets, names the same thing again:
# "المديرية العامة للأمن الوطني (DGSN)" is one mention.
_GLOSS_GAP = re.compile(r"\s*[(\[]\s*")


@dataclass(frozen=True, slots=True)
class Feedback:
    """What the user decided before: hidden suggestions and each theme's learnt prior."""

    rejected: frozenset[tuple[str, int | None]] = frozenset()  # (theme, paragraph or None)
    priors: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Pattern:
    theme: str  # built-in theme whose lexicon holds the entry
    terms: tuple[str, ...]
    entry: str
    weight: float
    acronym: bool


@dataclass(frozen=True, slots=True)
class _Match:
    theme: str
    pattern: _Pattern
    first: int  # token indexes, inclusive
    last: int
    gloss: bool  # an acronym repeating the mention just before it: evidence, no weight


class Suggester:
    """Lexicons compiled once (analysing them is the costly part), then applied to texts."""

    def __init__(self, lexicons: Mapping[str, ThemeLexicon]) -> None:
        """``lexicons``: built-in theme id -> its lexicon."""
        best: dict[tuple[str, tuple[str, ...]], _Pattern] = {}
        for theme, lexicon in lexicons.items():
            for pattern in _patterns(theme, lexicon):
                key = (theme, pattern.terms)
                if key not in best or pattern.weight > best[key].weight:
                    best[key] = pattern
        by_first: dict[str, list[_Pattern]] = defaultdict(list)
        for pattern in best.values():
            by_first[pattern.terms[0]].append(pattern)
        for patterns in by_first.values():
            patterns.sort(key=lambda p: -len(p.terms))
        self._by_first = dict(by_first)

    def suggest(
        self, text: str, themes: Mapping[str, str], feedback: Feedback = Feedback()
    ) -> DocumentSuggestions:
        """Rank themes for ``text`` and each of its lines.

        ``themes`` maps a built-in theme id to the visible theme that stands for it now
        (itself, or the theme it was merged into); built-in themes absent from it (hidden)
        are not suggested.
        """
        tokens = analyze(text, stem=True)
        matches = [m for m in self._matches(text, tokens) if m.theme in themes]
        lines = _line_spans(text)
        line_starts = [start for start, _ in lines]

        def line_of(token: Token) -> int:
            return bisect.bisect_right(line_starts, token.start) - 1

        by_line: dict[int, list[_Match]] = defaultdict(list)
        for m in matches:
            by_line[line_of(tokens[m.first])].append(m)
        tokens_per_line: dict[int, int] = defaultdict(int)
        for token in tokens:
            tokens_per_line[line_of(token)] += 1

        def ranked(scope: list[_Match], size: int, paragraph: int | None) -> tuple[Suggestion, ...]:
            found = _rank(scope, size, tokens, themes, feedback.priors)
            return tuple(s for s in found if (s.theme_id, paragraph) not in feedback.rejected)

        paragraphs = []
        for line, scope in sorted(by_line.items()):
            found = ranked(scope, tokens_per_line[line], line)
            if found:
                paragraphs.append(ParagraphSuggestions(line, *lines[line], found))
        return DocumentSuggestions(ranked(matches, len(tokens), None), tuple(paragraphs))

    def _matches(self, text: str, tokens: list[Token]) -> list[_Match]:
        """Every lexicon match, the longest per theme at each place, within one line."""
        terms = [t.term for t in tokens]
        covered: dict[str, int] = {}  # theme -> first token index not yet covered
        previous_end: dict[str, int] = {}  # theme -> end offset of its last match
        found: list[_Match] = []
        for i, term in enumerate(terms):
            for p in self._by_first.get(term, ()):
                last = i + len(p.terms) - 1
                if covered.get(p.theme, 0) > i or tuple(terms[i : last + 1]) != p.terms:
                    continue
                start, end = tokens[i].start, tokens[last].end
                if "\n" in text[start:end]:
                    continue  # an expression does not run across paragraphs
                before = previous_end.get(p.theme)
                gloss = p.acronym and before is not None and bool(_GLOSS_GAP.fullmatch(text, before, start))
                found.append(_Match(p.theme, p, i, last, gloss))
                covered[p.theme], previous_end[p.theme] = last + 1, end
        return found


def _patterns(theme: str, lexicon: ThemeLexicon) -> Iterator[_Pattern]:
    kinds = (
        (lexicon.terms, 1.0, False),
        (lexicon.weak, WEAK_FACTOR, False),
        (lexicon.acronyms, 1.0, True),
    )
    for entries, factor, acronym in kinds:
        for entry in entries:
            terms = tuple(t.term for t in analyze(entry, stem=True))
            if not terms:
                continue  # only stop words: nothing to look for
            base = WEIGHT_ACRONYM if acronym else WEIGHT_WORD + WEIGHT_EXTRA_WORD * (len(terms) - 1)
            yield _Pattern(theme, terms, entry, base * factor, acronym)


def _rank(
    matches: Sequence[_Match],
    size: int,
    tokens: Sequence[Token],
    themes: Mapping[str, str],
    priors: Mapping[str, float],
) -> list[Suggestion]:
    """Score each visible theme's matches in one scope of ``size`` tokens, best first."""
    per_theme: dict[str, list[_Match]] = defaultdict(list)
    for m in matches:  # in text order
        per_theme[themes[m.theme]].append(m)
    damping = math.sqrt(1 + size / LENGTH_PIVOT)
    suggestions = []
    for theme_id, found in per_theme.items():
        raw = sum(m.pattern.weight for m in found if not m.gloss) * priors.get(theme_id, 1.0)
        if raw < MIN_RAW:
            continue
        evidence = tuple(Evidence(m.pattern.entry, tokens[m.first].start, tokens[m.last].end) for m in found)
        suggestions.append(Suggestion(theme_id, round(raw / damping, 4), evidence))
    suggestions.sort(key=lambda s: (-s.score, s.theme_id))
    return suggestions


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without its newline."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans
