"""Keeping the open archive's index up to date: the indexer process, cancelling, and the files
that could not be read, reported by signals (the window shows them).

One run at a time: asking for another while one runs queues it (the last request wins), and
a run that ends after its archive was closed is ignored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.session.indexer_process import IndexerProcess, IndexSummary


class IndexingController(QObject):
    """Signals:
        started(): a run started.
        progressed(object): the running run's IndexProgress.
        cancelling(): a cancel was asked; the run stops once it has committed what it has.
        stopped(): the run ended, whatever the reason (its progress is over).
        index_changed(): new documents are searchable (a batch was committed, or a run ended).
        finished(object): a run ended: its IndexSummary, or None when the process failed.
        problems_changed(object, list): the files the last run of this archive (its root, or
            None) could not read (IndexProblem); an empty list for a new archive.
        status_message(str): a sentence on how a run ended.
        failed(str): the indexer process failed: a sentence saying why.
    """

    started = Signal()
    progressed = Signal(object)
    cancelling = Signal()
    stopped = Signal()
    index_changed = Signal()
    finished = Signal(object)
    problems_changed = Signal(object, list)
    status_message = Signal(str)
    failed = Signal(str)

    def __init__(self, command: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process = IndexerProcess(command, self)
        self._root: Path | None = None
        self._pending: tuple[Path, bool] | None = None
        self.process.started.connect(self.started)
        self.process.progressed.connect(self.progressed)
        self.process.committed.connect(self.index_changed)
        self.process.finished.connect(self._on_process_finished)
        self.process.failed.connect(self._on_process_failed)

    @property
    def running(self) -> bool:
        return self.process.running

    def set_archive(self, root: Path | None) -> None:
        """The window opened another archive (or none): stop the old run, forget its problems."""
        self._pending = None
        if self.process.running and self.process.archive_root != root:
            self.process.cancel()
        self._root = root
        self.problems_changed.emit(root, [])

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
            self.cancelling.emit()

    def shutdown(self, msecs: int = 5000) -> None:
        """At exit: let the indexer commit what it has and stop."""
        self._pending = None
        if self.process.running:
            self.process.cancel()
            self.process.wait(msecs)

    def _on_process_finished(self, summary: IndexSummary) -> None:
        self.stopped.emit()
        if self._root is None or self.process.archive_root != self._root:
            self._start_pending()  # a run for an archive closed meanwhile
            return
        self.problems_changed.emit(self._root, list(summary.problems))
        if summary.cancelled:
            message = self.tr("Indexing stopped: %n document(s) indexed before stopping.", "", summary.indexed)
        else:
            message = self.tr("Index up to date: %n new or changed document(s).", "", summary.indexed)
        self.status_message.emit(message)
        self.index_changed.emit()
        self.finished.emit(summary)
        self._start_pending()

    def _on_process_failed(self, message: str) -> None:
        self.stopped.emit()
        self.failed.emit(self.tr("Indexing failed: %1").replace("%1", message))
        self.finished.emit(None)
        self._start_pending()

    def _start_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending and pending[0] == self._root:
            self.process.start(pending[0], rebuild=pending[1])
