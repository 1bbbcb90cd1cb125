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

# Share of the non-ASCII bytes that must sit in valid UTF-8 sequences for step 4.
MOSTLY_UTF8 = 0.99
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


def _utf8_share(data: bytes) -> float:
    """Share of the non-ASCII bytes that belong to valid UTF-8 sequences."""
    non_ascii = len(data.translate(None, _ASCII_BYTES))
    if not non_ascii:
        return 1.0
    bad = len(data) - len(data.decode("utf_8", "ignore").encode("utf_8"))
    return 1 - bad / non_ascii


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _decode_arabic(data: bytes) -> tuple[str, str] | None:
    """The best Arabic single-byte decoding of ``data``, if it clearly is Arabic text.

    A wrong Arabic codepage shows up as Latin-1 characters glued to Arabic letters
    ("ç" inside a word) or as vowel marks that follow no letter.
    """
    best: tuple[int, str, str] | None = None
    for name in _ARABIC_CODECS:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        letters = len(_NOT_ARABIC_LETTERS.sub("", text))
        non_ascii = len(_ASCII.sub("", text))
        suspicious = _count(_ODD_LATIN, text) + _count(_LONE_MARK, text)
        # Mostly Arabic letters among the non-ASCII characters, and (almost) nothing odd.
        if letters < 2 or letters < non_ascii / 2 or suspicious > letters / 100:
            continue
        # Fewest oddities wins; on a tie keep the first codec, cp1256, the common one.
        if best is None or suspicious < best[0]:
            best = (suspicious, text, name)
    return (best[1], best[2]) if best else None


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
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name if name != "utf_8" else "utf_8_sig")
            except UnicodeDecodeError:
                if name != "utf_8" or _utf8_share(data) < MOSTLY_UTF8:
                    raise IngestError("undecodable", f"invalid {name} after its mark") from None
                text = data.decode("utf_8_sig", "replace")
            break
    else:
        if b"\x00" in data:
            raise IngestError("binary", "NUL bytes")
        try:
            text, name = data.decode("utf_8"), "utf_8"
        except UnicodeDecodeError:
            if _utf8_share(data) >= MOSTLY_UTF8:
                text, name = data.decode("utf_8", "replace"), "utf_8"
            else:
                text, name = _decode_arabic(data) or _decode_detected(data)
    _check_not_binary(text)
    return text, name
