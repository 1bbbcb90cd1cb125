"""The annotations of a document that lost their passage, listed so that none is lost silently.

When a document's file changed and the quote of a highlight, note or passage tag can no
longer be found, the core keeps the annotation and flags it orphaned. This dialog shows each
one with its quote and note text; the user may copy them or delete those no longer wanted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive.text.display import one_line
from desktop.common.theme_catalog import ThemeCatalog

QUOTE_CHARS = 160


class OrphansDialog(QDialog):
    """Signals:
        delete_requested(list): the user chose to delete these annotations (ids).
    """

    delete_requested = Signal(list)

    def __init__(self, orphans: list, themes: ThemeCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphansDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Annotations That Lost Their Passage"))
        self.resize(520, 360)
        explanation = QLabel(self.tr(
            "The document changed since these were made and their passage could not be found "
            "again. They are kept until you delete them."
        ))
        explanation.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("orphansList")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for a in orphans:
            quote = one_line(a.anchor.exact)
            if len(quote) > QUOTE_CHARS:
                quote = quote[:QUOTE_CHARS] + "…"
            if a.kind == "note":
                kind = self.tr("Note: %1").replace("%1", one_line(a.body) or self.tr("(empty)"))
            elif a.kind == "highlight":
                kind = self.tr("Highlight")
            else:
                kind = self.tr("Tag: %1").replace("%1", themes.label(a.theme_id or ""))
            item = QListWidgetItem(f"{kind}\n«{quote}»")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete_button = QPushButton(self.tr("Delete Selected"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._on_delete_clicked)

    def _on_delete_clicked(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if ids:
            self.delete_requested.emit(ids)
            for item in self.list.selectedItems():
                self.list.takeItem(self.list.row(item))
