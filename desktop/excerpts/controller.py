"""The excerpts dock and the export command of the main window.

``Excerpts`` owns the dock with the ``ExcerptsPanel``, View > Excerpts (Ctrl+E) and
File > Export Excerpts… (Ctrl+Shift+E). It reloads the list on the read lane when an
archive opens, when the dock is shown, and after every annotation edit (the annotation
undo stack's index changes). A reorder is a ``MoveExcerpts`` command on that same undo
stack, so Ctrl+Z puts the order back. A double-click opens the document and selects the
passage.

Signals:
    rows_loaded(int): the list was (re)filled with this many excerpts.
    passage_shown(str, int, int): the reader shows and selects this passage (path, Qt span).
    status_message(str): a short message for the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QUndoCommand
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.common.context import AppContext
from desktop.excerpts.model import load_rows
from desktop.excerpts.panel import ExcerptsPanel
from desktop.common.messages import error_message

RELOAD_DEBOUNCE_MS = 100


class MoveExcerpts(QUndoCommand):
    """Put excerpts at new positions in the order (``{id: (old, new)}``)."""

    def __init__(self, text: str, archive, moves: dict[str, tuple[float, float]], on_change, on_error) -> None:
        super().__init__(text)
        self._archive, self._moves = archive, dict(moves)
        self._on_change, self._on_error = on_change, on_error

    def _apply(self, which: int) -> None:
        positions = {i: pair[which] for i, pair in self._moves.items()}
        try:
            for excerpt_id, position in positions.items():
                self._archive.move_excerpt(excerpt_id, position)
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
    rows_loaded = Signal(int)
    passage_shown = Signal(str, int, int)
    status_message = Signal(str)

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._archive = None
        self._serial = 0
        self._pending_passage: tuple[str, int, int] | None = None
        self.panel = ExcerptsPanel(context.fonts, context.themes)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("excerptsDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setObjectName("toggleExcerpts")
        self.toggle.setShortcut(QKeySequence("Ctrl+E"))
        window.addAction(self.toggle)
        self.export = QAction(window)
        self.export.setObjectName("exportExcerpts")
        self.export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export.setEnabled(False)
        window.addAction(self.export)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DEBOUNCE_MS)
        self.panel.model.move_requested = self._on_model_move_requested
        self._connect()
        self.retranslate_ui()

    def _connect(self) -> None:
        window = self._window
        window.archive_opened.connect(self._on_window_archive_opened)
        window.document_shown.connect(self._on_window_document_shown)
        self.dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self.export.triggered.connect(self.open_export_dialog)
        self.panel.export_requested.connect(self.open_export_dialog)
        self.panel.excerpt_activated.connect(self.open_passage)
        self._reload_timer.timeout.connect(self.reload)
        stack = self._stack
        if stack is not None:
            stack.indexChanged.connect(lambda _: self._reload_timer.start())

    def install_menus(self, file_menu, view_menu) -> None:
        """File > Export Excerpts… after the index commands; View > Excerpts at the end."""
        actions = file_menu.actions()
        quit_separator = actions[-2] if len(actions) >= 2 and actions[-2].isSeparator() else None
        file_menu.insertAction(quit_separator, self.export)
        view_menu.addSeparator()
        view_menu.addAction(self.toggle)

    @property
    def _stack(self):
        annotating = getattr(self._window, "annotating", None)
        return getattr(annotating, "stack", None)

    # -- loading --------------------------------------------------------------------------

    def _on_window_archive_opened(self, _root) -> None:
        session = getattr(self._window, "session", None)
        self._archive = session.archive if session is not None else None
        self.export.setEnabled(self._archive is not None)
        self.panel.set_rows([])
        self.reload()

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.reload()

    def reload(self) -> None:
        """Read the excerpts again on the read lane (only while the dock is shown)."""
        self._reload_timer.stop()
        archive = self._archive
        if archive is None or self.dock.isHidden():
            return
        self._serial += 1
        serial = self._serial
        self._context.read_lane.submit(
            lambda: load_rows(archive),
            lambda rows: self._on_rows_ready(serial, archive, rows),
            lambda exc: self._on_rows_failed(serial, exc),
            still_wanted=lambda: serial == self._serial,
        )

    def _on_rows_ready(self, serial: int, archive, rows) -> None:
        if serial == self._serial and archive is self._archive:
            self.panel.set_rows(rows)
            self.rows_loaded.emit(len(rows))

    def _on_rows_failed(self, serial: int, exc: Exception) -> None:
        if serial == self._serial:
            self.status_message.emit(error_message(exc))

    # -- reordering -----------------------------------------------------------------------

    def _on_model_move_requested(self, moves: dict[str, tuple[float, float]]) -> None:
        if self._archive is None:
            return
        command = MoveExcerpts(
            self.tr("Reorder Excerpts"), self._archive, moves, self.panel.model.apply_positions,
            lambda exc: self.status_message.emit(error_message(exc)),
        )
        stack = self._stack
        if stack is not None:
            stack.push(command)
        else:
            command.redo()

    # -- opening --------------------------------------------------------------------------

    def open_passage(self, path: str, start: int, end: int) -> None:
        """Open ``path`` in the reader and select the passage (display-text offsets)."""
        reader = self._window.reader
        if reader.current_path == path and reader.prepared is not None:
            self._select(reader.prepared, start, end)
            return
        self._pending_passage = (path, start, end)
        self._window.open_document(path, "")

    def _on_window_document_shown(self, prepared) -> None:
        pending, self._pending_passage = self._pending_passage, None
        if pending is not None and pending[0] == prepared.path:
            self._select(prepared, pending[1], pending[2])

    def _select(self, prepared, start: int, end: int) -> None:
        view = self._window.reader.view
        qt_start, qt_end = prepared.text.to_qt(start), prepared.text.to_qt(end)
        cursor = QTextCursor(view.document())
        cursor.setPosition(qt_end)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()  # the end, then the start: the whole passage in view
        cursor.setPosition(qt_start, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passage_shown.emit(prepared.path, qt_start, qt_end)

    # -- export ---------------------------------------------------------------------------

    def open_export_dialog(self):
        """Show the export dialog (non-modal); returns it (tests drive it)."""
        from desktop.excerpts.export_dialog import ExportDialog

        if self._archive is None:
            return None
        dialog = ExportDialog(self._context, self._archive, self._window)
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
