"""What each glyph of a PDF export stands for, learnt from Qt's own shaping.

Qt's PDF engine derives a glyph's text from the font's cmap alone, which shaped Arabic
defeats (see ``archive.export.pdf_text``). Here every distinct word of the document is
shaped alone, in its font and its paragraph's direction (shaping does not reach across
spaces), and Qt says which glyphs each of its characters became.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QRawFont, QTextDocument, QTextLayout, QTextOption


def font_key(raw: QRawFont) -> tuple:
    """The same key for the same font file, whatever the size."""
    return raw.familyName(), raw.styleName()


def glyph_text_of(doc: QTextDocument) -> dict[tuple, str]:
    """(font key, glyph) -> the text it stands for, for the glyphs painted for ``doc``.

    Characters sharing glyphs form a cluster (a ligature like "ffi", a letter and its mark):
    its first glyph gets the cluster's text, or each glyph one character when there are as
    many. A glyph seen standing for two texts is left out.
    """
    words: dict[tuple, tuple[QFont, bool, set[str]]] = {}
    block = doc.begin()
    while block.isValid():
        rtl = block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            font = frag.charFormat().font()
            words.setdefault((font.key(), rtl), (font, rtl, set()))[2].update(frag.text().split())
            it += 1
        block = block.next()
    found: dict[tuple, set[str]] = {}
    for font, rtl, texts in words.values():
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        for word in texts:
            for key, text in _clusters(word, font, option):
                found.setdefault(key, set()).add(text)
    return {key: next(iter(texts)) for key, texts in found.items() if len(texts) == 1}


def _clusters(word: str, font: QFont, option: QTextOption) -> Iterator[tuple[tuple, str]]:
    """(font key, glyph) and the text it stands for, for each glyph of ``word`` shaped alone."""
    layout = QTextLayout(word, font)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()

    def glyphs(start: int, length: int) -> list[tuple]:
        return [(font_key(r.rawFont()), g) for r in line.glyphRuns(start, length) for g in r.glyphIndexes()]

    per_char = [glyphs(i, 1) for i in range(len(word))]
    start = 0
    for i in range(1, len(word) + 1):
        if i < len(word) and set(per_char[i]) & set(per_char[i - 1]) \
                and len(glyphs(i - 1, 2)) < len(per_char[i - 1]) + len(per_char[i]):
            continue  # same cluster: a glyph stands for both characters
        text, cluster = word[start:i], list(dict.fromkeys(glyphs(start, i - start)))
        if len(cluster) == len(text):
            yield from zip(cluster, text, strict=True)
        elif cluster:
            yield cluster[0], text
            yield from ((g, "") for g in cluster[1:])
        start = i
