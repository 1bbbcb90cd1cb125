"""The application context: everything a panel may depend on, passed in through constructors.

There is no global main window and no module-level state: ``app.run_gui`` builds one
``AppContext`` and hands it to the window, which hands the parts each panel needs on to it.
Tests build their own context with a temporary settings file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.common.fonts import Fonts
from desktop.common.i18n import Translations
from desktop.common.settings import Preferences, WindowState
from desktop.common.theme_catalog import ThemeCatalog
from desktop.common.workers import Lane


def open_archive(path: Path):
    """Open an archive (on a worker thread: the first call also imports the core)."""
    from archive.library import Library

    return Library(path)


@dataclass(slots=True)
class AppContext:
    """Shared services of one running application."""

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
    open_archive: Callable[[Path], object] = open_archive

    @property
    def language(self) -> str:
        return self.translations.language

    @property
    def is_rtl(self) -> bool:
        return self.translations.is_rtl

    def shutdown(self, msecs: int = 5000) -> None:
        """Let the background jobs finish (at exit, so no job outlives the archive)."""
        self.search_lane.wait_idle(msecs)
        self.read_lane.wait_idle(msecs)
        self.write_lane.wait_idle(msecs)
