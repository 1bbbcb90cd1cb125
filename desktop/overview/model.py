"""The theme matrix: a table model over the core's ``ThemeOverview``.

Rows are the keys (years, folders or documents; undated last), columns the themes with
something counted; a cell shows "tagged documents · coded passages" and carries the
passages' ids, so that activating it can open them.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from archive.types import ThemeOverview

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    DOCUMENTS = Qt.ItemDataRole.UserRole + 1
    PASSAGES = Qt.ItemDataRole.UserRole + 2
    PASSAGE_IDS = Qt.ItemDataRole.UserRole + 3
    THEME = Qt.ItemDataRole.UserRole + 4
    KEY = Qt.ItemDataRole.UserRole + 5


class ThemeMatrixModel(QAbstractTableModel):
    """``theme_label`` names a theme, ``key_label`` a row key (None: undated)."""

    def __init__(self, theme_label: Callable[[str], str], key_label: Callable[[str | None], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme_label, self._key_label = theme_label, key_label
        self._overview: ThemeOverview | None = None
        self._themes: list[str] = []

    def set_overview(self, overview: ThemeOverview | None) -> None:
        self.beginResetModel()
        self._overview = overview
        rows = overview.rows if overview else ()
        self._themes = [t for t in (overview.themes if overview else ())
                        if any(r.documents[t] or r.passages[t] for r in rows)]
        self.endResetModel()

    @property
    def overview(self) -> ThemeOverview | None:
        return self._overview

    @property
    def themes(self) -> list[str]:
        return list(self._themes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._overview is None else len(self._overview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._themes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._overview is None:
            return None
        row, theme = self._overview.rows[index.row()], self._themes[index.column()]
        documents, passages = row.documents[theme], row.passages[theme]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{documents} · {passages}" if documents or passages else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Roles.DOCUMENTS:
            return documents
        if role == Roles.PASSAGES:
            return passages
        if role == Roles.PASSAGE_IDS:
            return row.passage_ids[theme]
        if role == Roles.THEME:
            return theme
        if role == Roles.KEY:
            return row.key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._overview is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._theme_label(self._themes[section]) if section < len(self._themes) else None
        rows = self._overview.rows
        return self._key_label(rows[section].key) if section < len(rows) else None
