"""Facets: the current query's themes and years with their counts; a click narrows.

Two groups in one tree, each value checkable. Checked values stay listed even when the
narrowed results no longer count them, so a filter can always be taken back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from archive.types import UNDATED
from desktop.common.theme_catalog import ThemeCatalog

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2



def facet_label(themes: ThemeCatalog, kind: str, value: str) -> str:
    """What a facet value is called, beside the results and on its chip: a theme's label, a
    year, or "Undated"."""
    if kind == "theme":
        return themes.label(value)
    return QCoreApplication.translate("FacetsPanel", "Undated") if value == UNDATED else value

class FacetsPanel(QWidget):
    """Theme and year facets.

    Signals:
        filters_changed(list, list): the checked theme ids and years changed (by the user).
    """

    filters_changed = Signal(list, list)

    def __init__(self, themes: ThemeCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._themes = themes
        self._facets: dict[str, dict[str, int]] = {}
        self._selected: dict[str, set[str]] = {"theme": set(), "year": set()}
        self._title = QLabel()
        self._title.setObjectName("facetsTitle")
        self._tree = QTreeWidget()
        self._tree.setObjectName("facetsTree")
        self._tree.setColumnCount(2)
        self._tree.setHeaderHidden(True)
        self._tree.setRootIsDecorated(False)
        self._tree.setIndentation(8)
        self._tree.setUniformRowHeights(True)
        self._tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self._tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._groups = {"theme": QTreeWidgetItem(self._tree), "year": QTreeWidgetItem(self._tree)}
        for group in self._groups.values():
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setExpanded(True)
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._empty.setObjectName("facetsEmpty")
        self._clear = QPushButton()
        self._clear.setObjectName("facetsClear")
        self._clear.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._title)
        layout.addWidget(self._empty)
        layout.addWidget(self._tree, 1)
        layout.addWidget(self._clear)

        self._pressed_state: tuple[int, Qt.CheckState] | None = None
        self._tree.itemPressed.connect(self._on_tree_item_pressed)
        self._tree.itemClicked.connect(self._on_tree_item_clicked)
        self._tree.itemChanged.connect(self._on_tree_item_changed)
        self._clear.clicked.connect(self._on_clear_clicked)
        self.retranslate_ui()

    # -- public ---------------------------------------------------------------------------

    @property
    def selected_themes(self) -> list[str]:
        return sorted(self._selected["theme"])

    @property
    def selected_years(self) -> list[str]:
        return sorted(self._selected["year"])

    def set_facets(self, facets: dict[str, dict[str, int]]) -> None:
        """Show the counts of the current results (the user's checks are kept)."""
        self._facets = {k: dict(v) for k, v in facets.items()}
        self._rebuild()

    def remove_filter(self, kind: str, value: str) -> None:
        """Untick one filter (taken away elsewhere: a chip above the results)."""
        if value in self._selected.get(kind, set()):
            self._selected[kind].discard(value)
            self._rebuild()
            self.filters_changed.emit(self.selected_themes, self.selected_years)

    def clear_filters(self) -> None:
        if any(self._selected.values()):
            self._selected = {"theme": set(), "year": set()}
            self._rebuild()
            self.filters_changed.emit([], [])

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Narrow the results"))
        self._groups["theme"].setText(0, self.tr("Themes"))
        self._groups["year"].setText(0, self.tr("Years"))
        self._clear.setText(self.tr("Clear filters"))
        self._empty.setText(self.tr("Themes and years of the results appear here."))
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- building -------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self._tree.blockSignals(True)
        try:
            for kind, group in self._groups.items():
                group.takeChildren()
                counts = dict(self._facets.get(kind, {}))
                for value in self._selected[kind]:
                    counts.setdefault(value, 0)
                if kind == "year":  # newest first, undated documents last
                    ordered = sorted(counts, key=lambda v: (v != UNDATED, v), reverse=True)
                else:
                    ordered = sorted(counts, key=lambda v: (-counts[v], self._themes.label(v)))
                for value in ordered:
                    group.addChild(self._make_item(kind, value, counts[value]))
                group.setHidden(not counts)
                group.setExpanded(True)
        finally:
            self._tree.blockSignals(False)
        self._empty.setVisible(all(group.isHidden() for group in self._groups.values()))
        self._clear.setVisible(any(self._selected.values()))

    def _make_item(self, kind: str, value: str, count: int) -> QTreeWidgetItem:
        label = facet_label(self._themes, kind, value)
        item = QTreeWidgetItem([label, str(count)])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, VALUE_ROLE, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        checked = value in self._selected[kind]
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, self.tr("Show only results with %1").replace("%1", label))
        return item

    # -- user -----------------------------------------------------------------------------

    def _on_tree_item_pressed(self, item: QTreeWidgetItem, column: int) -> None:
        self._pressed_state = (id(item), item.checkState(0))

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        """A click on the row's text toggles it too (a click on the box toggles by itself)."""
        pressed, self._pressed_state = self._pressed_state, None
        if item.data(0, KIND_ROLE) is None or pressed != (id(item), item.checkState(0)):
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        kind, value = item.data(0, KIND_ROLE), item.data(0, VALUE_ROLE)
        if kind is None or column != 0:
            return
        chosen = self._selected[kind]
        if item.checkState(0) == Qt.CheckState.Checked:
            chosen.add(value)
        else:
            chosen.discard(value)
        self._clear.setVisible(any(self._selected.values()))
        self.filters_changed.emit(self.selected_themes, self.selected_years)

    def _on_clear_clicked(self) -> None:
        self.clear_filters()
