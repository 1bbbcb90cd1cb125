"""Whoosh adapter for the Arabic analyzer (archive.arabic).

One analyzer serves the text fields. When indexing it emits, at each position, the stem
and, when it differs, the exact (normalised, unstemmed) form, as Lucene's KeywordRepeat
does: phrase queries work on stems, and the query side can boost the exact form the user
typed without a second field to analyse and write. When querying it emits stems only.

It yields one reused ``whoosh.analysis.Token`` per term, with ``pos``, ``startchar`` and
``endchar`` set the way Whoosh's RegexTokenizer sets them, holds no state (it pickles
with the schema and compares equal by class), and never emits stop words, whatever
``removestops`` says: positions are counted without them, as in ``archive.arabic.analyze``.
"""

from __future__ import annotations

from whoosh.analysis import Token, Tokenizer

from archive.arabic import normalize
from archive.arabic.pipeline import iter_terms, stem_term


class ArabicTokenizer(Tokenizer):
    """The Arabic analyzer of the ``title`` and ``content`` fields."""

    is_morph = True  # tells Whoosh that no_morph=True (spelling) changes the output

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        assert isinstance(value, str), f"{value!r} is not a str"
        stem = not kwargs.pop("no_morph", False)
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.boost = 1.0
        t.stopped = False
        if not tokenize:
            # The query parser passes fuzzy terms whole (archive.search.searching normalises wildcards).
            t.original = value
            t.text = _literal_term(value, stem)
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        stems = iter_terms(value, stem=stem)
        exact = iter_terms(value, stem=False) if stem and mode == "index" else None
        for pos, (term, start, end) in enumerate(stems, start_pos):
            forms = (term, next(exact)[0]) if exact else (term,)
            for text in dict.fromkeys(forms):  # the exact form only when it differs
                t.text = text
                if keeporiginal:
                    t.original = value[start:end]
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar = start_char + start
                    t.endchar = start_char + end
                yield t


def _literal_term(value: str, stem_it: bool) -> str:
    """The term for untokenized query text (a fuzzy term): one word, normalised and stemmed."""
    term = normalize(value)
    return stem_term(term) if stem_it else term


def content_analyzer() -> ArabicTokenizer:
    """The analyzer of the text fields."""
    return ArabicTokenizer()
