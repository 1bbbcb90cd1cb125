"""Logging of the application, and what the user sees when something unexpected fails.

Every module logs to its own ``logging.getLogger(__name__)``; ``set_up_logging`` (the core's,
shared with the command line) sends it all to a rotating file in the user log folder (our
own warnings also to stderr). ``UnexpectedErrors`` replaces ``sys.excepthook``: an exception
no code caught (in a slot, a timer, an event handler) is written with its traceback to that
file, and the user gets one short message saying where, instead of a traceback on a
terminal they may not have.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from archive.logs import set_up_logging

__all__ = ["UnexpectedErrors", "set_up_logging"]

log = logging.getLogger(__name__)


class UnexpectedErrors:
    """The application's exception hook: log the traceback, tell the user once."""

    def __init__(self, log_file: Path, *, show_dialog: bool = True) -> None:
        self.log_file = log_file
        self._show_dialog = show_dialog
        self.dialog: QMessageBox | None = None  # the message on screen, if any

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
        if self._show_dialog and QApplication.instance() is not None and self.dialog is None:
            self._tell_the_user(error)

    def _tell_the_user(self, error: BaseException) -> None:
        title = QCoreApplication.translate("UnexpectedErrors", "Unexpected error")
        text = QCoreApplication.translate(
            "UnexpectedErrors",
            "Wathaiq hit an error it did not expect: %1. Your tags and notes are saved; "
            "the details were written to %2.",
        ).replace("%1", type(error).__name__).replace("%2", f"\u2066{self.log_file}\u2069")
        dialog = QMessageBox(QMessageBox.Icon.Critical, title, text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()  # not exec(): an error inside a slot must not start a nested event loop

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
