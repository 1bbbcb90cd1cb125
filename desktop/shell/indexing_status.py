"""What the window shows of indexing: progress and end messages in the status bar, the
problems button, and the list of files that could not be read.

``IndexingStatus`` turns the indexing controller's reports into the status bar's states and
keeps the problems dialog (made when first asked for) up to date; the status bar's Cancel
and problems buttons come back here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.session.indexer_process import IndexProblem
from desktop.session.indexing import IndexingController
from desktop.shell.problems_dialog import ProblemsDialog
from desktop.shell.status_bar import MESSAGE_MS, StatusBar


class IndexingStatus(QObject):
    """Shows ``indexing`` in ``status``; the problems dialog is shown over ``parent``."""

    def __init__(self, indexing: IndexingController, status: StatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._indexing = indexing
        self._status = status
        self._parent = parent
        self._root: Path | None = None
        self._problems: list[IndexProblem] = []
        self.dialog: ProblemsDialog | None = None
        self._connect()

    def _connect(self) -> None:
        indexing, status = self._indexing, self._status
        indexing.started.connect(status.indexing_started)
        indexing.progressed.connect(status.indexing_progressed)
        indexing.cancelling.connect(status.indexing_cancelling)
        indexing.stopped.connect(status.indexing_stopped)
        indexing.problems_changed.connect(self._on_indexing_problems_changed)
        indexing.status_message.connect(self._on_indexing_status_message)
        indexing.failed.connect(status.showMessage)  # kept until the next message
        status.cancel_clicked.connect(indexing.cancel)
        status.problems_clicked.connect(self.show_problems)

    def show_problems(self) -> None:
        if self.dialog is None:
            self.dialog = ProblemsDialog(self._parent)
        self.dialog.set_problems(self._root, self._problems)
        self.dialog.show()
        self.dialog.raise_()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _on_indexing_problems_changed(self, root: Path | None, problems: list[IndexProblem]) -> None:
        self._root, self._problems = root, list(problems)
        self._status.set_problem_count(len(self._problems))
        if self.dialog is not None:
            self.dialog.set_problems(root, self._problems)

    def _on_indexing_status_message(self, message: str) -> None:
        self._status.showMessage(message, MESSAGE_MS)
