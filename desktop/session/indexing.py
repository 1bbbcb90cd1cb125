"""Keeping the open archive's index up to date: the indexer process, its progress in the
status bar, cancelling, and the list of files that could not be read.

One run at a time: asking for another while one runs queues it (the last request wins), and
a run that ends after its archive was closed is ignored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.session.indexer_process import IndexerProcess, IndexProblem, IndexSummary
from desktop.shell.problems_dialog import ProblemsDialog
from desktop.shell.status_bar import MESSAGE_MS, StatusBar


class IndexingController(QObject):
    """Signals:
        index_changed(): new documents are searchable (a batch was committed, or a run ended).
        finished(object): a run ended: its IndexSummary, or None when the process failed.
    """

    index_changed = Signal()
    finished = Signal(object)

    def __init__(self, command: list[str], status: StatusBar, window: QWidget) -> None:
        super().__init__(window)
        self.process = IndexerProcess(command, self)
        self._status = status
        self._window = window
        self._root: Path | None = None
        self._pending: tuple[Path, bool] | None = None
        self.problems: list[IndexProblem] = []
        self.dialog: ProblemsDialog | None = None
        self.process.started.connect(status.indexing_started)
        self.process.progressed.connect(status.indexing_progressed)
        self.process.committed.connect(self.index_changed)
        self.process.finished.connect(self._on_process_finished)
        self.process.failed.connect(self._on_process_failed)
        status.cancel_clicked.connect(self.cancel)
        status.problems_clicked.connect(self.show_problems)

    @property
    def running(self) -> bool:
        return self.process.running

    def set_archive(self, root: Path | None) -> None:
        """The window opened another archive (or none): stop the old run, forget its problems."""
        self._pending = None
        if self.process.running and self.process.archive_root != root:
            self.process.cancel()
        self._root = root
        self._set_problems([])

    def start(self, rebuild: bool = False) -> None:
        if self._root is None:
            return
        if self.process.running:  # run again once the current run has stopped
            self._pending = (self._root, rebuild)
            return
        self.process.start(self._root, rebuild=rebuild)

    def cancel(self) -> None:
        self._pending = None
        if self.process.running:
            self.process.cancel()
            self._status.indexing_cancelling()

    def shutdown(self, msecs: int = 5000) -> None:
        """At exit: let the indexer commit what it has and stop."""
        self._pending = None
        if self.process.running:
            self.process.cancel()
            self.process.wait(msecs)
        if self.dialog is not None:
            self.dialog.close()

    def show_problems(self) -> None:
        if self.dialog is None:
            self.dialog = ProblemsDialog(self._window)
        self.dialog.set_problems(self._root, self.problems)
        self.dialog.show()
        self.dialog.raise_()

    def _set_problems(self, problems: list[IndexProblem]) -> None:
        self.problems = list(problems)
        self._status.set_problem_count(len(self.problems))
        if self.dialog is not None:
            self.dialog.set_problems(self._root, self.problems)

    def _on_process_finished(self, summary: IndexSummary) -> None:
        self._status.indexing_stopped()
        if self._root is None or self.process.archive_root != self._root:
            self._start_pending()  # a run for an archive closed meanwhile
            return
        self._set_problems(summary.problems)
        if summary.cancelled:
            message = self.tr("Indexing stopped: %n document(s) indexed before stopping.", "", summary.indexed)
        else:
            message = self.tr("Index up to date: %n new or changed document(s).", "", summary.indexed)
        self._status.showMessage(message, MESSAGE_MS)
        self.index_changed.emit()
        self.finished.emit(summary)
        self._start_pending()

    def _on_process_failed(self, message: str) -> None:
        self._status.indexing_stopped()
        self._status.showMessage(self.tr("Indexing failed: %1").replace("%1", message))
        self.finished.emit(None)
        self._start_pending()

    def _start_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending and pending[0] == self._root:
            self.process.start(pending[0], rebuild=pending[1])
