"""The excerpts list: highlights and coded passages from every document, in the user's order, grouped and filtered.

``ExcerptsModel`` is a two-level QAbstractItemModel over ids and a cache of rows (Anki's
browser table): with grouping, the top level holds groups (a theme or a document) and their
excerpts under them; without, the excerpts are the top level. Filtering (a theme, a text
query folded as the search folds it) and grouping only change which ids are shown.

Reordering (drag and drop, or ``moveRows``) never writes itself: the model computes the new
``position`` of each moved excerpt (between its new neighbours in the whole order, visible or
not) and hands ``{id: (old, new)}`` to ``move_requested``; the panel turns that into an
undoable store write and calls ``apply_positions`` back.

The rows come from the export's own model (``Library.export_model``): the panel lists
exactly what an export of every excerpt would contain, with the same themes and notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from archive.export.model import Excerpt
from archive.text.display import fold

MIME_TYPE = "application/x-wathaiq-excerpt-ids"
NO_GROUP = 0xFFFFFFFF  # internal id of a top-level index


class Roles(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    PATH = Qt.ItemDataRole.UserRole + 2
    TITLE = Qt.ItemDataRole.UserRole + 3
    TEXT = Qt.ItemDataRole.UserRole + 4
    THEMES = Qt.ItemDataRole.UserRole + 5
    NOTES = Qt.ItemDataRole.UserRole + 6
    SPAN = Qt.ItemDataRole.UserRole + 7
    IS_GROUP = Qt.ItemDataRole.UserRole + 8
    DATE = Qt.ItemDataRole.UserRole + 9


@dataclass(frozen=True, slots=True)
class ExcerptRow(Excerpt):
    """The export's own excerpt with its place in the user's order (built on a worker thread)."""

    position: float = 0.0

    @classmethod
    def of(cls, excerpt: Excerpt, position: float) -> ExcerptRow:
        return cls(**{f.name: getattr(excerpt, f.name) for f in fields(Excerpt)}, position=position)

    @property
    def folded(self) -> str:
        return fold(" ".join((self.title, self.text, *self.notes)))


def load_rows(library, progress=None, cancel=None) -> list[ExcerptRow]:
    """Every exportable excerpt of ``archive``, in the user's order (run off the UI thread)."""
    from archive.export import ExportOptions

    positions = {a.id: a.position for a in library.annotations()}  # an excerpt is not only a highlight
    model = library.export_model(ExportOptions(group="none"), progress=progress, cancel=cancel)
    return [
        ExcerptRow.of(e, float(positions.get(e.id) or 0.0)) for e in model.excerpts
    ]


@dataclass(slots=True)
class _Group:
    key: str
    ids: list[str]


