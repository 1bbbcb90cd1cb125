"""The active filters as chips above the results: each says what narrows the list, a click
takes it away, and "Clear all" takes them all. Hidden when nothing is filtered, so a ticked
facet can never narrow a search unnoticed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

from desktop.common.flow_layout import FlowLayout
from desktop.common.theme_catalog import ThemeCatalog
from desktop.search.facets import facet_label


class FilterChips(QWidget):
    """Signals:
        removed(str, str): the user took a filter away (its kind, "theme" or "year", and value).
        cleared(): the user took every filter away.
    """

    removed = Signal(str, str)
    cleared = Signal()

    def __init__(self, themes: ThemeCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self._themes = themes
        self._filters: list[tuple[str, str]] = []
        self.chips: list[QToolButton] = []
        self.clear_all = QToolButton()
        self.clear_all.setObjectName("clearFilters")
        self.clear_all.setAutoRaise(True)
        self.clear_all.clicked.connect(self.cleared)
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.clear_all)
        self.setVisible(False)
        self.retranslate_ui()

    @property
    def labels(self) -> list[str]:
        """What each active filter is called, in the chips' order."""
        return [facet_label(self._themes, kind, value) for kind, value in self._filters]

    def set_filters(self, themes: Sequence[str], years: Sequence[str]) -> None:
        filters = [("theme", t) for t in themes] + [("year", y) for y in years]
        if filters == self._filters:
            return
        self._filters = filters
        self._rebuild()

    def retranslate_ui(self) -> None:
        self.clear_all.setText(self.tr("Clear all"))
        self.clear_all.setToolTip(self.tr("Show the results of every theme and year"))
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _rebuild(self) -> None:
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        close = self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        for position, (kind, value) in enumerate(self._filters):
            label = facet_label(self._themes, kind, value)
            chip = QToolButton(self)
            chip.setObjectName("filterChip")
            chip.setText(label)
            chip.setIcon(close)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setToolTip(self.tr("Remove the filter %1").replace("%1", label))
            chip.setAccessibleName(chip.toolTip())
            chip.clicked.connect(lambda _=False, k=kind, v=value: self.removed.emit(k, v))
            self._layout.insert_widget(position, chip)
            self.chips.append(chip)
        self.setVisible(bool(self._filters))
