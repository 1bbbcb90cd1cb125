"""Widget-level fixtures of the search room: each widget alone, on the test context."""

from __future__ import annotations

import pytest

from desktop.search.facets import FacetsPanel
from desktop.search.panel import SearchPanel


@pytest.fixture
def search_panel(qtbot, context) -> SearchPanel:
    panel = SearchPanel(context.fonts, context.themes)
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def facets_panel(qtbot, context) -> FacetsPanel:
    panel = FacetsPanel(context.themes)
    qtbot.addWidget(panel)
    return panel
