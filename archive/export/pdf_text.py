"""Make the text of a PDF written by Qt extract as what was written.

Qt's PDF engine maps each embedded glyph back to text by reversing the font's cmap
(``QFontSubset::createToUnicodeMap``). Shaped Arabic breaks that: a contextual form (yeh
initial) is reachable only from its presentation-form code point, so it extracts as U+FEF3
instead of U+064A, and glyphs that no code point reaches (Noto Naskh's lam-alef halves)
extract as nothing at all.

``repair_text_maps`` rewrites the ToUnicode map of each font. Whoever painted the PDF
passes what it drew, glyph by glyph in paint order, and what each glyph stands for; those
are matched with the ``<cid> Tj`` operators of the page streams, one glyph each, which gives
each CID its text. A glyph nobody explained keeps Qt's mapping, with presentation forms
decomposed (NFKC). If the streams do not match what was drawn (a font drawn as outlines, a
newer Qt writing text differently), only that second, safe step is done.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import cast

from pypdf import PageObject, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

log = logging.getLogger(__name__)

_TEXT_OPS = re.compile(rb"/(\S+) [-\d.]+ Tf|<([0-9A-Fa-f]{4})> Tj")
_HEX = re.compile(r"<([0-9A-Fa-f]+)>")
_CMAP_HEAD = (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_CMAP_TAIL = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"

GlyphKey = tuple[Hashable, int]  # (font, glyph index)


def repair_text_maps(
    path: Path,
    drawn: Sequence[tuple[Hashable, Sequence[int]]],
    glyph_text: Mapping[GlyphKey, str],
) -> bool:
    """Rewrite the ToUnicode maps of the PDF at ``path`` in place.

    ``drawn``: (font, glyph indexes) of every glyph run, in paint order; ``glyph_text``: the
    text each (font, glyph) stands for. Returns whether CIDs could be matched to glyphs.
    """
    # Incremental: the rewritten maps are appended as an update, the rest is kept as written.
    pdf = PdfWriter(io.BytesIO(path.read_bytes()), incremental=True)
    used: list[tuple[int, int]] = []  # (font object number, cid), in stream order
    for page in pdf.pages:
        # Qt writes every page with a resource dictionary; pypdf types its entries loosely.
        fonts = cast(DictionaryObject, page["/Resources"]).get("/Font", {})
        current = None
        for name, cid in _TEXT_OPS.findall(_raw_content(page)):
            if name:
                ref = fonts.get("/" + name.decode("latin-1"))
                current = ref.idnum if isinstance(ref, IndirectObject) else None
            elif current is not None:
                used.append((current, int(cid, 16)))
    glyphs = [(font, g) for font, run in drawn for g in run]
    used_fonts = {font_obj for font_obj, _ in set(used)}
    matched = len(glyphs) == len(used)
    if not matched:
        log.warning("PDF text repair: %d glyphs drawn, %d in the page streams", len(glyphs), len(used))
    known: dict[int, dict[int, str]] = {}
    if matched:
        # A CID is one glyph of one font: two glyphs for one CID means the match is off.
        pairs = set(zip(used, glyphs, strict=True))
        if len({used_cid for used_cid, _ in pairs}) == len(pairs):
            for (font_obj, cid), key in pairs:
                text = glyph_text.get(key)
                if text is not None:
                    known.setdefault(font_obj, {})[cid] = text
        else:
            matched = False
            log.warning("PDF text repair: page streams and drawn glyphs disagree")
    for font_obj in used_fonts:
        font = cast(DictionaryObject, pdf.get_object(font_obj))
        to_unicode = font.get("/ToUnicode")
        if to_unicode is None:
            continue
        stream = cast(StreamObject, to_unicode.get_object())
        mapping = parse_cmap(stream.get_data().decode("latin-1"))
        for cid, text in mapping.items():
            mapping[cid] = _decompose(text)
        mapping.update(known.get(font_obj, {}))
        stream.set_data(build_cmap(mapping).encode("latin-1"))
    with open(path, "wb") as f:
        pdf.write(f)
    return matched


def _raw_content(page: PageObject) -> bytes:
    """The page's content stream as written (pypdf's ContentStream would re-serialise it)."""
    contents = page.get("/Contents")
    if contents is None:
        return b""
    contents = contents.get_object()
    parts = contents if isinstance(contents, ArrayObject) else [contents]
    return b"\n".join(part.get_object().get_data() for part in parts)


def _decompose(text: str) -> str:
    """Presentation forms (Arabic contextual forms, ligatures like U+FB01 fi) to plain letters."""
    if any(0xFB00 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF for ch in text):
        return unicodedata.normalize("NFKC", text)
    return text


def _utf16_hex(text: str) -> str:
    data = text.encode("utf-16-be")
    return data.hex().upper()


def _from_utf16_hex(hex_text: str) -> str:
    return bytes.fromhex(hex_text).decode("utf-16-be", errors="replace")


def parse_cmap(cmap: str) -> dict[int, str]:
    """CID -> text of a ToUnicode CMap (its ``bfchar`` and ``bfrange`` sections)."""
    mapping: dict[int, str] = {}
    for section, body in re.findall(r"begin(bfchar|bfrange)(.*?)end\1", cmap, re.S):
        for line in body.strip().splitlines():
            codes = _HEX.findall(line)
            if section == "bfchar" and len(codes) == 2:
                mapping[int(codes[0], 16)] = _from_utf16_hex(codes[1])
            elif section == "bfrange" and len(codes) >= 3:
                first, last = int(codes[0], 16), int(codes[1], 16)
                if "[" in line:  # one destination per code; a short array maps what it lists
                    for cid, dst in zip(range(first, last + 1), codes[2:], strict=False):
                        mapping[cid] = _from_utf16_hex(dst)
                else:  # consecutive destinations from the first one
                    base = _from_utf16_hex(codes[2])
                    for offset, cid in enumerate(range(first, last + 1)):
                        mapping[cid] = base[:-1] + chr(ord(base[-1]) + offset) if base else ""
    return mapping


def build_cmap(mapping: Mapping[int, str]) -> str:
    """A ToUnicode CMap with one ``bfchar`` entry per CID (at most 100 per section)."""
    entries = [f"<{cid:04X}> <{_utf16_hex(text)}>" for cid, text in sorted(mapping.items()) if text]
    sections = [
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar\n"
        for chunk in (entries[i:i + 100] for i in range(0, len(entries), 100))
    ]
    return _CMAP_HEAD + "".join(sections) + _CMAP_TAIL
