"""Arabic stop words: Lucene's list (Savoy, BSD), matched with care for spelling.

Lucene applies its list before normalisation and therefore spells some entries
twice (أن / ان). We match a word's normalised form, which covers vowelled and
hamza-variant spellings at once (أنّ, فى, ﻻ), but not where the writer's spelling
shows another word that normalises alike: آلي (automatic) is not إلى, and the name
علي is not على. A conjunction و or ف before a stop word written unmistakably, with
a letter that normalisation folds (وإلى, والى, فإن), is a stop word too; والي, the
governor, is a word.
"""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

from archive.arabic.normalize import normalize, spelling

_CONJUNCTIONS = ("و", "ف")


def _load() -> dict[str, frozenset[str]]:
    """Normalised stop word -> the spellings the list gives for it."""
    text = resources.files(__package__).joinpath("stopwords.txt").read_text("utf-8")
    spellings: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            spellings[normalize(word)].add(spelling(word))
    return {term: frozenset(spelled) for term, spelled in spellings.items()}


_SPELLINGS = _load()
STOPWORDS: frozenset[str] = frozenset(_SPELLINGS)


def is_stop_word(surface: str, term: str | None = None) -> bool:
    """True if the word as written (``surface``, normalised: ``term``) is a stop word (see module)."""
    term = normalize(surface) if term is None else term
    listed = _SPELLINGS.get(term)
    if listed is not None:
        spelled = spelling(surface)
        return spelled in listed or not _spells_another_word(spelled, listed)
    if term[:1] not in _CONJUNCTIONS or term[1:] not in _SPELLINGS:
        return False
    # After a conjunction, only a spelling that normalisation changes is unmistakable.
    rest = spelling(surface)[1:]
    return rest != term[1:] and rest in _SPELLINGS[term[1:]]


def _spells_another_word(spelled: str, listed: frozenset[str]) -> bool:
    """A madda no listed spelling has (آلي), or a final ي where the list writes ى (علي)."""
    if "آ" in spelled and not any("آ" in word for word in listed):
        return True
    return spelled.endswith("ي") and all(word.endswith("ى") for word in listed)
