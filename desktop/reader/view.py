"""The reader's text view: a read-only QTextEdit with per-paragraph direction and highlights.

- Each paragraph (Qt block) gets its own ``QTextBlockFormat``: layout direction from its
  content (decided on a worker thread, see ``display_text``) and ``AlignLeading``, so an
  Arabic paragraph is laid out right to left and starts at the right edge, an English one
  left to right at the left edge. Qt shapes the logical-order text itself (HarfBuzz).
- Hits are ``ExtraSelections`` (they never change the document); the current one is stronger.
  Only those near the visible part are given to Qt, renewed as the view scrolls.
- Marks (tagged, highlighted and noted passages; a suggestion's evidence) are ExtraSelections
  too, in named layers drawn under the hits, so a hit stays visible inside a tagged passage.
- Copying (and dragging) gives the original logical-order text of the selection, taken from
  the shown text by position, not Qt's rich-text rendering of it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget

from archive.text.display import OffsetMap
from desktop.common.fonts import Fonts
from desktop.reader.loader import PreparedDocument

DOCUMENT_MARGIN = 18
PARAGRAPH_SPACING = 10
HIT_COLOR = QColor("#ffe082")
CURRENT_HIT_COLOR = QColor("#ff9f43")
HIT_TEXT_COLOR = QColor("#1a1a1a")


def qt_direction(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.LeftToRight if direction == "ltr" else Qt.LayoutDirection.RightToLeft


class ReaderView(QTextEdit):
    """Shows one prepared document."""

    def __init__(self, fonts: Fonts, zoom: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self._fonts = fonts
        self._zoom = zoom
        self._text: OffsetMap | None = None
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._hit_format = QTextCharFormat()
        self._hit_format.setBackground(HIT_COLOR)
        self._hit_format.setForeground(HIT_TEXT_COLOR)
        self._current_format = QTextCharFormat(self._hit_format)
        self._current_format.setBackground(CURRENT_HIT_COLOR)
        self._spans: list[tuple[int, int]] = []
        self._span_starts: list[int] = []
        self._current = -1
        self._marks: dict[str, list[tuple[int, int, QTextCharFormat]]] = {}
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)

    @property
    def zoom(self) -> int:
        return self._zoom

    # -- content --------------------------------------------------------------------------

    def show_document(self, prepared: PreparedDocument) -> None:
        """Replace the content with ``prepared`` (cursor at the start, no highlights)."""
        document = self._build_document(prepared)
        self._spans, self._span_starts, self._current = [], [], -1
        self._marks = {}
        self.setExtraSelections([])
        self.setDocument(document)  # deletes the previous document (a child of the view)
        self._text = prepared.text

    def clear_document(self) -> None:
        self._spans, self._span_starts, self._current = [], [], -1
        self._marks = {}
        self.setExtraSelections([])
        self.setDocument(QTextDocument(self))
        self._text = None

    def _build_document(self, prepared: PreparedDocument) -> QTextDocument:
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setDefaultFont(self._fonts.reader(self._zoom))
        option = QTextOption(Qt.AlignmentFlag.AlignLeading)
        option.setTextDirection(qt_direction(prepared.paragraphs.document))
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setPlainText(prepared.text.shown)

        formats = {}
        for direction in ("rtl", "ltr"):
            block_format = QTextBlockFormat()
            block_format.setLayoutDirection(qt_direction(direction))
            block_format.setAlignment(Qt.AlignmentFlag.AlignLeading)
            block_format.setBottomMargin(PARAGRAPH_SPACING)
            formats[direction] = block_format
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.begin()
        for direction in prepared.paragraphs.each:
            if not block.isValid():
                break
            cursor.setPosition(block.position())
            cursor.setBlockFormat(formats[direction])
            block = block.next()
        cursor.endEditBlock()
        return document

    # -- highlights and the cursor ----------------------------------------------------------

    def set_highlights(self, spans: list[tuple[int, int]], current: int = -1) -> None:
        """Highlight ``spans`` (Qt positions, sorted), ``current`` more strongly.

        Only the hits in and around the visible paragraphs become ExtraSelections, renewed as
        the view scrolls: handing Qt thousands of them would make it lay out the whole
        document at once to find their rectangles.
        """
        self._spans = spans
        self._span_starts = [start for start, _ in spans]
        self._current = current
        self._refresh_highlights()

    def set_marks(self, layer: str, marks: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Colour passages (Qt positions) of one layer; layers are drawn in the order first
        set, all under the hits. An empty list removes the layer's marks."""
        self._marks[layer] = list(marks)
        self._refresh_highlights()

    def marks(self, layer: str) -> list[tuple[int, int, QTextCharFormat]]:
        return list(self._marks.get(layer, ()))

    def visible_range(self) -> tuple[int, int]:
        """Document positions of the paragraphs in view, with one paragraph more each side."""
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).block()
        last = self.cursorForPosition(viewport.bottomLeft()).block()
        first = first.previous() if first.previous().isValid() else first
        last = last.next() if last.next().isValid() else last
        return first.position(), last.position() + last.length()

    def _mark_selections(self) -> list[QTextEdit.ExtraSelection]:
        document = self.document()
        limit = document.characterCount() - 1
        selections = []
        for marks in self._marks.values():
            for start, stop, char_format in marks:
                if start < limit:
                    selections.append(_selection(document, start, min(stop, limit), char_format))
        return selections

    def _refresh_highlights(self) -> None:
        marked = self._mark_selections() if self._marks else []
        if not self._spans:
            if marked or self.extraSelections():
                self.setExtraSelections(marked)
            return
        low, high = self.visible_range()
        begin = max(0, bisect_right(self._span_starts, low) - 1)
        end = bisect_left(self._span_starts, high)
        chosen = list(range(begin, end))
        if 0 <= self._current < len(self._spans) and self._current not in chosen:
            chosen.append(self._current)
        document = self.document()
        limit = document.characterCount() - 1
        selections = marked
        for i in chosen:
            start, stop = self._spans[i]
            if start < limit:
                char_format = self._current_format if i == self._current else self._hit_format
                selections.append(_selection(document, start, min(stop, limit), char_format))
        self.setExtraSelections(selections)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refresh_highlights()

    def _on_scroll_value_changed(self, value: int) -> None:
        self._refresh_highlights()

    def move_cursor_to(self, position: int, center: bool = True) -> None:
        """Put the cursor at ``position`` and scroll it into view (a third from the top)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        if center:
            rect = self.cursorRect(cursor)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        else:
            self.ensureCursorVisible()

    # -- zoom -----------------------------------------------------------------------------

    def set_zoom(self, steps: int) -> None:
        self._zoom = steps
        anchor = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        self.document().setDefaultFont(self._fonts.reader(steps))
        cursor = QTextCursor(self.document())
        cursor.setPosition(anchor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    # -- copying --------------------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        mime = QMimeData()
        if self._text is not None:
            mime.setText(self._text.shown_between(cursor.selectionStart(), cursor.selectionEnd()))
        else:
            mime.setText(cursor.selection().toPlainText())
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return False


def _selection(document, start: int, stop: int, char_format) -> QTextEdit.ExtraSelection:
    """An extra selection painting ``char_format`` over ``document[start:stop]``."""
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    selection.format = char_format
    return selection
