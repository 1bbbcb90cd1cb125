"""The gazetteer: place and organisation names that keep their letters.

Light stemming reads السودان as سود + ان ("black") and البحرين as بحر + ين ("sea"),
and splits a country from its nisba adjective (السودانية -> سودان). Names listed in
``names.txt`` are recognised before stemming, through their clitics (وللسودان), article
and nisba inflections (السوداني, السودانية, السودانيين, السودانيات), and all analyse to
one term: the name's first spelling without its article. Such a term is then reserved:
``stem`` never reaches it by cutting another word (قطرة is not قطر).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from archive.arabic.normalize import normalize

ARTICLE = "ال"
# Proclitics a name can carry: a conjunction, then a preposition (then the article).
_PROCLITICS = tuple(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك"))
# What follows a nisba stem (سوداني): feminine, plurals, duals.
_NISBA_ENDINGS = ("", "ه", "ون", "ين", "ات", "ان", "تان", "تين")


class Gazetteer:
    """Normalised names and nisba stems -> the term their whole family shares."""

    __slots__ = ("_families", "_names", "_nisbas", "terms")

    def __init__(self, entries: list[tuple[list[str], list[str]]]):
        self._names: dict[str, str] = {}
        self._nisbas: dict[str, str] = {}
        self._families: dict[str, tuple[str, ...]] = {}
        for spellings, nisbas in entries:
            # The article is read from the spelling: ألمانيا starts with no article, الإمارات does.
            bases = [normalize(s[len(ARTICLE) :] if s.startswith(ARTICLE) else s) for s in spellings]
            stems = [normalize(n) for n in nisbas]
            self._names.update(dict.fromkeys(bases, bases[0]))
            self._nisbas.update(dict.fromkeys(stems, bases[0]))
            self._families[bases[0]] = (*bases, *stems)
        self.terms = frozenset(self._families)

    def term(self, word: str) -> str | None:
        """The name term of a normalised word, or None if it is no form of a listed name."""
        for proclitic in _PROCLITICS:
            if word.startswith(proclitic) and len(word) > len(proclitic) + 1:
                for core in _cores(word[len(proclitic) :], after_lam=proclitic.endswith("ل")):
                    found = self._names.get(core) or self._nisba(core)
                    if found:
                        return found
        return None

    def family(self, term: str) -> tuple[str, ...]:
        """The spellings and nisba stems of a name term (every form contains one); () if none."""
        return self._families.get(term, ())

    def _nisba(self, core: str) -> str | None:
        for ending in _NISBA_ENDINGS:
            if core.endswith(ending):
                found = self._nisbas.get(core[: len(core) - len(ending)])
                if found:
                    return found
        return None


def _cores(rest: str, *, after_lam: bool) -> tuple[str, ...]:
    """What may be the name itself once proclitics are gone: with or without its article
    (ل + ال is written لل, so after ل a second ل is the article's or the name's: لليبيا)."""
    if after_lam and rest.startswith("ل"):
        return (rest[1:], rest)
    if rest.startswith(ARTICLE):
        return (rest, rest[len(ARTICLE) :])
    return (rest,)


NO_NAMES = Gazetteer([])


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped in ``names.txt``."""
    text = resources.files(__package__).joinpath("names.txt").read_text("utf-8")
    entries = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            spellings, _, nisbas = line.partition("|")
            entries.append((spellings.split(), nisbas.split()))
    return Gazetteer(entries)
