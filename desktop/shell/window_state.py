"""Window state kept between runs: geometry, toolbars and docks, and named splitters.

One mixin does it for any top-level window (Picard's way), so preferences never get mixed
with layout: ``WindowState`` is its own settings group.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.common.settings import WindowState


class RemembersState:
    """Mixin for QMainWindow subclasses: restore at start, save at close."""

    def restore_window_state(
        self: QMainWindow, state: WindowState, splitters: list[QSplitter], default_size: tuple[int, int]
    ) -> None:
        if state.geometry.isEmpty() or not self.restoreGeometry(state.geometry):
            self.resize(*default_size)
        if not state.state.isEmpty():
            self.restoreState(state.state)
        for splitter in splitters:
            saved = state.splitter(splitter.objectName())
            if not saved.isEmpty():
                splitter.restoreState(saved)

    def save_window_state(self: QMainWindow, state: WindowState, splitters: list[QSplitter]) -> None:
        state.geometry = self.saveGeometry()
        state.state = self.saveState()
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
