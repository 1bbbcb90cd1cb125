"""Fixtures of the desktop tests: an application context on temporary settings, the main
window, and archives (the sample plus test documents, indexed once per session and copied
per test).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.common import pyside_fix

pyside_fix.apply()  # before pytest-qt starts calling into Qt (see desktop/common/pyside_fix.py)

from archive.locations import copy_sample_archive  # noqa: E402
from tests.desktop.helpers import (  # noqa: E402
    MIXED_NAME,
    MIXED_TEXT,
    PRESENTATION_NAME,
    PRESENTATION_TEXT,
    copy_archive,
    index_archive,
    make_window,
    open_archive,
)


@pytest.fixture(scope="session")
def indexed_template(tmp_path_factory) -> Path:
    """The sample archive plus two test documents, indexed once for the whole session."""
    root = copy_sample_archive(tmp_path_factory.mktemp("template") / "archive")
    (root / MIXED_NAME).write_text(MIXED_TEXT, "utf-8")
    (root / PRESENTATION_NAME).write_text(PRESENTATION_TEXT, "utf-8")
    return index_archive(root)


@pytest.fixture
def indexed_archive(indexed_template: Path, tmp_path: Path) -> Path:
    """A private copy of the indexed template (index and store included)."""
    return copy_archive(indexed_template, tmp_path / "archive")


@pytest.fixture
def context(qapp, tmp_path: Path):
    from desktop.common.settings import open_settings
    from desktop.shell.app import build_context

    settings = open_settings(tmp_path / "settings.ini")
    ctx = build_context(qapp, settings, "en")
    yield ctx
    ctx.shutdown()
    ctx.translations.install("en")
    qapp.setFont(ctx.fonts.interface(False))


@pytest.fixture
def window(qtbot, context):
    return make_window(qtbot, context)


@pytest.fixture
def open_window(qtbot, window, indexed_archive: Path):
    """The main window on the indexed archive (no indexer process started)."""
    open_archive(qtbot, window, indexed_archive)
    return window


# The offscreen platform says this when a window is shown or raised, or a menu pops up; no fault of ours.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    """Leave the clipboard empty: the offscreen platform segfaults at exit if it owns data."""
    yield
    qapp.clipboard().clear()
