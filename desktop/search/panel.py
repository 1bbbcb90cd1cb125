"""The search panel: the query field, a quiet status line, sorting, and the results list.

Typing starts a search 200 ms after the last key (debounced); Enter searches at once. The
field takes its text direction from what is typed (Arabic right to left, Latin left to right)
and goes back to the interface's direction when empty. Query syntax errors are shown in the
status line under the field, never in a dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from archive.text.direction import direction_of
from archive.types import SORT_KEYS
from desktop.common.fonts import Fonts
from desktop.common.theme_catalog import ThemeCatalog
from desktop.search.filter_chips import FilterChips
from desktop.search.results_delegate import ResultsDelegate
from desktop.search.results_model import ResultRole, ResultsModel

if TYPE_CHECKING:
    from archive.types import Hit, SearchResults

DEBOUNCE_MS = 200
SEARCHING_AFTER_MS = 300  # say "Searching…" only when a search takes longer than this


class _ResultsView(QListView):
    """The results list, where making a row current opens it: so a right click (which shows
    the row's menu) and the focus coming back when that menu closes change nothing."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.RightButton:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.RightButton:
            super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            super().focusInEvent(event)  # which makes the first row current when none is
            return
        selection = self.selectionModel()
        current = selection.currentIndex()
        selection.blockSignals(True)
        try:
            super().focusInEvent(event)
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            selection.blockSignals(False)


class SearchPanel(QWidget):
    """Query field and results.

    Signals:
        query_edited(str): the query changed and the user paused typing (or pressed Enter).
        sort_changed(str): "relevance" or "date" was chosen.
        result_chosen(Hit): the user moved to or clicked a result.
        filter_removed(str, str): the user took a filter away (kind, value).
        filters_cleared(): the user took every filter away.
        original_requested(Hit): open this result's file in the system's program for it.
        folder_requested(Hit): open the folder holding this result's file.
        citation_requested(Hit): copy this result's citation.
    """

    query_edited = Signal(str)
    sort_changed = Signal(str)
    result_chosen = Signal(object)
    filter_removed = Signal(str, str)
    filters_cleared = Signal()
    original_requested = Signal(object)
    folder_requested = Signal(object)
    citation_requested = Signal(object)

    def __init__(
        self, fonts: Fonts, themes: ThemeCatalog, sort: str = "relevance", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document_count = 0
        self._status_kind = "idle"  # idle | results | error | searching
        self._error = ""

        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setFont(fonts.content(13))
        self.field.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.sort = QComboBox()
        self.sort.setObjectName("sortCombo")
        self.sort.addItems(["", ""])
        self.sort.setCurrentIndex(SORT_KEYS.index(sort) if sort in SORT_KEYS else 0)
        self.sort_label = QLabel()
        self.sort_label.setBuddy(self.sort)
        self.chips = FilterChips(themes)

        self.model = ResultsModel(self)
        self.view = _ResultsView()
        self.view.setObjectName("resultsList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultsDelegate(fonts, themes, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(0)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SEARCHING_AFTER_MS)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.sort_label)
        status_row.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addLayout(status_row)
        layout.addWidget(self.chips)
        layout.addWidget(self.view, 1)

        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.returnPressed.connect(self._on_field_return_pressed)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._slow.timeout.connect(self._on_slow_timeout)
        self.sort.currentIndexChanged.connect(self._on_sort_current_index_changed)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        self.chips.removed.connect(self.filter_removed)
        self.chips.cleared.connect(self.filters_cleared)
        self.status.linkActivated.connect(lambda _link: self.filters_cleared.emit())  # "clear filters"
        self.retranslate_ui()

    # -- public ---------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self.field.text()

    @property
    def sort_key(self) -> str:
        return SORT_KEYS[max(0, self.sort.currentIndex())]

    def set_query(self, text: str) -> None:
        """Put ``text`` in the field and search at once (no debounce)."""
        self.field.setText(text)
        self._debounce.stop()
        self.query_edited.emit(text)

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_document_count(self, count: int) -> None:
        self._document_count = count
        self._update_status()

    def search_started(self) -> None:
        """A search is on its way: if it takes a while, the status line says so."""
        self._slow.start()

    def set_filters(self, themes: Sequence[str], years: Sequence[str]) -> None:
        """The filters the results are narrowed by (shown as chips above them)."""
        self.chips.set_filters(themes, years)
        self._update_status()

    def show_results(self, results: SearchResults, *, from_top: bool = False) -> None:
        """Show ``results``; ``from_top`` for another query or filter (not a refresh, not a page)."""
        self._slow.stop()
        current = self.current_hit()
        self.model.set_results(results)
        self._status_kind, self._error = "results", ""
        self._update_status()
        if current is not None:  # keep the open document selected when results refresh
            self.select_path(current.path, notify=False, scroll=not from_top)
        if from_top:
            self.view.scrollToTop()

    def show_error(self, message: str) -> None:
        self._slow.stop()
        self._status_kind, self._error = "error", message
        self._update_status()

    def clear_results(self) -> None:
        self._slow.stop()
        self.model.clear()
        self._status_kind, self._error = "idle", ""
        self._update_status()

    def current_hit(self) -> Hit | None:
        index = self.view.currentIndex()
        return index.data(ResultRole.HIT) if index.isValid() else None

    def select_path(self, path: str, notify: bool = True, scroll: bool = True) -> bool:
        row = self.model.row_of(path)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        model = self.view.selectionModel()
        model.blockSignals(not notify)
        try:
            model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            model.blockSignals(False)
        if scroll:
            self.view.scrollTo(index)
        return True

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Search the archive (Ctrl+K)"))
        self.field.setToolTip(self.tr(
            "Words are found in every spelling; quotes for a phrase, * for a prefix, "
            "OR, NOT, and theme: year: title: path: filters"
        ))
        self.sort_label.setText(self.tr("Sort:"))
        self.sort.setItemText(0, self.tr("Relevance"))
        self.sort.setItemText(1, self.tr("Newest first"))
        self.view.setAccessibleName(self.tr("Search results"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def result_menu(self, hit: Hit) -> QMenu:
        """What can be done with one result, without opening it first."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.select_path(hit.path))
        menu.addSeparator()
        menu.addAction(self.tr("Open Original &File"), lambda: self.original_requested.emit(hit))
        menu.addAction(self.tr("Show in F&older"), lambda: self.folder_requested.emit(hit))
        menu.addSeparator()
        menu.addAction(self.tr("&Copy Citation"), lambda: self.citation_requested.emit(hit))
        return menu

    def eventFilter(self, watched, event: QEvent) -> bool:
        if (watched is self.field and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    # -- internals ------------------------------------------------------------------------

    def _update_status(self) -> None:
        rich = False
        if self._status_kind == "error":
            text = self._error
        elif self._status_kind == "searching":
            text = self.tr("Searching…")
        elif self._status_kind == "results" and self.model.total == 0 and self.chips.labels:
            text, rich = self._filtered_out_message(), True
        elif self._status_kind == "results":
            total, shown = self.model.total, self.model.rowCount()
            text = self.tr("%n document(s) found", "", total)
            if shown < total:
                text += " " + self.tr("(showing the first %n)", "", shown)
        else:
            text = self.tr("Type to search %n document(s)", "", self._document_count)
        self.status.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.status.setText(text)
        self.status.setProperty("error", self._status_kind == "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _filtered_out_message(self) -> str:
        """Nothing found because of the filters: say which, with a link that clears them."""
        # Isolated, so a Latin theme or a year keeps its order inside Arabic.
        names = self.tr(", ").join(f"\u2068{escape(label)}\u2069" for label in self.chips.labels)
        link = escape(self.tr("clear filters"))
        return self.tr("No documents match the filters %1 — %2").replace("%1", names).replace(
            "%2", f'<a href="clear">{link}</a>')

    def _on_field_text_changed(self, text: str) -> None:
        direction = direction_of(text)
        if direction is None:
            self.field.unsetLayoutDirection()
        else:
            self.field.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
            )
        self._debounce.start()

    def _on_field_return_pressed(self) -> None:
        self._debounce.stop()
        self.query_edited.emit(self.field.text())

    def _on_slow_timeout(self) -> None:
        self._status_kind = "searching"
        self._update_status()

    def _on_debounce_timeout(self) -> None:
        self.query_edited.emit(self.field.text())

    def _on_sort_current_index_changed(self, index: int) -> None:
        self.sort_changed.emit(self.sort_key)

    def _on_view_custom_context_menu_requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():  # the keyboard's menu key: the current row
            index = self.view.currentIndex()
        hit = index.data(ResultRole.HIT) if index.isValid() else None
        if hit is None:
            return
        menu = self.result_menu(hit)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_view_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        hit = current.data(ResultRole.HIT) if current.isValid() else None
        if hit is not None:
            self.result_chosen.emit(hit)
