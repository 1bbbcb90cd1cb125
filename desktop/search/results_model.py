"""The results list's model: a thin adapter over the core's ``SearchResults``.

Each row is one ``Hit``. Everything the delegate paints is prepared once, when the results
arrive (a page of rows): titles and snippets folded for display (no presentation forms),
snippet matches converted to Qt positions inside the snippet, each text's direction.

Results come a page at a time: when the view scrolls to the last row and more documents
match, the model asks for the page after its rows (``more_wanted``), and that page is
appended, so the scroll position and the selection stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt, Signal

from archive.text.direction import Direction, direction_of
from archive.text.display import OffsetMap, one_line

if TYPE_CHECKING:
    from archive.types import Hit, SearchResults

Index = QModelIndex | QPersistentModelIndex
PAGE = 100  # rows asked for at a time


class ResultRole(IntEnum):
    """Custom data roles of ``ResultsModel``."""

    HIT = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    DATE = Qt.ItemDataRole.UserRole + 3
    PATH = Qt.ItemDataRole.UserRole + 4
    THEMES = Qt.ItemDataRole.UserRole + 5
    SNIPPET = Qt.ItemDataRole.UserRole + 6
    SNIPPET_MATCHES = Qt.ItemDataRole.UserRole + 7  # [(start, end)] in Qt positions
    DIRECTION = Qt.ItemDataRole.UserRole + 8  # "rtl" | "ltr", of the title and snippet
    DOC_ID = Qt.ItemDataRole.UserRole + 9


@dataclass(frozen=True, slots=True)
class ResultRow:
    hit: Hit
    title: str
    date: str
    snippet: str
    snippet_matches: list[tuple[int, int]]
    direction: Direction


def make_row(hit: Hit) -> ResultRow:
    raw = hit.snippet.replace("\n", " ").replace("\u2029", " ").replace("\t", " ")
    snippet_map = OffsetMap(raw)
    length = len(raw)
    relative = [
        (max(0, s - hit.snippet_start), min(length, e - hit.snippet_start))
        for s, e in hit.matches
        if e > hit.snippet_start and s < hit.snippet_start + length
    ]
    title = one_line(hit.title) or hit.path
    return ResultRow(
        hit=hit,
        title=title,
        date=hit.date or "",
        snippet=snippet_map.shown,
        snippet_matches=snippet_map.spans_to_qt(relative),
        direction=direction_of(snippet_map.shown + " " + title) or "rtl",
    )


class ResultsModel(QAbstractListModel):
    """Rows of search hits, best first (or newest first when sorted by date).

    Signals:
        more_wanted(int): the view reached the last row; the page from this rank is wanted.
    """

    more_wanted = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self.total = 0
        self.query = ""
        self._asked = False  # a page asked for by fetchMore has not arrived yet

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, ResultRole.TITLE):
            return row.title
        if role in (Qt.ItemDataRole.ToolTipRole, ResultRole.PATH):
            return row.hit.path
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}. {row.date}. {row.snippet}"
        if role == ResultRole.HIT:
            return row.hit
        if role == ResultRole.DATE:
            return row.date
        if role == ResultRole.THEMES:
            return list(row.hit.themes)
        if role == ResultRole.SNIPPET:
            return row.snippet
        if role == ResultRole.SNIPPET_MATCHES:
            return list(row.snippet_matches)
        if role == ResultRole.DIRECTION:
            return row.direction
        if role == ResultRole.DOC_ID:
            return row.hit.doc_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({int(role): QByteArray(role.name.lower().encode()) for role in ResultRole})
        return names

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._asked and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._asked = True
            self.more_wanted.emit(len(self._rows))

    # -- content --------------------------------------------------------------------------

    def set_results(self, results: SearchResults) -> None:
        """Show ``results``: a first page instead of the rows shown, the next page after them."""
        self._asked = False
        shown = len(self._rows)
        if results.offset:
            if results.offset == shown and results.query == self.query:
                self.total = results.total
                if results.hits:
                    self.beginInsertRows(QModelIndex(), shown, shown + len(results.hits) - 1)
                    self._rows += [make_row(hit) for hit in results.hits]
                    self.endInsertRows()
            return  # a page that no longer follows the rows shown: a newer search is coming
        self.total = results.total
        self.beginResetModel()
        self._rows = [make_row(hit) for hit in results.hits]
        self.query = results.query
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.total = 0
        self.query = ""
        self._asked = False
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        return self._rows[row].hit if 0 <= row < len(self._rows) else None

    def row_of(self, path: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.hit.path == path), -1)
