"""The open document follows the search: a new query never leaves the old one's hit counter."""

from __future__ import annotations

from tests.desktop.helpers import FACT_SHEET, search


def open_fact_sheet(qtbot, window, query: str):
    search(qtbot, window, query)
    with qtbot.waitSignal(window.document_shown, timeout=10_000) as blocker:
        window.open_document(FACT_SHEET)
    assert window.reader.hit_counter.text().startswith("Hit 1 of")
    return blocker.args[0]


def test_a_query_the_document_does_not_match_leaves_no_old_hits(qtbot, open_window):
    open_fact_sheet(qtbot, open_window, "الإرهاب")
    reader = open_window.reader
    with qtbot.waitSignal(open_window.session.query_hits_found, timeout=10_000):
        results = search(qtbot, open_window, "النووي")
    assert FACT_SHEET not in {h.path for h in results.hits}
    assert reader.current_path == FACT_SHEET
    assert reader.hits == [] and reader.view.extraSelections() == []
    assert reader.hit_counter.text() == "No hits"


def test_the_old_counter_goes_as_soon_as_the_query_changes(qtbot, open_window):
    open_fact_sheet(qtbot, open_window, "الإرهاب")
    reader = open_window.reader
    open_window.search.set_query("المغرب")  # the answers have not come yet
    assert reader.hits == [] and reader.hit_counter.text() == ""
    with qtbot.waitSignal(open_window.session.query_hits_found, timeout=10_000):
        pass
    assert reader.hit_counter.text().startswith("Hit 1 of")


def test_a_document_the_filters_leave_out_still_shows_the_new_querys_hits(qtbot, open_window):
    open_fact_sheet(qtbot, open_window, "الإرهاب")
    reader = open_window.reader
    with qtbot.waitSignal(open_window.session.query_hits_found, timeout=10_000):
        results = search(qtbot, open_window, "USAID year:2021")
    assert results.total == 0
    assert [reader.prepared.text.shown[s:e] for s, e in reader.hits] == ["USAID"]
    assert reader.hit_counter.text() == "Hit 1 of 1"


def test_clearing_the_query_clears_the_counter(qtbot, open_window):
    open_fact_sheet(qtbot, open_window, "الإرهاب")
    open_window.search.set_query("")
    assert open_window.reader.hits == []
    assert open_window.reader.hit_counter.text() == ""
