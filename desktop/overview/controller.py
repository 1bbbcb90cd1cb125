"""The theme overview's command (View > Theme Overview, Ctrl+T) and its dialog.

The dialog module, and with it the chart code, is imported when the command is first used,
never at start-up.

Signals:
    passages_requested(tuple, str): show only these excerpt ids, under this caption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.common.context import AppContext

if TYPE_CHECKING:
    from archive.library import Library
    from desktop.overview.dialog import ThemeOverviewDialog


class Overview(QObject):
    """Opens one theme overview dialog at a time, on the current archive."""

    passages_requested = Signal(tuple, str)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context, self._window = context, window
        self._library: Library | None = None
        self.dialog: ThemeOverviewDialog | None = None
        self.open = QAction(self)
        self.open.setObjectName("themeOverview")
        self.open.setShortcut(QKeySequence("Ctrl+T"))
        self.open.setEnabled(False)
        context.current.changed.connect(self._on_archive_changed)
        self.open.triggered.connect(self.open_dialog)
        self.retranslate_ui()

    @property
    def actions(self) -> list[QAction]:
        return [self.open]

    def _on_archive_changed(self, library: Library | None) -> None:
        self._library = library
        self.open.setEnabled(library is not None)
        if self.dialog is not None:
            self.dialog.close()

    def open_dialog(self) -> ThemeOverviewDialog | None:
        """Show the overview of the current archive (a new one each time: counts change)."""
        from desktop.overview.dialog import ThemeOverviewDialog

        if self._library is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = ThemeOverviewDialog(self._context, self._library, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.passages_requested.connect(self.passages_requested)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        return dialog

    def retranslate_ui(self) -> None:
        self.open.setText(self.tr("&Theme Overview…"))
        self.open.setStatusTip(self.tr("Themes across the archive: a matrix and a chart over time"))
