"""``--screenshot``: open the archive, index it, search, open a document, render, save, exit.

Each step waits for the window's own signals (the same path a user's actions take), with a
timeout, so the picture shows what a user would see once the work is done.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from archive.errors import UnsafeOutput
from archive.outputs import check_output, writing
from desktop.common.messages import error_message
from desktop.shell.main_window import MainWindow

SIZE = (1400, 900)
STEP_TIMEOUT_MS = 120_000


def _wait_for(signals: list[SignalInstance], timeout_ms: int = STEP_TIMEOUT_MS) -> tuple[int, tuple] | None:
    """Run the event loop until one of ``signals`` fires; (which, its arguments) or None."""
    loop = QEventLoop()
    fired: list[tuple[int, tuple]] = []

    def catcher(i: int):
        def on_signal(*args) -> None:
            if not fired:
                fired.append((i, args))
            loop.quit()

        return on_signal

    slots = [catcher(i) for i in range(len(signals))]
    for signal, slot in zip(signals, slots, strict=True):
        signal.connect(slot)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    for signal, slot in zip(signals, slots, strict=True):
        signal.disconnect(slot)
    return fired[0] if fired else None


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _fail(message: str) -> int:
    print(f"wathaiq: screenshot: {message}", file=sys.stderr)
    return 1


def take_screenshot(
    window: MainWindow, library: Path, output: Path, *, query: str | None = None, open_path: str | None = None,
    overwrite: bool = False,
) -> int:
    """Render the window as the steps above say and save it to ``output`` (a PNG replaced only
    with ``overwrite``; never inside the archive); returns the exit status."""
    window.resize(*SIZE)
    window.show()
    window.open_archive(library, index=True)
    outcome = _wait_for([window.archive_opened, window.archive_failed])
    if outcome is None or outcome[0] == 1:
        return _fail(outcome[1][0] if outcome else "the archive did not open in time")
    if window.indexer.running and _wait_for([window.indexing_finished]) is None:
        return _fail("indexing did not finish in time")
    if query:
        window.search.set_query(query)
        shown = _wait_for([window.results_shown, window.search_error_shown])
        if shown is None:
            return _fail("the search did not answer in time")
    if open_path or (query and window.search.model.rowCount()):
        first = window.search.model.hit(0)
        path = open_path or (first.path if first is not None else "")
        window.open_document(path, query or "")
        opened = _wait_for([window.document_shown, window.document_error_shown])
        if opened is None or opened[0] == 1:
            return _fail(opened[1][0] if opened else f"cannot open {path}")
    _settle()
    window.reader.view.setFocus()
    QApplication.processEvents()
    pixmap = window.grab()
    assert window.session is not None  # the archive opened
    protected = window.session.library.protected_folders
    try:
        check_output(output, protected, replace=overwrite)  # before a folder is made for it
        output.parent.mkdir(parents=True, exist_ok=True)
        with writing(output, ".png", protected, replace=overwrite) as partial:
            if not pixmap.save(str(partial), "PNG"):
                raise OSError(f"cannot write {output}")
    except UnsafeOutput as exc:
        print(f"wathaiq: screenshot: {error_message(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        return _fail(str(exc))
    return 0
