"""File > Back Up User Data… and Restore User Data…: the core's checked backups.

Both run on the write lane, after any annotation or index write already queued. A restore
asks first (it replaces every tag, note and highlight; the replaced data is kept beside the
database), then reopens the archive so that every panel shows the restored data.

Signals:
    status_message(str): a sentence for the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.common.messages import error_message

if TYPE_CHECKING:
    from archive.types import BackupSummary
    from desktop.common.context import AppContext


class Backups(QObject):
    status_message = Signal(str)

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.back_up_action = QAction(window)
        self.back_up_action.setObjectName("backUpUserData")
        self.restore_action = QAction(window)
        self.restore_action.setObjectName("restoreUserData")
        for action in (self.back_up_action, self.restore_action):
            action.setEnabled(False)
        self.back_up_action.triggered.connect(lambda: self.back_up())
        self.restore_action.triggered.connect(lambda: self.restore())
        window.archive_opened.connect(self._on_window_archive_opened)
        self.retranslate_ui()

    def install_menu(self, file_menu) -> None:
        """Both entries before the menu's last separator (the one above Quit)."""
        actions = file_menu.actions()
        quit_separator = actions[-2] if len(actions) >= 2 and actions[-2].isSeparator() else None
        file_menu.insertActions(quit_separator, [self.back_up_action, self.restore_action])

    def retranslate_ui(self) -> None:
        self.back_up_action.setText(self.tr("Back Up User Data…"))
        self.restore_action.setText(self.tr("Restore User Data…"))

    @property
    def _archive(self):
        session = getattr(self._window, "session", None)
        return session.archive if session is not None else None

    def _on_window_archive_opened(self, _root) -> None:
        for action in (self.back_up_action, self.restore_action):
            action.setEnabled(True)

    # -- actions ----------------------------------------------------------------------------

    def back_up(self, target: Path | None = None) -> None:
        archive = self._archive
        if archive is None:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Back up tags, notes and highlights"),
                str(Path.home() / f"wathaiq-{archive.root.name}.sqlite"), "SQLite (*.sqlite)",
            )
            if not chosen:
                return
            target = Path(chosen)
        self._context.write_lane.submit(
            lambda: archive.backup(target),
            lambda summary: self.status_message.emit(
                self.tr("Backed up and checked: %1").replace("%1", self._describe(summary))
            ),
            lambda exc: self.status_message.emit(error_message(exc, str(target))),
        )

    def restore(self, source: Path | None = None, *, confirm: bool = True) -> None:
        archive = self._archive
        if archive is None:
            return
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._window, self.tr("Restore tags, notes and highlights"), str(Path.home()),
                "SQLite (*.sqlite);;*",
            )
            if not chosen:
                return
            source = Path(chosen)
        if confirm and QMessageBox.question(
            self._window, self.tr("Restore user data"),
            self.tr("Replace every tag, note and highlight of this archive with the backup? "
                    "The current data is kept in a file beside the database."),
        ) != QMessageBox.StandardButton.Yes:
            return

        def job() -> BackupSummary:
            summary, _kept = archive.restore(source)
            return summary

        self._context.write_lane.submit(
            job,
            lambda summary: self._on_restored(archive.root, summary),
            lambda exc: self.status_message.emit(error_message(exc, str(source))),
        )

    def _on_restored(self, root: Path, summary: BackupSummary) -> None:
        message = self.tr("Restored: %1").replace("%1", self._describe(summary))
        # Said once the archive is open again, after the window's own "Opened" message.
        self._window.archive_opened.connect(
            lambda _root: self.status_message.emit(message), Qt.ConnectionType.SingleShotConnection
        )
        self._window.open_archive(root, index=False)  # every panel reloads the restored data

    def _describe(self, summary: BackupSummary) -> str:
        counts = summary.counts
        return self.tr("%1 annotations, %2 document tags").replace(
            "%1", str(counts.get("annotations", 0))
        ).replace("%2", str(counts.get("document_tags", 0)))
