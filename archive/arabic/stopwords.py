"""Arabic stop words: Lucene's list (Savoy, BSD), normalised.

Lucene applies its list before normalisation and therefore spells some entries
twice (أن / ان); we normalise the entries and match normalised tokens, which
covers every spelling at once.  Consequence worth knowing: the name علي
normalises like the preposition على and is dropped too, as in Lucene whenever it
is written على by mistake.
"""

from __future__ import annotations

from importlib import resources

from archive.arabic.normalize import normalize


def _load() -> frozenset[str]:
    text = resources.files(__package__).joinpath("stopwords.txt").read_text("utf-8")
    words = (line.strip() for line in text.splitlines())
    return frozenset(normalize(w) for w in words if w and not w.startswith("#"))


STOPWORDS: frozenset[str] = _load()

