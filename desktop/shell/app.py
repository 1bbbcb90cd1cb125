"""Application set-up: Qt, fonts, translations, direction, the context and the window.

``run_gui(args)`` is what ``main.py`` calls without a subcommand. ``args`` has ``archive``
(Path or None), ``lang`` ("ar", "en" or None: the saved choice, else the system's),
``screenshot`` (Path or None), ``query`` and ``open_path`` (for screenshots).
"""

from __future__ import annotations

import os
import sys
import tempfile
from argparse import Namespace
from importlib.metadata import version
from pathlib import Path

from desktop.common import gc_policy, pyside_fix
from desktop.shell.display import display_problem

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
MAIN_SCRIPT = Path(__file__).resolve().parents[2] / "main.py"


def run_gui(args: Namespace) -> int:
    screenshot: Path | None = getattr(args, "screenshot", None)
    problem = display_problem()
    if problem is not None and screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no display
    elif problem is not None:
        print(f"wathaiq: {problem}", file=sys.stderr)
        return 1
    pyside_fix.apply()
    gc_policy.tune()
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        quiet_offscreen_noise()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from archive.locations import default_archive
    from desktop.common.settings import open_settings
    from desktop.shell.logs import UnexpectedErrors, set_up_logging

    app = QApplication.instance() or QApplication(sys.argv[:1])
    UnexpectedErrors(set_up_logging(), show_dialog=screenshot is None).install()
    with tempfile.TemporaryDirectory(prefix="wathaiq-shot-") as scratch:
        # A screenshot never reads nor changes the user's settings.
        settings = open_settings(Path(scratch) / "settings.ini" if screenshot else None)
        context = build_context(app, settings, getattr(args, "lang", None), remember_language=not screenshot)
        from desktop.shell.main_window import MainWindow

        window = MainWindow(context)
        library = getattr(args, "archive", None)
        if screenshot is not None:
            from desktop.shell.screenshot import take_screenshot

            code = take_screenshot(
                window, Path(library) if library else default_archive(), screenshot,
                query=getattr(args, "query", None), open_path=getattr(args, "open_path", None),
                overwrite=getattr(args, "overwrite", False),
            )
            window.close()
            context.shutdown()
            return code
        window.show()
        _close_on_signals(window)
        window.archive_opened.connect(lambda _root: gc_policy.settle(), Qt.ConnectionType.SingleShotConnection)
        window.open_archive(Path(library) if library else _start_archive(context, default_archive))
        code = app.exec()
        context.shutdown()
        return code


def _close_on_signals(window) -> None:
    """Ctrl+C or SIGTERM closes the window properly (state saved, indexer stopped).

    Python runs signal handlers only between bytecodes, so a timer wakes it up now and then.
    """
    import signal

    from PySide6.QtCore import QTimer

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def quiet_offscreen_noise() -> None:
    """The offscreen platform warns that it cannot resize or raise windows: drop just that."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(kind, context, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _start_archive(context, default_archive) -> Path:
    """The last archive the user opened, if it is still there, else the default one."""
    last = context.preferences.last_archive
    if last and Path(last).is_dir():
        return Path(last)
    return default_archive()


def build_context(app, settings, lang: str | None = None, *, remember_language: bool = True):
    """Everything the window depends on (tests call this with their own settings)."""
    from PySide6.QtGui import QIcon

    from archive.locations import default_archive
    from desktop.common.context import AppContext
    from desktop.common.fonts import load_fonts
    from desktop.common.i18n import Translations, choose_language
    from desktop.common.settings import Preferences, WindowState
    from desktop.common.theme_catalog import ThemeCatalog
    from desktop.common.workers import Lane
    from desktop.session.indexer_process import indexer_command

    app.setApplicationName("Wathaiq")
    app.setApplicationVersion(version("wathaiq"))
    app.setOrganizationName("wathaiq")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "wathaiq.svg")))
    preferences = Preferences(settings)
    fonts = load_fonts(RESOURCES / "fonts")
    translations = Translations(app, RESOURCES / "i18n")
    translations.install(choose_language(lang, preferences.language if remember_language else ""))
    app.setFont(fonts.interface(translations.is_rtl))
    style = RESOURCES / "style" / "wathaiq.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text("utf-8"))
    return AppContext(
        preferences=preferences,
        window_state=WindowState(settings),
        fonts=fonts,
        translations=translations,
        themes=ThemeCatalog(language=translations.language),
        search_lane=Lane("search", parent=app),
        read_lane=Lane("read", parent=app),
        write_lane=Lane("write", parent=app),
        indexer_command=indexer_command(MAIN_SCRIPT),
        default_archive=default_archive,
    )
