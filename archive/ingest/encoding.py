"""Turning the bytes of a text file into a string: encoding detection and binary sniffing.

Order of the checks, each one for a reason:
1. A byte order mark is the author's own statement (UTF-8, UTF-16, UTF-32).
2. NUL bytes without a UTF-16/32 mark mean binary data, not text.
3. Strict UTF-8 next: it almost never decodes by accident.
4. Mostly-UTF-8 with a few damaged bytes stays UTF-8 (damaged bytes become U+FFFD):
   a detector would otherwise pick some single-byte codepage and garble the whole file.
5. Arabic single-byte codepages (Windows-1256, ISO-8859-6) are checked before the generic
   detector, which often misses short Arabic files.
6. charset-normalizer for everything else.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from archive.ingest.base import IngestError
from archive.ingest.limits import PIECE_BYTES

# Step 4 tolerates this share of bad bytes among the non-ASCII ones, or, in short files,
# this many bad bytes.
MOSTLY_UTF8_BAD_SHARE = 0.01
SHORT_FILE_BAD_BYTES = 3
# Share of control characters above which decoded "text" is taken for binary data.
MAX_CONTROL_SHARE = 0.10

_BOMS = (  # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)
_ARABIC_CODECS = ("cp1256", "iso8859_6")
# The Arabic codepage check scores this much of a file: plenty to judge, and bounded time.
_SAMPLE_CHARS = 1 << 20
_ASCII_BYTES = bytes(range(0x80))

_ARABIC_LETTER = "\u0621-\u064a"
_MARK = "\u064b-\u0652"
_NOT_ARABIC_LETTERS = re.compile(f"[^{_ARABIC_LETTER}]+")
_ASCII = re.compile("[\x00-\x7f]+")
_ODD_LATIN = re.compile(f"(?<=[{_ARABIC_LETTER}])[\x80-\xff]|[\x80-\xff](?=[{_ARABIC_LETTER}])")
_CONTROL = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_LONE_MARK = re.compile(f"(?<![{_ARABIC_LETTER}{_MARK}])[{_MARK}]")


def canonical_name(name: str) -> str | None:
    """Python's canonical codec name with underscores ("utf_8", "cp1256"), None if unknown."""
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 damaged in a few places: the bad bytes are at most 1% of the non-ASCII bytes,
    or, in a short file, at most 3 and at most 10% of them.

    Single-byte Arabic text is almost all bad bytes as UTF-8, so it never passes.
    """
    non_ascii = len(data.translate(None, _ASCII_BYTES))
    bad = len(data) - len(data.decode("utf_8", "ignore").encode("utf_8"))
    return bad <= non_ascii * MOSTLY_UTF8_BAD_SHARE or (
        bad <= SHORT_FILE_BAD_BYTES and bad <= non_ascii * 0.1
    )


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _decode_arabic(data: bytes) -> tuple[str, str] | None:
    """The best Arabic single-byte decoding of ``data``, if it clearly is Arabic text.

    A wrong Arabic codepage shows up as Latin-1 characters glued to Arabic letters
    ("ç" inside a word) or as vowel marks that follow no letter.
    """
    best: tuple[int, int, str, str] | None = None
    for name in _ARABIC_CODECS:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE_CHARS]
        letters = len(_NOT_ARABIC_LETTERS.sub("", sample))
        non_ascii = len(_ASCII.sub("", sample))
        suspicious = _count(_ODD_LATIN, sample) + _count(_LONE_MARK, sample)
        # Mostly Arabic letters among the non-ASCII characters, and (almost) nothing odd.
        if letters < 2 or letters < non_ascii / 2 or suspicious > letters / 100:
            continue
        # Fewest oddities wins. Files using only the letters both codepages place alike
        # decode cleanly either way: then the one with more "ال" (the article, the most
        # frequent pair in Arabic) wins, and on a full tie cp1256, the common one.
        score = (suspicious, -sample.count("ال"))
        if best is None or score < best[:2]:
            best = (*score, text, name)
    return (best[2], best[3]) if best else None


def _decode_detected(data: bytes) -> tuple[str, str]:
    match = from_bytes(data).best()
    if match is None:
        raise IngestError("undecodable", "no encoding fits")
    name = canonical_name(match.encoding) or match.encoding
    # The detector looks at samples; a bad byte elsewhere must not fail the whole file.
    return data.decode(name, "replace"), name


def _check_not_binary(text: str) -> None:
    controls = _count(_CONTROL, text)
    if controls > len(text) * MAX_CONTROL_SHARE:
        raise IngestError("binary", f"{controls} control characters")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; return (text, canonical encoding name).

    The text keeps its line endings; a leading byte order mark is removed.
    Raises IngestError "empty", "binary" or "undecodable".
    """
    if not data:
        raise IngestError("empty", "0 bytes")
    mark = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if mark in ("utf_16", "utf_32"):
        try:
            text, name = data.decode(mark), mark  # the codec drops the mark
        except UnicodeDecodeError:
            raise IngestError("undecodable", f"invalid {mark} after its mark") from None
    elif b"\x00" in data:
        raise IngestError("binary", "NUL bytes")
    else:
        try:
            text, name = data.decode("utf_8_sig"), "utf_8"  # utf_8_sig drops a mark if any
        except UnicodeDecodeError:
            if mark or _mostly_utf8(data):
                text, name = data.decode("utf_8_sig", "replace"), "utf_8"
            else:
                text, name = _decode_arabic(data) or _decode_detected(data)
    _check_not_binary(text)
    return text, name


def decode_large(data: bytes) -> tuple[str, str]:
    """``decode_bytes`` for a file too large to judge whole: the encoding is judged on the
    first piece (cut at a line end), and the rest decoded with it, bad bytes replaced."""
    mark = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if mark in ("utf_16", "utf_32"):
        name = mark
    else:
        sample = data[:PIECE_BYTES]
        _, name = decode_bytes(sample[: sample.rfind(b"\n") + 1] or sample)
    # utf_8_sig drops a leading mark; the UTF-16/32 codecs drop theirs themselves.
    return data.decode("utf_8_sig" if name == "utf_8" else name, "replace"), name
