"""Widget-level fixtures of the shell."""

from __future__ import annotations

import pytest

from desktop.shell.status_bar import StatusBar


@pytest.fixture
def status_bar(qtbot) -> StatusBar:
    bar = StatusBar()
    qtbot.addWidget(bar)
    return bar