class ExcerptsModel(QAbstractItemModel):
    """Excerpts, optionally under group rows; ``move_requested`` is set by the owner."""

    def __init__(self, theme_label: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme_label = theme_label
        self._rows: dict[str, ExcerptRow] = {}
        self._order: list[str] = []  # every excerpt, by position
        self._grouping = "none"
        self._theme = ""
        self._query = ""
        self._only: frozenset[str] | None = None  # ids chosen elsewhere (a theme overview cell)
        self._groups: list[_Group] = [_Group("", [])]  # visible; one keyed "" when not grouping
        self.move_requested: Callable[[dict[str, tuple[float, float]]], None] = self.apply_moves

    # -- contents -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ExcerptRow]) -> None:
        self.beginResetModel()
        self._rows = {r.id: r for r in rows}
        self._order = [r.id for r in sorted(rows, key=lambda r: r.position)]
        self._regroup()
        self.endResetModel()

    def set_grouping(self, grouping: str) -> None:
        if grouping != self._grouping:
            self.beginResetModel()
            self._grouping = grouping
            self._regroup()
            self.endResetModel()

    def set_filter(self, theme: str = "", query: str = "", only: frozenset[str] | None = None) -> None:
        """Show the excerpts with ``theme``, matching ``query`` and, unless None, among ``only``."""
        query = fold(query.strip())
        if (theme, query, only) != (self._theme, self._query, self._only):
            self.beginResetModel()
            self._theme, self._query, self._only = theme, query, only
            self._regroup()
            self.endResetModel()

    @property
    def grouping(self) -> str:
        return self._grouping

    @property
    def grouped(self) -> bool:
        return self._grouping != "none"

    def row(self, excerpt_id: str) -> ExcerptRow:
        return self._rows[excerpt_id]

    @property
    def order(self) -> list[str]:
        return list(self._order)

    def visible_ids(self) -> list[str]:
        """The shown excerpts, top to bottom (an excerpt under two themes appears twice)."""
        return [i for g in self._groups for i in g.ids]

    def group_keys(self) -> list[str]:
        return [g.key for g in self._groups] if self.grouped else []

    def _regroup(self) -> None:
        shown = [i for i in self._order if self._shown(self._rows[i])]
        if self._grouping == "theme":
            groups: dict[str, list[str]] = {}
            for i in shown:
                for theme in self._rows[i].themes or ("",):
                    groups.setdefault(theme, []).append(i)
            untagged = groups.pop("", None)
            self._groups = [_Group(k, v) for k, v in groups.items()]
            if untagged:
                self._groups.append(_Group("", untagged))
        elif self._grouping == "document":
            groups = {}
            for i in shown:
                groups.setdefault(self._rows[i].path, []).append(i)
            self._groups = [_Group(k, v) for k, v in groups.items()]
        else:
            self._groups = [_Group("", shown)]

    def _shown(self, row: ExcerptRow) -> bool:
        if self._theme and self._theme not in row.themes:
            return False
        if self._only is not None and row.id not in self._only:
            return False
        return not self._query or self._query in row.folded

    # -- the tree ---------------------------------------------------------------------------

    def _ids_under(self, parent: QModelIndex | QPersistentModelIndex) -> list[str] | None:
        """The excerpt ids listed under ``parent`` (None: its children are groups)."""
        if not parent.isValid():
            return None if self.grouped else self._groups[0].ids
        if self.grouped and parent.internalId() == NO_GROUP:
            return self._groups[parent.row()].ids
        return []

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if parent.isValid():
            return self.createIndex(row, column, parent.row())
        return self.createIndex(row, column, NO_GROUP)

    def parent(self, child=None):
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == NO_GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, NO_GROUP)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        ids = self._ids_under(parent)
        return len(self._groups) if ids is None else len(ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def excerpt_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        if not index.isValid():
            return None
        if not self.grouped:
            return self._groups[0].ids[index.row()]
        if index.internalId() == NO_GROUP:
            return None
        return self._groups[index.internalId()].ids[index.row()]

    def index_of(self, excerpt_id: str) -> QModelIndex:
        """The first index showing ``excerpt_id`` (invalid if it is filtered out)."""
        for g, group in enumerate(self._groups):
            if excerpt_id in group.ids:
                row = group.ids.index(excerpt_id)
                return self.index(row, 0, self.index(g, 0) if self.grouped else QModelIndex())
        return QModelIndex()

    def group_heading(self, key: str) -> str:
        if self._grouping == "theme":
            return self._theme_label(key) if key else self.tr("No theme")
        row = next((self._rows[i] for i in self._order if self._rows[i].path == key), None)
        return row.title if row is not None else key

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        excerpt = self.excerpt_id(index)
        if excerpt is None:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Roles.TITLE):
                return self.group_heading(group.key)
            if role == Roles.IS_GROUP:
                return True
            if role == Roles.THEMES:
                return (group.key,) if self._grouping == "theme" and group.key else ()
            if role == Roles.PATH:
                return group.key if self._grouping == "document" else None
            return None
        row = self._rows[excerpt]
        values: dict[int, object] = {
            Qt.ItemDataRole.DisplayRole: row.text, Qt.ItemDataRole.ToolTipRole: row.path,
            Roles.ID: row.id, Roles.PATH: row.path, Roles.TITLE: row.title, Roles.TEXT: row.text,
            Roles.THEMES: row.themes, Roles.NOTES: row.notes, Roles.SPAN: (row.start, row.end),
            Roles.IS_GROUP: False, Roles.DATE: row.date,
        }
        return values.get(role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.grouped else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.excerpt_id(index) is None:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren

    # -- reordering -------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = []
        for index in indexes:
            excerpt = self.excerpt_id(index)
            if excerpt is not None and excerpt not in ids:
                ids.append(excerpt)
        data = QMimeData()
        data.setData(MIME_TYPE, "\n".join(ids).encode("utf-8"))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return (data is not None and data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction
                and self._ids_under(parent) is not None)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Move the dropped excerpts before row ``row`` of ``parent`` (-1: at its end).

        Returns True after handing the move on; the view's own removal of the dragged rows
        then finds nothing to remove (``removeRows`` is not implemented)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [i for i in bytes(data.data(MIME_TYPE)).decode("utf-8").split("\n") if i in self._rows]
        return self._move(ids, parent, row)

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:
        source = self._ids_under(source_parent)
        if source is None or count <= 0 or source_row < 0 or source_row + count > len(source):
            return False
        return self._move(source[source_row : source_row + count], destination_parent, destination_child)

    def _move(self, ids: list[str], parent, row: int) -> bool:
        target = self._ids_under(parent)
        if not ids or target is None:
            return False
        row = len(target) if row < 0 or row > len(target) else row
        remaining = [i for i in self._order if i not in ids]
        following = next((i for i in target[row:] if i not in ids), None)
        if following is not None:
            at = remaining.index(following)
        else:  # after the last one shown here that is not moving
            before = next((i for i in reversed(target[:row]) if i not in ids), None)
            at = remaining.index(before) + 1 if before is not None else len(remaining)
        new_order = remaining[:at] + ids + remaining[at:]
        if new_order == self._order:
            return False
        self.move_requested(self._positions(ids, remaining, at))
        return True

    def _positions(self, ids: list[str], remaining: list[str], at: int) -> dict[str, tuple[float, float]]:
        """New positions for ``ids`` placed at ``at`` in ``remaining``: evenly between neighbours."""
        before = self._rows[remaining[at - 1]].position if at > 0 else None
        after = self._rows[remaining[at]].position if at < len(remaining) else None
        if before is None and after is None:
            low, high = 0.0, float(len(ids) + 1)
        elif before is None:
            assert after is not None
            low, high = after - len(ids) - 1, after
        elif after is None:
            low, high = before, before + len(ids) + 1
        else:
            low, high = before, after
        step = (high - low) / (len(ids) + 1)
        return {i: (self._rows[i].position, low + step * (n + 1)) for n, i in enumerate(ids)}

    def apply_positions(self, positions: dict[str, float]) -> None:
        """The store now has these positions (after a move, its undo or redo): reorder."""
        known = {i: p for i, p in positions.items() if i in self._rows}
        if not known:
            return
        self.beginResetModel()
        for i, position in known.items():
            self._rows[i] = replace(self._rows[i], position=position)
        self._order.sort(key=lambda i: self._rows[i].position)
        self._regroup()
        self.endResetModel()

    def apply_moves(self, moves: dict[str, tuple[float, float]]) -> None:
        """Without an owner: take the new positions at once (nothing is stored)."""
        self.apply_positions({i: new for i, (_, new) in moves.items()})
