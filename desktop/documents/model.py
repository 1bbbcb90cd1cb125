"""The table of every document: title, date (with where it came from), path, size, format.

Title and date cells are editable; an edit is not written here but handed to the owner
(``edit_requested``), which makes it an undoable command and applies the result
(``apply_record``) once the core has stored it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from archive.text.direction import direction_of
from archive.types import DocumentRecord
from desktop.common.messages import date_origin

TITLE, DATE, PATH, SIZE, FORMAT = range(5)
EDITABLE = {TITLE: "title", DATE: "date"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractTableModel):
    """Rows of ``DocumentRecord`` (present documents only), as the user sees them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRecord] = []
        self._row_of: dict[str, int] = {}
        self.edit_requested: Callable[[DocumentRecord, str, str], None] = lambda record, field, value: None

    def set_records(self, records: list[DocumentRecord]) -> None:
        self.beginResetModel()
        self._rows = [r for r in records if not r.missing]
        self._row_of = {r.id: n for n, r in enumerate(self._rows)}
        self.endResetModel()

    def apply_record(self, record: DocumentRecord) -> None:
        """Show a record the core changed (a correction made or taken back)."""
        row = self._row_of.get(record.id)
        if row is not None:
            self._rows[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def record(self, row: int) -> DocumentRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        names = (
            translate("DocumentsModel", "Title"),
            translate("DocumentsModel", "Date"),
            translate("DocumentsModel", "Path"),
            translate("DocumentsModel", "Size"),
            translate("DocumentsModel", "Format"),
        )
        return names[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(record, column)
        if role == Qt.ItemDataRole.EditRole:
            return {TITLE: record.title, DATE: record.date or ""}.get(column)
        if role == SORT_ROLE:
            # Undated documents sort below every date; sizes as numbers; text without case.
            return {DATE: record.date or "", SIZE: record.size}.get(column, self._shown(record, column).casefold())
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE:
            return date_origin(record.date_source)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TITLE:
            # A title sits on the side its own language starts from, whatever the interface's.
            rtl = direction_of(record.title) == "rtl"
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return Qt.AlignmentFlag.AlignVCenter | side | Qt.AlignmentFlag.AlignAbsolute
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = EDITABLE.get(index.column())
        if field is None or role != Qt.ItemDataRole.EditRole:
            return False
        record = self._rows[index.row()]
        value = " ".join(str(value).split())
        if value != (record.title if field == "title" else record.date or ""):
            self.edit_requested(record, field, value)
        return False  # shown once the core has it (apply_record)

    def _shown(self, record: DocumentRecord, column: int) -> str:
        if column == TITLE:
            return record.title or record.path.rsplit("/", 1)[-1]
        if column == DATE:
            return record.date or QCoreApplication.translate("DocumentsModel", "Undated")
        if column == PATH:
            return record.path
        if column == SIZE:
            return QLocale().formattedDataSize(record.size)
        return record.format or ""


class DocumentsFilter(QSortFilterProxyModel):
    """Sorts by each column's own order (``SORT_ROLE``) and keeps rows whose title or path
    contains the filter text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setFilterRole(Qt.ItemDataRole.DisplayRole)
