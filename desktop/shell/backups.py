"""File > Back Up User Data… and Restore User Data…: the core's checked backups.

Both run on the write lane, after any annotation or index write already queued. A restore
asks first (it replaces every tag, note and highlight; the replaced data is kept beside the
database), then asks the navigator to reopen the archive so that every panel shows the
restored data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from archive.errors import UnsafeOutput
from desktop.common.messages import error_message

if TYPE_CHECKING:
    from archive.library import Library
    from archive.types import BackupSummary
    from desktop.common.context import AppContext


class Backups(QObject):
    """Backing up and restoring the open archive's user data; dialogs are shown over ``parent``.

    Signals:
        status_message(str): a sentence for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._restored_message = ""  # said once the restored archive is open again
        self.back_up_action = QAction(self)
        self.back_up_action.setObjectName("backUpUserData")
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreUserData")
        for action in self.actions:
            action.setEnabled(False)
        self.back_up_action.triggered.connect(lambda _checked: self.back_up())
        self.restore_action.triggered.connect(lambda _checked: self.restore())
        context.current.changed.connect(self._on_archive_changed)
        self.retranslate_ui()

    @property
    def actions(self) -> list[QAction]:
        return [self.back_up_action, self.restore_action]

    def retranslate_ui(self) -> None:
        self.back_up_action.setText(self.tr("Back Up User Data…"))
        self.restore_action.setText(self.tr("Restore User Data…"))

    @property
    def _library(self) -> Library | None:
        return self._context.current.library

    def _on_archive_changed(self, library: Library | None) -> None:
        for action in self.actions:
            action.setEnabled(library is not None)
        if library is not None and self._restored_message:
            # After the window's own "Opened" message, which it shows before saying the archive changed.
            message, self._restored_message = self._restored_message, ""
            self.status_message.emit(message)

    # -- actions ----------------------------------------------------------------------------

    def back_up(self, target: Path | None = None) -> None:
        library = self._library
        if library is None:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Back up tags, notes and highlights"),
                str(Path.home() / f"wathaiq-{library.root.name}.sqlite"), "SQLite (*.sqlite)",
            )
            if not chosen:
                return
            target = Path(chosen)  # the dialog asked before choosing an existing file
        try:
            library.check_output(target)
        except UnsafeOutput as exc:  # inside the archive, a device, a FIFO, a folder
            QMessageBox.warning(self._parent, self.tr("Back up tags, notes and highlights"), error_message(exc))
            return
        self._context.write_lane.submit(
            lambda: library.backup(target),
            lambda summary: self.status_message.emit(
                self.tr("Backed up and checked: %1").replace("%1", self._describe(summary))
            ),
            lambda exc: self.status_message.emit(error_message(exc, str(target))),
        )

    def restore(self, source: Path | None = None, *, confirm: bool = True) -> None:
        library = self._library
        if library is None:
            return
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent, self.tr("Restore tags, notes and highlights"), str(Path.home()),
                "SQLite (*.sqlite);;*",
            )
            if not chosen:
                return
            source = Path(chosen)
        if confirm and QMessageBox.question(
            self._parent, self.tr("Restore user data"),
            self.tr("Replace every tag, note and highlight of this archive with the backup? "
                    "The current data is kept in a file beside the database."),
        ) != QMessageBox.StandardButton.Yes:
            return

        def job() -> BackupSummary:
            summary, _kept = library.restore(source)
            return summary

        self._context.write_lane.submit(
            job,
            lambda summary: self._on_restored(library.root, summary),
            lambda exc: self.status_message.emit(error_message(exc, str(source))),
        )

    def _on_restored(self, root: Path, summary: BackupSummary) -> None:
        self._restored_message = self.tr("Restored: %1").replace("%1", self._describe(summary))
        self._context.navigator.reopen_archive(root)  # every panel reloads the restored data

    def _describe(self, summary: BackupSummary) -> str:
        counts = summary.counts
        return self.tr("%1 annotations, %2 document tags").replace(
            "%1", str(counts.get("annotations", 0))
        ).replace("%2", str(counts.get("document_tags", 0)))
