"""The All Documents dock of the main window, and the undoable correction of a title or date.

``Documents`` owns the dock with the ``DocumentsPanel`` and the View > All Documents
(Ctrl+Shift+D) action. It reads the records on the read lane when the dock is shown, the
archive changes or an indexing run ends (``reload``). A title or date the user types becomes
a ``CorrectDocument`` on the window's undo stack; the core stores it and rewrites the
document's index entry on the write lane (an index commit can take a few hundred
milliseconds), then the table shows the record as stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDockWidget

from archive.errors import InvalidCorrection
from archive.text.dates import is_iso_date
from archive.types import DocumentRecord
from desktop.common.messages import error_message
from desktop.documents.panel import DocumentsPanel

if TYPE_CHECKING:
    from collections.abc import Callable

    from archive.library import Library
    from desktop.common.context import AppContext
    from desktop.common.workers import Lane


class CorrectDocument(QUndoCommand):
    """Set a document's title or date to ``new``; undo puts back what the user saw before
    (their earlier correction, or the file's own value: an empty correction)."""

    def __init__(
        self, text: str, library: Library, lane: Lane, record: DocumentRecord, field: str, new: str,
        on_done: Callable[[DocumentRecord], None], on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(text)
        self._apply = lambda value: lane.submit(
            lambda: library.correct(record.id, **{field: value}), on_done, on_error
        )
        self._new = new
        # What the user saw: a corrected value comes back as such, the file's own as "" (no correction).
        was_corrected = (field == "title" and record.title) or (field == "date" and record.date_source == "user")
        self._old = (record.title if field == "title" else record.date or "") if was_corrected else ""

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)


class Documents(QObject):
    """Signals:
    document_activated(str): open this document in the reader.
    record_changed(object): a document's title or date changed (its ``DocumentRecord``).
    status_message(str): a short message for the status bar.
    """

    document_activated = Signal(str)
    record_changed = Signal(object)
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._library: Library | None = None
        self._serial = 0
        self.panel = DocumentsPanel()
        self.dock = QDockWidget()
        self.dock.setObjectName("documentsDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.dock.hide()  # until the user asks for it (or the saved window state shows it)
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setObjectName("toggleDocuments")
        self.toggle.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.panel.model.edit_requested = self._on_edit_requested
        context.current.changed.connect(self._on_archive_changed)
        self.dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self.panel.document_activated.connect(self.document_activated)
        self.retranslate_ui()

    @property
    def actions(self) -> list[QAction]:
        return [self.toggle]

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.reload()

    def _on_archive_changed(self, library: Library | None) -> None:
        self._library = library
        self.panel.set_records([])
        self.reload()

    def reload(self) -> None:
        """Read every document's record again (only while the dock is shown)."""
        library = self._library
        if library is None or self.dock.isHidden():
            return
        self._serial += 1
        serial = self._serial
        self._context.read_lane.submit(
            library.documents,
            lambda records: self._on_records_ready(serial, records),
            lambda exc: self.status_message.emit(error_message(exc)),
            still_wanted=lambda: serial == self._serial,
        )

    def _on_records_ready(self, serial: int, records: list[DocumentRecord]) -> None:
        if serial == self._serial:
            self.panel.set_records(records)

    def _on_edit_requested(self, record: DocumentRecord, field: str, value: str) -> None:
        if self._library is None:
            return
        if field == "date" and value and not is_iso_date(value):
            self.status_message.emit(error_message(InvalidCorrection(value)))
            return
        text = self.tr("Edit Title") if field == "title" else self.tr("Edit Date")
        self._context.undo_stack.push(CorrectDocument(
            text, self._library, self._context.write_lane, record, field, value,
            self._on_corrected, lambda exc: self.status_message.emit(error_message(exc)),
        ))

    def _on_corrected(self, record: DocumentRecord) -> None:
        self.panel.model.apply_record(record)
        self.record_changed.emit(record)

    def retranslate_ui(self) -> None:
        self.dock.setWindowTitle(self.tr("All Documents"))
        self.toggle.setText(self.tr("All &Documents"))
        self.toggle.setStatusTip(self.tr("Every document of the archive, sortable; edit titles and dates"))
