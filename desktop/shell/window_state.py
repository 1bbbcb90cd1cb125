"""Window state kept between runs: geometry, toolbars and docks, and named splitters.

Two functions do it for any top-level window (Picard's way), so preferences never get mixed
with layout: ``WindowState`` is its own settings group.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.common.settings import WindowState


def restore_window_state(
    window: QMainWindow, state: WindowState, splitters: list[QSplitter], default_size: tuple[int, int]
) -> None:
    """At start: the window's geometry, docks and splitters as they were (or ``default_size``)."""
    if state.geometry.isEmpty() or not window.restoreGeometry(state.geometry):
        window.resize(*default_size)
    if not state.state.isEmpty():
        window.restoreState(state.state)
    for splitter in splitters:
        saved = state.splitter(splitter.objectName())
        if not saved.isEmpty():
            splitter.restoreState(saved)


def save_window_state(window: QMainWindow, state: WindowState, splitters: list[QSplitter]) -> None:
    """At close: what ``restore_window_state`` brings back."""
    state.geometry = window.saveGeometry()
    state.state = window.saveState()
    for splitter in splitters:
        state.set_splitter(splitter.objectName(), splitter.saveState())
    state.qsettings.sync()


def dropped_folder(event) -> Path | None:
    """The first local folder among the URLs of a drag-and-drop event, if any."""
    mime = event.mimeData()
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and Path(url.toLocalFile()).is_dir():
            return Path(url.toLocalFile())
    return None
