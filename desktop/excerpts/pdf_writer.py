"""PDF export through Qt's PDF writer: the export model laid out by a QTextDocument, painted
page by page onto a QPdfWriter with the bundled Noto Naskh Arabic embedded, page numbers
in the footer, every paragraph in the direction of its content.

Registered as the ``pdf`` writer by ``main.py`` (``archive`` never imports Qt). Qt's PDF
engine gets the text of shaped Arabic wrong (presentation forms, lost lam-alef), so the
lines are painted here glyph run by glyph run, and ``archive.export.pdf_text`` then
rewrites each font's text map from what was painted: ``pdftotext`` reads the Arabic back
in logical order, as plain letters. It shows nothing, so the desktop may run it on a
worker thread; the command line calls it on its main thread, where it creates the
QGuiApplication (offscreen when there is no display) if there is none.
"""

from __future__ import annotations

import os
import unicodedata
from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
)

from archive.colors import safe_color
from archive.export.model import ExportModel, Ticker
from archive.export.pdf_text import repair_text_maps
from archive.export.text import BIDI_CONTROLS, paragraphs
from archive.locations import RESOURCES
from archive.text.direction import reads_rtl
from archive.types import CancelToken, Progress, ProgressCallback
from desktop.common import pyside_fix
from desktop.common.fonts import Fonts, load_fonts
from desktop.excerpts.pdf_glyphs import font_key, glyph_text_of

RESOLUTION = 600  # dots per inch of the layout; the PDF itself is vector
MARGIN_MM, FOOTER_MM = 20, 10
GREY = QColor("#555555")
_EDGE = QTextFormat.Property.UserProperty + 1  # block property: theme colour of an excerpt
_app: QGuiApplication | None = None


def _ensure_app() -> None:
    """Fonts and text layout need a QGuiApplication; the command line has none."""
    global _app  # noqa: PLW0603 -- the one application a headless export creates, kept alive
    pyside_fix.apply()  # this many void calls would otherwise free None (see that module)
    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


@cache
def _fonts() -> Fonts:
    return load_fonts(RESOURCES / "fonts")


class _Builder:
    """The model as a QTextDocument: one block per paragraph, each with its own direction."""

    def __init__(self, model: ExportModel, fonts: Fonts, device: QPdfWriter) -> None:
        self.model, self.fonts = model, fonts
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDefaultFont(fonts.content(12))
        self.cursor = QTextCursor(self.doc)
        self._first = True

    def block(self, text: str, *, points: float = 12, bold: bool = False, color: QColor | None = None,
              rtl: bool | None = None, indent: float = 0, top: float = 0, edge: str | None = None,
              center: bool = False) -> None:
        fmt = QTextBlockFormat()
        rtl = reads_rtl(text, self.model.rtl) if rtl is None else rtl
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        if center:
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scale = 96 / 72  # points to the layout's units (pixels at 96 dpi, scaled to the device)
        fmt.setLeftMargin(indent * scale)
        fmt.setRightMargin(indent * scale)
        fmt.setTopMargin(top * scale)
        if edge:
            fmt.setProperty(_EDGE, edge)
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(fmt)
        self.text(text, points=points, bold=bold, color=color)

    def text(self, text: str, *, points: float = 12, bold: bool = False, color: QColor | None = None) -> None:
        char = QTextCharFormat()
        char.setFont(self.fonts.content(points, bold))
        char.setForeground(color or QColor("black"))
        self.cursor.insertText(text, char)

    def build(self, tick: Ticker) -> QTextDocument:
        model, opts, words = self.model, self.model.options, self.model.labels
        self.cursor.beginEditBlock()  # one layout pass at the end, not one per insertion
        self.block(model.title, points=20, bold=True, center=True)
        for group in model.groups:
            if group.heading:
                self.block(group.heading, points=15, bold=True, top=14,
                           color=QColor(safe_color(group.color)) if group.color else None)
            for e in group.excerpts:
                for i, text in enumerate(paragraphs(e.text)):
                    edge = model.color(e, group)
                    self.block(text, top=10 if i == 0 else 2, indent=10, edge=edge and safe_color(edge))
                if opts.include_themes and e.themes:
                    self.block("", rtl=model.rtl, indent=10, top=2)
                    for i, theme_id in enumerate(t for t in e.themes if t in model.themes):
                        theme = model.themes[theme_id]
                        if i:
                            self.text(words["separator"], points=9)
                        self.text(theme.label, points=9, bold=True, color=QColor(safe_color(theme.color)))
                if opts.include_notes:
                    for note in e.notes:
                        for text in paragraphs(note):
                            self.block(text, points=10.5, color=GREY, indent=30, top=2)
                if opts.include_citations:  # in the interface language, whatever the title's
                    self.block(e.display_citation, points=9, color=GREY, rtl=model.rtl, indent=10, top=3)
                tick()
        self.cursor.endEditBlock()
        return self.doc


