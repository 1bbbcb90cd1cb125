"""The Arabic lexicon: "a word the archive knows", with its frequency.

Built from wordfreq's large Arabic list (offline data shipped with the package):
every key is normalised with our ``normalize``, frequencies of keys that fold
together are summed, and words rarer than ``MIN_ZIPF`` are dropped.  Building
takes about a second, so the result is cached in the user cache directory as a
compact binary file keyed by the wordfreq version and ``ANALYZER_VERSION``:

    b"WQLEX1\\n" | count (uint32 LE) | count x centi-zipf (uint16 LE) | words, "\\n"-joined UTF-8

The default lexicon is loaded lazily, once per process, under a lock.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import tempfile
import threading
from array import array
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path

import platformdirs

from archive.arabic.normalize import ANALYZER_VERSION, normalize

MIN_ZIPF = 2.0
_MAGIC = b"WQLEX1\n"


class Lexicon:
    """Normalised word -> Zipf frequency (log10 of occurrences per billion words)."""

    __slots__ = ("_centi",)

    def __init__(self, centi: dict[str, int]):
        # Zipf values are stored as integer hundredths: wordfreq's own precision.
        self._centi = centi

    @classmethod
    def from_dict(cls, zipfs: Mapping[str, float]) -> Lexicon:
        """Build a lexicon from ``{word: zipf}`` (keys are normalised here)."""
        centi: dict[str, int] = {}
        for word, value in zipfs.items():
            key = normalize(word)
            centi[key] = max(centi.get(key, 0), round(value * 100))
        return cls(centi)

    def zipf(self, word: str) -> float:
        """Zipf frequency of the normalised ``word``; 0.0 if unknown."""
        return self._centi.get(word, 0) / 100

    def is_known(self, word: str) -> bool:
        """True if the normalised ``word`` is in the lexicon."""
        return word in self._centi

    def __len__(self) -> int:
        return len(self._centi)  # an empty lexicon is false: Lucene's rules alone

    def to_bytes(self) -> bytes:
        """Serialise in the cache-file format (see module docstring)."""
        words = list(self._centi)
        values = array("H", (self._centi[w] for w in words))
        if sys.byteorder == "big":
            values.byteswap()
        head = _MAGIC + len(words).to_bytes(4, "little")
        return head + values.tobytes() + "\n".join(words).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Lexicon:
        """Inverse of ``to_bytes``; raises ValueError on a malformed file."""
        if not data.startswith(_MAGIC):
            raise ValueError("not a lexicon file")
        offset = len(_MAGIC) + 4
        count = int.from_bytes(data[len(_MAGIC) : offset], "little")
        values = array("H")
        values.frombytes(data[offset : offset + 2 * count])
        if sys.byteorder == "big":
            values.byteswap()
        words = data[offset + 2 * count :].decode("utf-8").split("\n")
        if len(words) != count or len(values) != count:
            raise ValueError("truncated lexicon file")
        return cls(dict(zip(words, values, strict=True)))


def build_from_wordfreq() -> Lexicon:
    """Build the lexicon from wordfreq's data (slow: about a second)."""
    from wordfreq import get_frequency_dict

    totals: dict[str, float] = {}
    for word, freq in get_frequency_dict("ar", wordlist="large").items():
        key = normalize(word)
        if key.isalpha():  # wordfreq writes digits as 0s; such keys are no words
            totals[key] = totals.get(key, 0.0) + freq
    floor = 10 ** (MIN_ZIPF - 9)
    return Lexicon(
        {w: round((math.log10(f) + 9) * 100) for w, f in totals.items() if f >= floor}
    )


def cache_path(cache_dir: Path | None = None) -> Path:
    """Where the cached lexicon for this wordfreq and analyzer version lives."""
    directory = cache_dir or Path(platformdirs.user_cache_dir("wathaiq"))
    version = metadata.version("wordfreq")
    return directory / f"lexicon-ar-wordfreq{version}-{ANALYZER_VERSION}.bin"


def load(cache_dir: Path | None = None) -> Lexicon:
    """Load the cached lexicon, building and caching it first if needed."""
    path = cache_path(cache_dir)
    try:
        return Lexicon.from_bytes(path.read_bytes())
    except (OSError, ValueError):
        pass  # missing, unreadable or corrupt: rebuild
    lexicon = build_from_wordfreq()
    with contextlib.suppress(OSError):  # an unwritable cache only costs the rebuild next time
        _write_atomically(path, lexicon.to_bytes())
    return lexicon


def _write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename: readers see the old or the whole new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as tmp:
        name = tmp.name
    try:
        Path(name).write_bytes(data)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


_default: Lexicon | None = None
_lock = threading.Lock()


def default_lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use."""
    global _default  # noqa: PLW0603 -- the one lazily loaded, double-checked singleton
    if _default is None:
        with _lock:
            if _default is None:
                _default = load()
    return _default


def zipf(word: str) -> float:
    """Zipf frequency of the normalised ``word`` in the default lexicon (0.0 unknown)."""
    return default_lexicon().zipf(word)


def is_known(word: str) -> bool:
    """True if the normalised ``word`` is in the default lexicon."""
    return default_lexicon().is_known(word)
