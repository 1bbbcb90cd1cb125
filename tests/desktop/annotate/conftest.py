"""Widget-level fixtures of the annotate room."""

from __future__ import annotations

import pytest

from desktop.annotate.themes_panel import ThemesPanel


@pytest.fixture
def themes_panel(qtbot, context) -> ThemesPanel:
    panel = ThemesPanel(context.themes)
    qtbot.addWidget(panel)
    return panel
