"""Background indexing in the indexer process: progress, cancel, problems, refreshed results.

These start ``main.py index`` for real (a QProcess), so the archive is a few hundred
generated documents: enough for a cancel to land before the end.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.session.indexer_process import IndexerProcess, IndexProgress, IndexSummary
from tests.desktop.helpers import generate_archive, open_archive, search

DOCUMENTS = 300


class Heartbeat:
    """Measures the longest gap between ticks of a 10 ms timer: how long the UI thread stalled."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def big_archive(tmp_path: Path) -> Path:
    return generate_archive(tmp_path / "big", DOCUMENTS)


def test_indexing_runs_in_another_process_and_can_be_cancelled(qtbot, context, big_archive):
    indexer = IndexerProcess(context.indexer_command)
    progress: list[IndexProgress] = []
    indexer.progressed.connect(progress.append)
    heartbeat = Heartbeat()
    indexer.start(big_archive, procs=1)
    assert indexer.running
    qtbot.waitUntil(lambda: any(p.phase == "index" and p.done >= 5 for p in progress), timeout=30_000)
    with qtbot.waitSignal(indexer.finished, timeout=30_000) as blocker:
        indexer.cancel()
    heartbeat.stop()
    summary: IndexSummary = blocker.args[0]
    assert summary.cancelled
    assert 0 < summary.indexed < DOCUMENTS
    assert not indexer.running
    # Indexing in-process would hold the UI thread for seconds; a generous bound keeps CI calm.
    assert heartbeat.longest < 0.5, f"the UI thread stalled {heartbeat.longest:.3f} s"


def test_opening_an_archive_indexes_it_and_shows_problems(qtbot, window, tmp_path):
    root = generate_archive(tmp_path / "small", 12)
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    with qtbot.waitSignal(window.indexing_finished, timeout=60_000) as blocker:
        open_archive(qtbot, window, root, index=True)
        assert window.indexer.running
        assert window.status.progress.isVisibleTo(window)
        assert window.status.cancel_button.isVisibleTo(window)
    summary: IndexSummary = blocker.args[0]
    assert summary.indexed == 12 and not summary.cancelled
    assert {p.path for p in summary.problems} == {"empty.txt", "binary.txt"}
    assert not window.status.progress.isVisibleTo(window)
    assert window.status.problems_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: "12" in window.status.count_label.text(), timeout=10_000)
    window.show_problems()
    table = window.indexing_status.dialog.table
    assert table.rowCount() == 2
    assert {table.item(r, 0).text() for r in range(2)} == {"empty.txt", "binary.txt"}
    window.indexing_status.dialog.close()
    results = search(qtbot, window, "وثيقة")
    assert results.total == 12
