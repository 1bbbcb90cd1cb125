"""The themes side list: the open document's tags and the themes suggested for it.

Suggestions come from ``Library.suggest`` (computed on a worker thread by the controller),
each with its score and evidence (the matched terms and where). Choosing a suggestion asks
the reader to show its evidence; Accept makes it a document tag, Reject hides it. The tags
of the document are listed above, each removable. The panel only shows and asks: every
change goes through the controller's undo stack.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.common.theme_catalog import ThemeCatalog

if TYPE_CHECKING:
    from archive.types import DocumentSuggestions

ThemeRole = Qt.ItemDataRole.UserRole
EVIDENCE_TERMS = 3  # shown under a suggestion; all of them in its tooltip


def color_icon(color: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(color.darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def evidence_summary(suggestion, limit: int | None = EVIDENCE_TERMS) -> str:
    """"term ×n, term ×n" for the most frequent matched terms."""
    counts = Counter(e.term for e in suggestion.evidence)
    parts = [term if n == 1 else f"{term} ×{n}" for term, n in counts.most_common(limit)]
    return "، ".join(parts) if any("\u0600" <= ch <= "\u06ff" for p in parts for ch in p) else ", ".join(parts)


class ThemesPanel(QWidget):
    """Signals:
        suggestion_chosen(str): a suggestion was selected (theme id; "" when none is).
        accept_requested(str): Accept was clicked for a suggestion (theme id).
        reject_requested(str): Reject was clicked for a suggestion (theme id).
        remove_tag_requested(str): a document tag is to be removed (theme id).
    """

    suggestion_chosen = Signal(str)
    accept_requested = Signal(str)
    reject_requested = Signal(str)
    remove_tag_requested = Signal(str)

    def __init__(self, themes: ThemeCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themesPanel")
        self._themes = themes
        self._tags: list[str] = []
        self._suggestions: DocumentSuggestions | None = None
        self._state = "none"  # none | busy | shown | failed
        self.tags_title = QLabel()
        self.tags_title.setObjectName("facetsTitle")
        self.tags = QListWidget()
        self.tags.setObjectName("documentTags")
        self.tags.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tags.setWordWrap(True)
        self.tags.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tags.setMaximumHeight(self.tags.fontMetrics().lineSpacing() * 5)
        self.remove_tag = QPushButton()
        self.remove_tag.setObjectName("removeTag")
        self.suggestions_title = QLabel()
        self.suggestions_title.setObjectName("facetsTitle")
        self.status = QLabel()
        self.status.setObjectName("facetsEmpty")
        self.status.setWordWrap(True)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.accept = QPushButton()
        self.accept.setObjectName("acceptSuggestion")
        self.reject = QPushButton()
        self.reject.setObjectName("rejectSuggestion")
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.tags_title)
        layout.addWidget(self.tags, 1)
        layout.addWidget(self.remove_tag)
        layout.addSpacing(6)
        layout.addWidget(self.suggestions_title)
        layout.addWidget(self.status)
        layout.addWidget(self.suggestions, 3)
        layout.addLayout(buttons)
        self._connect()
        self._update_buttons()
        self.retranslate_ui()

    def _connect(self) -> None:
        self.tags.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.suggestions.currentItemChanged.connect(self._on_suggestions_current_item_changed)
        self.remove_tag.clicked.connect(lambda: self._emit_current(self.tags, self.remove_tag_requested))
        self.accept.clicked.connect(lambda: self._emit_current(self.suggestions, self.accept_requested))
        self.reject.clicked.connect(lambda: self._emit_current(self.suggestions, self.reject_requested))

    # -- content --------------------------------------------------------------------------

    def clear(self) -> None:
        self._tags, self._suggestions, self._state = [], None, "none"
        self._fill()

    def set_tags(self, theme_ids: list[str]) -> None:
        self._tags = list(theme_ids)
        self._fill()

    def set_busy(self) -> None:
        self._suggestions, self._state = None, "busy"
        self._fill()

    def set_failed(self) -> None:
        self._suggestions, self._state = None, "failed"
        self._fill()

    def set_suggestions(self, suggestions: DocumentSuggestions) -> None:
        """``DocumentSuggestions`` of the open document (its document-level themes are shown)."""
        self._suggestions, self._state = suggestions, "shown"
        self._fill()

    def suggestion(self, theme_id: str):
        if self._suggestions is None:
            return None
        return next((s for s in self._suggestions.themes if s.theme_id == theme_id), None)

    def _fill(self) -> None:
        chosen = self._current_id(self.suggestions)
        self.tags.clear()
        for theme_id in self._tags:
            item = QListWidgetItem(color_icon(self._themes.color(theme_id)), self._themes.label(theme_id))
            item.setData(ThemeRole, theme_id)
            self.tags.addItem(item)
        self.suggestions.blockSignals(True)
        self.suggestions.clear()
        for s in self._suggestions.themes if self._suggestions is not None else ():
            label = self._themes.label(s.theme_id)
            if s.theme_id in self._tags:
                label = self.tr("%1 (tagged)").replace("%1", label)
            text = f"{label} ({s.score:.1f})\n{evidence_summary(s, 2)}"
            item = QListWidgetItem(color_icon(self._themes.color(s.theme_id)), text)
            item.setData(ThemeRole, s.theme_id)
            item.setToolTip(self.tr("Evidence: %1").replace("%1", evidence_summary(s, None)))
            self.suggestions.addItem(item)
            if s.theme_id == chosen:
                self.suggestions.setCurrentItem(item)
        self.suggestions.blockSignals(False)
        self._update_status()
        self._update_buttons()

    def _update_status(self) -> None:
        if self._state == "busy":
            text = self.tr("Looking for themes…")
        elif self._state == "failed":
            text = self.tr("No suggestions: the document could not be read.")
        elif self._state == "shown" and not self.suggestions.count():
            text = self.tr("No theme suggested for this document.")
        elif self._state == "none":
            text = self.tr("Open a document to see its themes.")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _update_buttons(self) -> None:
        current = self._current_id(self.suggestions)
        self.accept.setEnabled(bool(current) and current not in self._tags)
        self.reject.setEnabled(bool(current))
        self.remove_tag.setEnabled(self.tags.currentItem() is not None)

    @staticmethod
    def _current_id(widget: QListWidget) -> str:
        item = widget.currentItem()
        return item.data(ThemeRole) if item is not None else ""

    def _emit_current(self, widget: QListWidget, signal) -> None:
        theme_id = self._current_id(widget)
        if theme_id:
            signal.emit(theme_id)

    def _on_suggestions_current_item_changed(self, current, previous) -> None:
        self._update_buttons()
        self.suggestion_chosen.emit(current.data(ThemeRole) if current is not None else "")

    # -- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.tags_title.setText(self.tr("Document tags"))
        self.suggestions_title.setText(self.tr("Suggested themes"))
        self.remove_tag.setText(self.tr("Remove Tag"))
        self.accept.setText(self.tr("Accept"))
        self.accept.setToolTip(self.tr("Tag the document with this theme"))
        self.reject.setText(self.tr("Reject"))
        self.reject.setToolTip(self.tr("Do not suggest this theme for this document again"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
