"""The excerpts dock and the export command of the main window.

``Excerpts`` owns the dock with the ``ExcerptsPanel``, the View > Excerpts (Ctrl+E) and
File > Export Excerpts… (Ctrl+Shift+E) actions, which the window puts in place (``dock``,
``toggle``, ``export``). It reloads the list on the read lane when an archive opens
(``AppContext.current``), when the dock is shown, and after every annotation edit (the
window's undo stack's index changes). A reorder is a ``MoveExcerpts`` command on that same
undo stack, so Ctrl+Z puts the order back. A double-click asks the navigator for the passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDockWidget

from desktop.common.context import AppContext
from desktop.common.messages import error_message
from desktop.excerpts.model import load_rows
from desktop.excerpts.panel import ExcerptsPanel

if TYPE_CHECKING:
    from archive.library import Library
    from desktop.excerpts.export_dialog import ExportDialog

RELOAD_DEBOUNCE_MS = 100


class MoveExcerpts(QUndoCommand):
    """Put excerpts at new positions in the order (``{id: (old, new)}``)."""

    def __init__(self, text: str, library, moves: dict[str, tuple[float, float]], on_change, on_error) -> None:
        super().__init__(text)
        self._library, self._moves = library, dict(moves)
        self._on_change, self._on_error = on_change, on_error

    def _apply(self, which: int) -> None:
        positions = {i: pair[which] for i, pair in self._moves.items()}
        try:
            for excerpt_id, position in positions.items():
                self._library.move_excerpt(excerpt_id, position)
        except Exception as exc:  # never into Qt: a refused move leaves the stack
            self.setObsolete(True)
            self._on_error(exc)
            return
        self._on_change(positions)

    def redo(self) -> None:
        self._apply(1)

    def undo(self) -> None:
        self._apply(0)


class Excerpts(QObject):
    """The excerpts of the open archive, in a dock, with their export.

    Signals:
        rows_loaded(int): the list was (re)filled with this many excerpts.
        status_message(str): a short message for the status bar.
    """

    rows_loaded = Signal(int)
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._library: Library | None = None
        self._serial = 0
        self.panel = ExcerptsPanel(context.fonts, context.themes)
        self.dock = QDockWidget()
        self.dock.setObjectName("excerptsDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.dock.hide()  # until the user asks for it (or the saved window state shows it)
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setObjectName("toggleExcerpts")
        self.toggle.setShortcut(QKeySequence("Ctrl+E"))
        self.export = QAction(self)
        self.export.setObjectName("exportExcerpts")
        self.export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export.setEnabled(False)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DEBOUNCE_MS)
        self.panel.model.move_requested = self._on_model_move_requested
        self._connect()
        self.retranslate_ui()

    def _connect(self) -> None:
        self._context.current.changed.connect(self._on_archive_changed)
        self._context.undo_stack.indexChanged.connect(lambda _: self._reload_timer.start())
        self.dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self.export.triggered.connect(self.open_export_dialog)
        self.panel.export_requested.connect(self.open_export_dialog)
        self.panel.excerpt_activated.connect(self._context.navigator.open_passage)
        self._reload_timer.timeout.connect(self.reload)

    @property
    def actions(self) -> list[QAction]:
        """What the window holds so that the shortcuts work wherever the focus is."""
        return [self.toggle, self.export]

    # -- loading --------------------------------------------------------------------------

    def _on_archive_changed(self, library: Library | None) -> None:
        self._library = library
        self.export.setEnabled(library is not None)
        self.panel.set_rows([])
        self.reload()

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.reload()

    def reload(self) -> None:
        """Read the excerpts again on the read lane (only while the dock is shown)."""
        self._reload_timer.stop()
        library = self._library
        if library is None or self.dock.isHidden():
            return
        self._serial += 1
        serial = self._serial
        self._context.read_lane.submit(
            lambda: load_rows(library),
            lambda rows: self._on_rows_ready(serial, library, rows),
            lambda exc: self._on_rows_failed(serial, exc),
            still_wanted=lambda: serial == self._serial,
        )

    def _on_rows_ready(self, serial: int, library, rows) -> None:
        if serial == self._serial and library is self._library:
            self.panel.set_rows(rows)
            self.rows_loaded.emit(len(rows))

    def _on_rows_failed(self, serial: int, exc: Exception) -> None:
        if serial == self._serial:
            self.status_message.emit(error_message(exc))

    def show_passages(self, ids: tuple[str, ...], caption: str) -> None:
        """Show the dock listing only the excerpts ``ids`` (a theme overview cell's passages)."""
        self.panel.show_only(frozenset(ids), caption)
        if self.dock.isHidden():
            self.dock.show()  # loads the rows
        self.dock.raise_()

    # -- reordering -----------------------------------------------------------------------

    def _on_model_move_requested(self, moves: dict[str, tuple[float, float]]) -> None:
        if self._library is None:
            return
        self._context.undo_stack.push(MoveExcerpts(
            self.tr("Reorder Excerpts"), self._library, moves, self.panel.model.apply_positions,
            lambda exc: self.status_message.emit(error_message(exc)),
        ))

    # -- export ---------------------------------------------------------------------------

    def open_export_dialog(self) -> ExportDialog | None:
        """Show the export dialog (non-modal) over the window; returns it (tests drive it)."""
        from desktop.excerpts.export_dialog import ExportDialog

        if self._library is None:
            return None
        dialog = ExportDialog(self._context, self._library, self.dock.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda path: self.status_message.emit(self.tr("Excerpts exported to %1").replace("%1", str(path)))
        )
        dialog.open()
        return dialog

    def retranslate_ui(self) -> None:
        self.dock.setWindowTitle(self.tr("Excerpts"))
        self.toggle.setText(self.tr("E&xcerpts"))
        self.export.setText(self.tr("&Export Excerpts…"))
        self.export.setStatusTip(self.tr("Export the excerpts as a briefing or as data"))
