"""Bulk indexing in a separate process (``main.py index --progress json``) driven by QProcess.

DESIGN section 10: the Qt process never forks (Whoosh's ``procs > 1`` writer does, and forking
a multi-threaded process can deadlock), so indexing runs in a fresh process that reports its
progress as one JSON object a line. Cancel sends SIGTERM, on which the indexer commits what it
has done and prints its summary; a process that does not stop in time is killed.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

log = logging.getLogger(__name__)

KILL_AFTER_MS = 10_000


@dataclass(frozen=True, slots=True)
class IndexProgress:
    phase: str  # "scan" | "index" | "commit" | "merge" | "prepare"
    done: int
    total: int
    path: str = ""


@dataclass(frozen=True, slots=True)
class IndexProblem:
    path: str
    reason: str  # a stable key of the core (archive.ingest.REASONS)
    detail: str = ""


@dataclass(frozen=True, slots=True)
class IndexSummary:
    indexed: int = 0
    removed: int = 0
    unchanged: int = 0
    documents: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    problems: list[IndexProblem] = field(default_factory=list)


def indexer_procs() -> int:
    """Writer processes inside the indexer: 2 where Whoosh can fork safely, else 1."""
    if sys.platform == "win32":
        return 1
    return 2 if (os.cpu_count() or 1) >= 2 else 1


class IndexerProcess(QObject):
    """One indexing run at a time, in a child process.

    Signals:
        started(): the process is running.
        progressed(IndexProgress): a progress line arrived.
        committed(): a batch was committed (new documents are searchable).
        finished(IndexSummary): the run ended, completed or cancelled.
        failed(str): the process could not start or crashed (the last line it wrote).
    """

    started = Signal()
    progressed = Signal(object)
    committed = Signal()
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, command: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = command
        self._process: QProcess | None = None
        self.archive_root: Path | None = None  # of the current (or last) run
        self._buffer = b""
        self._stderr = b""
        self._summary: IndexSummary | None = None
        self._cancelling = False
        self._kill_timer = QTimer(self)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.timeout.connect(self._on_kill_timer_timeout)

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self, archive_root: Path, *, rebuild: bool = False, procs: int | None = None) -> None:
        if self._process is not None:
            raise RuntimeError("the indexer is already running")
        args = [*self._command[1:], "index", "--archive", str(archive_root), "--progress", "json"]
        args += ["--procs", str(procs or indexer_procs())]
        if rebuild:
            args.append("--rebuild")
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONIOENCODING", "utf-8")
        env.insert("PYTHONUNBUFFERED", "1")
        env.remove("QT_QPA_PLATFORM")  # the indexer never loads Qt
        process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._on_process_ready_read_standard_output)
        process.readyReadStandardError.connect(self._on_process_ready_read_standard_error)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error_occurred)
        self._process = process
        self.archive_root = Path(archive_root)
        self._buffer, self._stderr, self._summary, self._cancelling = b"", b"", None, False
        process.start(self._command[0], args)
        self.started.emit()

    def cancel(self) -> None:
        """Ask the indexer to commit what it has and stop (SIGTERM; killed if it lingers)."""
        if self._process is None or self._cancelling:
            return
        self._cancelling = True
        self._process.terminate()
        self._kill_timer.start(KILL_AFTER_MS)

    def wait(self, msecs: int) -> bool:
        """Shutdown only: block until the process ends."""
        return self._process is None or self._process.waitForFinished(msecs)

    # -- process output -----------------------------------------------------------------

    def _on_process_ready_read_standard_output(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._handle_line(line)

    def _on_process_ready_read_standard_error(self) -> None:
        if self._process is not None:
            self._stderr = (self._stderr + bytes(self._process.readAllStandardError().data()))[-4000:]

    def _handle_line(self, raw: bytes) -> None:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            if raw.strip():
                log.warning("indexer said: %r", raw[:200])
            return
        phase = data.get("phase")
        if phase == "done":
            self._summary = _summary(data)
            return
        progress = IndexProgress(
            phase or "", int(data.get("done", 0)), int(data.get("total", 0)), data.get("path") or ""
        )
        self.progressed.emit(progress)
        if phase == "commit":
            self.committed.emit()

    def _on_process_finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        self._on_process_ready_read_standard_output()
        if self._buffer.strip():
            self._handle_line(self._buffer)
        self._buffer = b""
        self._kill_timer.stop()
        self._process = None
        process.deleteLater()
        if self._summary is not None:
            self.finished.emit(self._summary)
        elif self._cancelling:
            self.finished.emit(IndexSummary(cancelled=True))
        else:
            lines = self._stderr.decode("utf-8", errors="replace").strip().splitlines()
            self.failed.emit(lines[-1] if lines else f"exit status {exit_code}")

    def _on_process_error_occurred(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            process, self._process = self._process, None
            process.deleteLater()
            self.failed.emit(process.errorString())

    def _on_kill_timer_timeout(self) -> None:
        if self._process is not None:
            self._process.kill()


def _summary(data: dict) -> IndexSummary:
    problems = [
        IndexProblem(str(p.get("path", "")), str(p.get("reason", "")), str(p.get("detail", "")))
        for p in data.get("problems", [])
    ]
    return IndexSummary(
        indexed=int(data.get("indexed", 0)),
        removed=int(data.get("removed", 0)),
        unchanged=int(data.get("unchanged", 0)),
        documents=int(data.get("documents", 0)),
        seconds=float(data.get("seconds", 0.0)),
        cancelled=bool(data.get("cancelled", False)),
        problems=problems,
    )


def indexer_command(main_script: Path) -> list[str]:
    """How to start the headless program: this interpreter on ``main.py``, at a lower CPU
    priority where ``nice`` exists, so that indexing never competes with the window."""
    nice = shutil.which("nice") if sys.platform != "win32" else None
    prefix = [nice, "-n", "10"] if nice else []
    return [*prefix, sys.executable, str(main_script)]
