"""The documents panel: a filter field over the sortable table of every document.

Enter or a double-click opens a document in the reader; F2 (or the context menu) edits its
title or date, which the owner stores as the user's correction (an empty value takes the
correction back).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive.types import DocumentRecord
from desktop.documents.model import (
    DATE,
    FORMAT,
    PATH,
    RECORD_ROLE,
    SIZE,
    TITLE,
    DocumentsFilter,
    DocumentsModel,
)

PATH_WIDTH = 320  # px: most archive paths whole, the title keeps the rest


class _LeftToRightColumns(QStyledItemDelegate):
    """Dates, paths, sizes and formats are left-to-right text: laid out so in the Arabic
    interface too (else "2013-us-morocco.txt" shows as "txt.2013-us-morocco" and "4.38 KiB" as
    "KiB 4.38"), on the interface's leading side."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() != TITLE:
            rtl_ui = option.direction == Qt.LayoutDirection.RightToLeft
            side = Qt.AlignmentFlag.AlignRight if rtl_ui else Qt.AlignmentFlag.AlignLeft
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = Qt.AlignmentFlag.AlignVCenter | side | Qt.AlignmentFlag.AlignAbsolute


class DocumentsPanel(QWidget):
    """Signals:
    document_activated(str): open this document (its archive-relative path).
    """

    document_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel()
        self.proxy = DocumentsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setObjectName("documentsFilter")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("documentsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2; a double-click opens
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(_LeftToRightColumns(self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, SIZE, FORMAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(PATH, PATH_WIDTH)
        self.count = QLabel()
        self.count.setObjectName("documentsCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.table.activated.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.model.modelReset.connect(self._update_count)
        self.retranslate_ui()

    def set_records(self, records: list[DocumentRecord]) -> None:
        self.model.set_records(records)

    def edit_current(self, column: int) -> None:
        """Start editing the current document's title or date (F2 edits the current cell)."""
        current = self.table.currentIndex()
        if current.isValid():
            cell = current.siblingAtColumn(column)
            self.table.setCurrentIndex(cell)
            self.table.edit(cell)

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.table.state() != QAbstractItemView.State.EditingState:
            self.document_activated.emit(index.data(RECORD_ROLE).path)

    def _on_table_context_menu_requested(self, at: QPoint) -> None:
        index = self.table.indexAt(at)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.document_activated.emit(index.data(RECORD_ROLE).path))
        menu.addSeparator()
        menu.addAction(self.tr("Edit Title"), lambda: self.edit_current(TITLE))
        menu.addAction(self.tr("Edit Date"), lambda: self.edit_current(DATE))
        menu.exec(self.table.viewport().mapToGlobal(at))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n document(s)", "", total) if shown == total else self.tr(
            "%1 of %2 documents").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by title or path"))
        self.table.setToolTip(self.tr(
            "Enter opens a document. F2 edits its title or date: yours are kept apart from the file; "
            "an empty value brings the file's own back."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