class _Painter:
    """Paints laid-out text as glyph runs and keeps what it drew for the text-map repair."""

    def __init__(self, painter: QPainter, glyph_text: dict[tuple, str]) -> None:
        self.painter = painter
        self.drawn: list[tuple[tuple, list[int]]] = []
        self._marks: dict[tuple, set[int]] = {}
        for (key, glyph), text in glyph_text.items():
            if text and all(unicodedata.category(ch).startswith("M") for ch in text):
                self._marks.setdefault(key, set()).add(glyph)
        self._blank: dict[tuple, set[int]] = {}

    def layout(self, layout: QTextLayout, origin: QPointF, lines, fragments) -> None:
        """Draw ``lines`` of ``layout``; ``fragments`` are (start, length, colour) ranges."""
        for line in lines:
            for start, length, color in fragments:
                self.painter.setPen(color)
                runs = line.glyphRuns() if len(fragments) == 1 else line.glyphRuns(start, length)
                for run in runs:
                    self._run(run, origin)

    def _run(self, run: QGlyphRun, origin: QPointF) -> None:
        raw = run.rawFont()
        key = font_key(raw)
        blank = self._blank.get(key)
        if blank is None:  # spaces and bidi controls: no ink, and only noise when extracted
            blank = self._blank[key] = set(raw.glyphIndexesForString(" \u00a0" + "".join(BIDI_CONTROLS)))
            blank.discard(0)
        glyphs = run.glyphIndexes()
        keep = [i for i, g in enumerate(glyphs) if g not in blank]
        if run.isRightToLeft():
            # Text extractors build words from glyphs in stream order and split a word whose
            # glyphs go leftwards: so an RTL run (logical order, right to left) is painted
            # reversed, left to right. A mark stays right after its base, where pdftotext
            # looks for it (it may still put an Arabic mark a letter early); a zero-width
            # letter (the alef of lam-alef) comes before the glyph it shares its x with.
            marks = self._marks.get(key, ())
            groups: list[list[int]] = []
            for i in keep:
                if groups and glyphs[i] in marks:
                    groups[-1].append(i)
                else:
                    groups.append([i])
            keep = [i for grp in reversed(groups) for i in grp]
        if not keep:
            return
        if len(keep) < len(glyphs) or run.isRightToLeft():
            positions = run.positions()
            run = QGlyphRun(run)
            run.setGlyphIndexes([glyphs[i] for i in keep])
            run.setPositions([positions[i] for i in keep])
        self.painter.drawGlyphRun(origin, run)
        self.drawn.append((key, [glyphs[i] for i in keep]))


def _fragments(block) -> list[tuple[int, int, QColor]]:
    """(start, length, colour) of each run of text in one format."""
    out, it = [], block.begin()
    while not it.atEnd():
        frag = it.fragment()
        out.append((frag.position() - block.position(), frag.length(), frag.charFormat().foreground().color()))
        it += 1
    return out


def write(model: ExportModel, path: Path, *, progress: ProgressCallback | None = None,
          cancel: CancelToken | None = None) -> None:
    """Write ``model`` as a PDF; progress comes per excerpt laid out ("write"), then per page."""
    _ensure_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(model.title)
    writer.setCreator("Wathaiq")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     margins, QPageLayout.Unit.Millimeter))
    fonts = _fonts()
    doc = _Builder(model, fonts, writer).build(Ticker(sum(len(g.excerpts) for g in model.groups), progress, cancel))
    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    page_height = body.height() - FOOTER_MM / 25.4 * RESOLUTION
    doc.setPageSize(QSizeF(body.width(), page_height))
    pages = _lines_by_page(doc, page_height)
    glyph_text = glyph_text_of(doc)
    painter = QPainter(writer)
    glyphs = _Painter(painter, glyph_text)
    try:
        if model.chart is not None:  # the themes chart, on a page of its own before the excerpts
            _paint_chart(painter, model.chart.png, body.width())
            writer.newPage()
        for number, blocks in enumerate(pages):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if number:
                writer.newPage()
            _paint_page(glyphs, blocks, number * page_height, body.width())
            _footer(glyphs, fonts.content(9), writer, f"{number + 1} / {len(pages)}", body.width(), body.height())
            if progress is not None:
                progress(Progress("pages", number + 1, len(pages)))
    finally:
        painter.end()  # also when cancelled: Qt must not be left painting on a dead writer
    if cancel is not None:
        cancel.raise_if_cancelled()
    repair_text_maps(path, glyphs.drawn, glyph_text)


def _paint_chart(painter: QPainter, png: bytes, width: float) -> None:
    """The chart image across the text width, at the top of the page."""
    image = QImage.fromData(png)
    height = width * image.height() / max(1, image.width())
    painter.drawImage(QRectF(0, 0, width, height), image)


def _paint_page(glyphs: _Painter, blocks: list[tuple], top: float, width: float) -> None:
    """Paint the (block, lines) of a page whose top is at ``top`` in the document."""
    for block, lines in blocks:
        origin = block.layout().position() - QPointF(0, top)
        edge = block.blockFormat().property(_EDGE)
        if edge:  # the theme's colour along the excerpt's inline-start edge
            rect = QRectF(0, origin.y() + lines[0].y(), width * 0.006,
                          lines[-1].y() + lines[-1].height() - lines[0].y())
            if block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft:
                rect.moveRight(width)
            glyphs.painter.fillRect(rect, QColor(edge))
        glyphs.layout(block.layout(), origin, lines, _fragments(block))


def _lines_by_page(doc: QTextDocument, page_height: float) -> list[list[tuple]]:
    """For each page, its (block, lines) in order (the layout never splits a line)."""
    pages: list[list[tuple]] = [[] for _ in range(max(1, doc.pageCount()))]
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            page = pages[min(len(pages) - 1, int((layout.position().y() + line.y()) // page_height))]
            if not page or page[-1][0] != block:
                page.append((block, []))
            page[-1][1].append(line)
        block = block.next()
    return pages


def _footer(glyphs: _Painter, font: QFont, device: QPdfWriter, text: str, width: float,
            bottom: float) -> None:
    """The page number, centred at the bottom (drawn like the rest, so it is logged too)."""
    layout = QTextLayout(text, font, device)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    x = (width - line.naturalTextWidth()) / 2
    glyphs.layout(layout, QPointF(x, bottom - line.height()), [line], [(0, len(text), GREY)])
