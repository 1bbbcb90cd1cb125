"""An exception nobody caught is logged with its traceback, and the user is told once."""

from __future__ import annotations

import logging

from desktop.shell.logs import UnexpectedErrors, set_up_logging


def _raise_inside() -> BaseException:
    empty: dict[str, int] = {}
    try:
        empty["missing key"]
    except KeyError as exc:
        return exc
    raise AssertionError("unreachable")


def test_an_uncaught_error_is_logged_with_its_traceback_and_shown_once(qtbot, tmp_path):
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        log_file = set_up_logging(tmp_path / "logs" / "wathaiq.log")
        hook = UnexpectedErrors(log_file)
        error = _raise_inside()
        hook(type(error), error, error.__traceback__)
        hook(type(error), error, error.__traceback__)  # a second one while the first is shown
        for handler in root.handlers:
            handler.flush()
    finally:
        logging.captureWarnings(False)  # set_up_logging routes warnings through logging
        root.handlers, root.level = handlers, level
    written = log_file.read_text("utf-8")
    assert "Traceback (most recent call last)" in written and "_raise_inside" in written
    assert written.count("KeyError: 'missing key'") == 2  # both are logged...
    dialog = hook.dialog
    assert dialog is not None and dialog.isVisible()  # ...one message is shown
    assert "KeyError" in dialog.text() and str(log_file) in dialog.text()
    dialog.close()
    qtbot.waitUntil(lambda: hook.dialog is None)
