"""The list of files that could not be read in the last indexing run, and why.

A non-modal window: the user can keep working, and open a file's folder from it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.common.messages import reason_text
from desktop.session.indexer_process import IndexProblem


class ProblemsDialog(QDialog):
    """Shows ``IndexProblem`` rows: file, reason, detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self._root: Path | None = None
        self._problems: list[IndexProblem] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("problemsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.itemActivated.connect(self._on_table_item_activated)
        self.resize(720, 360)
        self.retranslate_ui()

    def set_problems(self, root: Path | None, problems: list[IndexProblem]) -> None:
        self._root = root
        self._problems = list(problems)
        self.table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            path = QTableWidgetItem(problem.path)
            path.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, path)
            self.table.setItem(row, 1, QTableWidgetItem(reason_text(problem.reason)))
            self.table.setItem(row, 2, QTableWidgetItem(problem.detail))
        self._update_intro()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Files that could not be read"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason"), self.tr("Detail")])
        for row, problem in enumerate(self._problems):
            item = self.table.item(row, 1)
            if item is not None:
                item.setText(reason_text(problem.reason))
        self._update_intro()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_intro(self) -> None:
        self.intro.setText(self.tr(
            "%n file(s) were skipped by the last indexing. They stay in the folder untouched; "
            "double-click one to open its folder.", "", len(self._problems)
        ))

    def _on_table_item_activated(self, item: QTableWidgetItem) -> None:
        if self._root is None or not 0 <= item.row() < len(self._problems):
            return
        folder = (self._root / self._problems[item.row()].path).parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
