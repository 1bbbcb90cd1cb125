"""Background work: lanes of jobs on their own threads, results back on the UI thread.

A ``Lane`` is a QThreadPool (one thread by default, so its jobs never overlap, as Anki's
single-thread executor) plus a queued signal that brings each job's outcome back to the
thread that owns the lane. Jobs are plain functions of the core: they never touch a widget,
and their results are the core's plain dataclasses.

A job may carry a ``still_wanted`` check, made on the worker thread just before it starts:
a search typed over by a newer one is skipped without running (a stale search is dropped).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


@dataclass(frozen=True, slots=True)
class _Skipped:
    """The outcome of a job that was no longer wanted when its turn came."""


SKIPPED = _Skipped()


class Lane(QObject):
    """Run jobs off the UI thread, in order, and call back on the owner's thread.

    Signals:
        job_finished(int): a job's callbacks have run (its ticket); for tests and shutdown.
    """

    job_finished = Signal(int)
    _job_done = Signal(int, object, object)  # ticket, result, error (emitted by workers)

    def __init__(self, name: str, threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._pool.setObjectName(name)
        self._tickets = count(1)
        self._callbacks: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._job_done.connect(self._on_job_done, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        *,
        still_wanted: Callable[[], bool] | None = None,
    ) -> int:
        """Queue ``job``; ``on_done(result)`` or ``on_error(exc)`` runs later on this thread."""
        ticket = next(self._tickets)
        self._callbacks[ticket] = (on_done, on_error)

        def run() -> None:
            if still_wanted is not None and not still_wanted():
                self._job_done.emit(ticket, SKIPPED, None)
                return
            try:
                result = job()
            except Exception as exc:  # handed to on_error on the UI thread
                self._job_done.emit(ticket, None, exc)
            else:
                self._job_done.emit(ticket, result, None)

        self._pool.start(run)
        return ticket

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait_idle(self, msecs: int = -1) -> bool:
        """Block until every started job has run (shutdown only; the callbacks come later)."""
        return self._pool.waitForDone(msecs)

    def _on_job_done(self, ticket: int, result: object, error: object) -> None:
        on_done, on_error = self._callbacks.pop(ticket, (None, None))
        try:
            if result is SKIPPED:
                return
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    log.error("background job failed", exc_info=error)  # type: ignore[arg-type]
            elif on_done is not None:
                on_done(result)
        finally:
            self.job_finished.emit(ticket)
