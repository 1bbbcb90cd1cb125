"""The application context: everything a panel may depend on, passed in through constructors.

There is no global main window and no module-level state: ``app.run_gui`` builds one
``AppContext`` and hands it to the window, which takes its own copy (``for_window``) and hands
it to each room. Besides the application's services (settings, fonts, lanes) that copy holds
the window's own: the archive open in it, its undo history and its navigator, through which
the rooms reach each other without holding the window. Tests build their own context with a
temporary settings file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.common.fonts import Fonts
from desktop.common.i18n import Translations
from desktop.common.settings import Preferences, WindowState
from desktop.common.theme_catalog import ThemeCatalog
from desktop.common.workers import Lane

if TYPE_CHECKING:  # the core is imported on a worker thread, not at start-up
    from archive.library import Library


def open_archive(path: Path) -> Library:
    """Open an archive (on a worker thread: the first call also imports the core)."""
    from archive.library import Library

    return Library(path)


class CurrentArchive(QObject):
    """The archive open in the window, or None; the window sets it, the rooms follow it.

    Signals:
        changed(object): another archive is open (its Library), or none is (None).
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None

    @property
    def library(self) -> Library | None:
        return self._library

    def set(self, library: Library | None) -> None:
        if library is not self._library:
            self._library = library
            self.changed.emit(library)


class Navigator(QObject):
    """Where a room asks to take the user; the window does it.

    Signals:
        passage_requested(str, int, int): show this document (path) with this passage
            selected (display-text offsets).
        archive_reopen_requested(object): open this archive folder (Path) again, without
            indexing it, so that every room reloads its data.
    """

    passage_requested = Signal(str, int, int)
    archive_reopen_requested = Signal(object)

    def open_passage(self, path: str, start: int, end: int) -> None:
        self.passage_requested.emit(path, start, end)

    def reopen_archive(self, root: Path) -> None:
        self.archive_reopen_requested.emit(root)


@dataclass(slots=True)
class AppContext:
    """Shared services of one running application, and of one of its windows."""

    preferences: Preferences
    window_state: WindowState
    fonts: Fonts
    translations: Translations
    themes: ThemeCatalog
    search_lane: Lane  # searches, one at a time; stale ones skipped
    read_lane: Lane  # opening archives, loading documents, finding in them
    write_lane: Lane  # index writes of the window (tag refreshes), one at a time
    indexer_command: list[str]  # how to start the headless program (``main.py``)
    default_archive: Callable[[], Path]
    open_archive: Callable[[Path], Library] = open_archive
    # The window's own services (see ``for_window``).
    current: CurrentArchive = field(default_factory=CurrentArchive)
    undo_stack: QUndoStack = field(default_factory=QUndoStack)  # annotation edits, excerpt moves
    navigator: Navigator = field(default_factory=Navigator)

    @property
    def language(self) -> str:
        return self.translations.language

    @property
    def is_rtl(self) -> bool:
        return self.translations.is_rtl

    def for_window(self) -> AppContext:
        """The same application services with a window's own archive, undo history and
        navigator, so that two windows never act on each other's archive."""
        return replace(self, current=CurrentArchive(), undo_stack=QUndoStack(), navigator=Navigator())

    def shutdown(self, msecs: int = 5000) -> None:
        """Let the background jobs finish (at exit, so no job outlives the archive)."""
        self.search_lane.wait_idle(msecs)
        self.read_lane.wait_idle(msecs)
        self.write_lane.wait_idle(msecs)
