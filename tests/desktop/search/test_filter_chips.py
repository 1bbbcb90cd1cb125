"""Active filters are never silent: chips above the results, an empty list that says which
filters emptied it, and a list that starts at the top for another query or filter."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from archive.types import Hit, SearchResults
from desktop.search.controller import Searching, SearchRequest
from tests.desktop.helpers import search


def tick(qtbot, window, kind: str, value: str):
    """Tick a facet as the user does, and wait for the narrowed results."""
    facets = window.facets
    group = facets._groups[kind]
    item = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0) == value)
    with qtbot.waitSignal(window.results_shown, timeout=10_000) as shown:
        qtbot.mouseClick(facets._tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=facets._tree.visualItemRect(item).center())
    return shown.args[0]


def test_a_ticked_facet_shows_as_a_chip_that_takes_it_away(qtbot, open_window):
    everything = search(qtbot, open_window, "المغرب")
    chips = open_window.search.chips
    assert chips.isHidden()
    tick(qtbot, open_window, "year", "2013")
    assert chips.isVisible()
    assert [chip.text() for chip in chips.chips] == ["2013"]
    with qtbot.waitSignal(open_window.results_shown, timeout=10_000) as shown:
        qtbot.mouseClick(chips.chips[0], Qt.MouseButton.LeftButton)
    assert shown.args[0].total == everything.total
    assert open_window.facets.selected_years == []
    assert chips.isHidden()


def test_a_filter_that_finds_nothing_says_so_and_offers_to_clear_it(qtbot, open_window):
    search(qtbot, open_window, "المغرب")
    tick(qtbot, open_window, "year", "2013")
    results = search(qtbot, open_window, "النووي")  # only in the 2021 meeting
    assert results.total == 0
    status = open_window.search.status
    assert re.sub("[\u2068\u2069]", "", status.text()).startswith("No documents match the filters 2013 — ")
    link = re.search(r'<a href="([^"]+)">clear filters</a>', status.text())
    assert link is not None
    with qtbot.waitSignal(open_window.results_shown, timeout=10_000) as shown:
        status.linkActivated.emit(link.group(1))  # what a click on the link sends
    assert shown.args[0].total >= 1
    assert "documents found" in status.text() or "document found" in status.text()


def _results(query: str, count: int, year: str = "") -> SearchResults:
    hits = [Hit(f"id{n}", f"doc{n}.txt", f"وثيقة {n}", "2013-01-01", 1.0, [], f"نص {n}", 0, [])
            for n in range(count)]
    return SearchResults(query, count, hits)


@pytest.fixture
def searching(qtbot, search_panel, facets_panel):
    search_panel.resize(400, 500)
    search_panel.show()
    qtbot.waitExposed(search_panel)
    return Searching(search_panel, facets_panel)


def test_another_filter_or_query_starts_the_list_at_the_top(qtbot, searching, search_panel, facets_panel):
    view = search_panel.view
    searching.show_results(SearchRequest("نص"), _results("نص", 60))
    view.setCurrentIndex(search_panel.model.index(40, 0))  # the user read far down the list
    assert view.verticalScrollBar().value() > 0
    facets_panel.set_facets({"year": {"2013": 60}})
    with qtbot.waitSignal(searching.search_requested) as asked:
        facets_panel._groups["year"].child(0).setCheckState(0, Qt.CheckState.Checked)
    searching.show_results(asked.args[0], _results("نص", 60))
    assert view.verticalScrollBar().value() == 0
    view.setCurrentIndex(search_panel.model.index(40, 0))
    with qtbot.waitSignal(searching.search_requested) as asked:
        searching.search_again()  # the index changed: the same search, where the user was
    searching.show_results(asked.args[0], _results("نص", 60))
    qtbot.wait(50)
    assert view.verticalScrollBar().value() > 0


def test_clear_all_takes_every_filter_away(qtbot, searching, search_panel, facets_panel, context):
    search_panel.set_query("نص")
    facets_panel.set_facets({"theme": {"security": 3}, "year": {"2013": 2}})
    for group in ("theme", "year"):
        facets_panel._groups[group].child(0).setCheckState(0, Qt.CheckState.Checked)
    chips = search_panel.chips
    assert chips.labels == [context.themes.label("security"), "2013"]
    with qtbot.waitSignal(searching.search_requested) as asked:
        qtbot.mouseClick(chips.clear_all, Qt.MouseButton.LeftButton)
    assert (asked.args[0].themes, asked.args[0].years) == ((), ())
    assert (facets_panel.selected_themes, facets_panel.selected_years) == ([], [])
    assert chips.isHidden()
