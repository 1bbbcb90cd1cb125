"""Widget-level fixtures of the reader room."""

from __future__ import annotations

import pytest

from desktop.reader.panel import ReaderPanel


@pytest.fixture
def reader_panel(qtbot, context) -> ReaderPanel:
    panel = ReaderPanel(context.fonts)
    qtbot.addWidget(panel)
    return panel
