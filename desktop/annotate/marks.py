"""How annotations look in the reader: tagged, highlighted and noted passages and a suggestion's
evidence, drawn as the reader view's mark layers; and the open document's tags as coloured
chips in the label over the text.

Marks are ExtraSelections of the view (``ReaderView.set_marks``), never changes to its
document; the layers are drawn in the order of ``LAYERS``, all under the search hits, so a hit
stays visible inside a tagged passage. A tag is its theme's colour, made light enough to
read through; a note is underlined, the one at the cursor darker.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QLabel

from desktop.common.theme_catalog import ThemeCatalog
from desktop.reader.view import ReaderView

if TYPE_CHECKING:
    from archive.types import Annotation

Placed = list[tuple["Annotation", int, int]]  # annotation, Qt start, Qt end

HIGHLIGHT_COLOR = QColor("#c8ecc0")
NOTE_COLOR = QColor("#e2ecfb")
CURRENT_NOTE_COLOR = QColor("#bcd3f7")
NOTE_LINE_COLOR = QColor("#4a78c2")
TAG_ALPHA, EVIDENCE_ALPHA = 70, 150
LAYERS = ("tags", "highlights", "notes", "evidence")  # drawn in this order, under the hits


class Marks(QObject):
    """Draws one document's annotations on ``view`` and its tags in ``tags_label``."""

    def __init__(self, view: ReaderView, themes: ThemeCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._themes = themes
        self._tags: list[str] = []
        self._passage_themes: set[str] = set()
        self.tags_label = QLabel()
        self.tags_label.setObjectName("documentTagsLabel")
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.tags_label.setWordWrap(True)

    def clear(self) -> None:
        """No marks at all (another document is coming)."""
        for layer in LAYERS:
            self._view.set_marks(layer, [])

    def draw(self, placed: Placed) -> None:
        """Colour the tagged and the highlighted passages."""
        from archive.types import Kind

        tag_marks, highlight_marks = [], []
        for a, start, end in placed:
            if a.kind == Kind.TAG and a.theme_id:
                char_format = QTextCharFormat()
                color = QColor(self._themes.color(a.theme_id))
                color.setAlpha(TAG_ALPHA)
                char_format.setBackground(color)
                tag_marks.append((start, end, char_format))
            elif a.kind == Kind.HIGHLIGHT:
                char_format = QTextCharFormat()
                char_format.setBackground(HIGHLIGHT_COLOR)
                highlight_marks.append((start, end, char_format))
        self._view.set_marks("tags", tag_marks)
        self._view.set_marks("highlights", highlight_marks)

    def draw_notes(self, placed: Placed, current: str | None) -> None:
        """Underline the noted passages, the ``current`` note's darker."""
        marks = []
        for a, start, end in placed:
            if a.kind == "note":
                char_format = QTextCharFormat()
                char_format.setBackground(CURRENT_NOTE_COLOR if a.id == current else NOTE_COLOR)
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                char_format.setUnderlineColor(NOTE_LINE_COLOR)
                marks.append((start, end, char_format))
        if marks or self._view.marks("notes"):  # the cursor moves often: no needless redraw
            self._view.set_marks("notes", marks)

    def draw_evidence(self, theme_id: str, spans: list[tuple[int, int]]) -> None:
        """Colour the words (Qt spans) that support a suggested theme; none for no spans."""
        color = QColor(self._themes.color(theme_id))
        color.setAlpha(EVIDENCE_ALPHA)
        char_format = QTextCharFormat()
        char_format.setBackground(color)
        char_format.setFontWeight(700)
        self._view.set_marks("evidence", [(s, e, char_format) for s, e in spans])

    def show_tags(self, tags: list[str], passage_themes: set[str]) -> None:
        """The document's tags as chips, then in italics the other themes of its tagged passages."""
        self._tags, self._passage_themes = list(tags), set(passage_themes)
        self._show_tags()

    def _show_tags(self) -> None:
        themes = self._themes
        chips = []
        for theme_id in self._tags + sorted(self._passage_themes - set(self._tags)):
            color = themes.color(theme_id)
            text = "#1a1a1a" if color.lightness() > 140 else "#ffffff"
            weight = "" if theme_id in self._tags else "font-style:italic;"
            chips.append(
                f'<span style="background-color:{color.name()};color:{text};{weight}">'
                f"&nbsp;{html.escape(themes.label(theme_id))}&nbsp;</span>"
            )
        self.tags_label.setText("&nbsp; ".join(chips))
        self.tags_label.setToolTip(self.tr("Document tags (in italics: themes of tagged passages)") if chips else "")

    def retranslate_ui(self) -> None:
        self._show_tags()
