"""The search panel and facets: results as you type, errors, facets, sorting, the model."""

from __future__ import annotations

from PySide6.QtCore import Qt

from archive.types import SearchResults
from desktop.search.controller import SearchRequest
from desktop.search.results_model import PAGE, ResultRole, ResultsModel
from desktop.session.archive_session import ArchiveSession
from tests.desktop.helpers import (
    FACT_SHEET,
    MEETING,
    generate_archive,
    index_archive,
    open_archive,
    search,
    type_text,
)


def test_typing_a_query_fills_the_results(qtbot, open_window):
    results = search(qtbot, open_window, "الإرهاب")
    model = open_window.search.model
    assert results.total >= 2
    assert model.rowCount() == len(results.hits)
    paths = {model.index(i, 0).data(ResultRole.PATH) for i in range(model.rowCount())}
    assert {FACT_SHEET, MEETING} <= paths
    first = model.index(0, 0)
    assert first.data(ResultRole.SNIPPET)
    assert first.data(ResultRole.SNIPPET_MATCHES), "the snippet shows its matches"
    assert first.data(ResultRole.DIRECTION) == "rtl"
    assert str(results.total) in open_window.search.status.text()


def test_the_field_takes_its_direction_from_what_is_typed(qtbot, open_window):
    field = open_window.search.field
    type_text(field, "USAID")
    assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
    field.clear()
    type_text(field, "الإرهاب")
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_typing_is_debounced_into_one_search(qtbot, open_window):
    emitted: list[str] = []
    open_window.search.query_edited.connect(emitted.append)
    with qtbot.waitSignal(open_window.results_shown, timeout=10_000):
        type_text(open_window.search.field, "مكافحة")
    assert emitted == ["مكافحة"]


def test_a_query_that_cannot_be_understood_is_a_quiet_message(qtbot, open_window):
    with qtbot.waitSignal(open_window.search_error_shown, timeout=10_000):
        type_text(open_window.search.field, "()")
    assert open_window.search.status.property("error") is True
    assert open_window.search.status.text()


def test_an_unknown_theme_says_which_one_was_meant(qtbot, open_window):
    with qtbot.waitSignal(open_window.search_error_shown, timeout=10_000) as shown:
        type_text(open_window.search.field, "theme:securty")
    assert shown.args[0] == "There is no theme “securty”. Did you mean theme:security?"
    assert open_window.search.status.text() == shown.args[0]


def test_a_year_facet_narrows_the_results(qtbot, open_window):
    results = search(qtbot, open_window, "المغرب")
    assert set(results.facets["year"]) >= {"2013", "2021"}
    tree = open_window.facets._tree
    years = open_window.facets._groups["year"]
    item = next(years.child(i) for i in range(years.childCount()) if years.child(i).text(0) == "2013")
    rect = tree.visualItemRect(item)
    with qtbot.waitSignal(open_window.results_shown, timeout=10_000) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    narrowed = blocker.args[0]
    assert narrowed.total < results.total
    assert all(h.date is None or str(h.date).startswith("2013") for h in narrowed.hits)
    assert open_window.facets.selected_years == ["2013"]
    with qtbot.waitSignal(open_window.results_shown, timeout=10_000) as blocker:
        open_window.facets.clear_filters()
    assert blocker.args[0].total == results.total


def test_sorting_by_date_puts_the_newest_first(qtbot, open_window):
    search(qtbot, open_window, "المغرب")
    with qtbot.waitSignal(open_window.results_shown, timeout=10_000) as blocker:
        open_window.search.sort.setCurrentIndex(1)
    dates = [str(h.date) for h in blocker.args[0].hits if h.date]
    assert dates == sorted(dates, reverse=True)
    assert open_window.commands.sort_date.isChecked()


def test_a_stale_search_is_dropped(qtbot, open_window):
    session: ArchiveSession = open_window.session
    answered = []
    session.search_finished.connect(lambda request, results: answered.append(request.text))
    with qtbot.waitSignal(session.search_finished, timeout=10_000):
        for text in ("المغرب", "الإرهاب", "مكافحة الإرهاب"):
            session.search(SearchRequest(text))
    qtbot.waitUntil(lambda: not open_window._context.search_lane.busy, timeout=10_000)
    assert answered == ["مكافحة الإرهاب"]


def test_the_results_model_passes_the_model_tester(qtbot, qtmodeltester, open_window):
    results: SearchResults = search(qtbot, open_window, "الإرهاب")
    model = ResultsModel()
    model.set_results(results)
    qtmodeltester.check(model)
    assert model.hit(0) == results.hits[0]
    assert model.row_of(results.hits[-1].path) == len(results.hits) - 1


def test_the_results_list_paints(qtbot, open_window):
    search(qtbot, open_window, "الإرهاب")
    image = open_window.search.view.grab().toImage()
    assert not image.isNull()


def test_scrolling_to_the_end_brings_the_next_page_of_results(qtbot, window, tmp_path):
    root = index_archive(generate_archive(tmp_path / "many", 230))
    open_archive(qtbot, window, root)
    results = search(qtbot, window, "وثيقة")
    model, view = window.search.model, window.search.view
    assert results.total == 230 and model.rowCount() == PAGE
    view.setCurrentIndex(model.index(3, 0))
    chosen = model.index(3, 0).data(ResultRole.PATH)

    with qtbot.waitSignal(window.results_shown, timeout=10_000) as page:
        view.scrollToBottom()
    assert (page.args[0].offset, len(page.args[0].hits)) == (PAGE, PAGE)  # only the new page came
    assert model.rowCount() == 2 * PAGE
    assert view.currentIndex().row() == 3 and view.currentIndex().data(ResultRole.PATH) == chosen
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        view.scrollToBottom()
    assert model.rowCount() == 230
    assert not model.canFetchMore()
    paths = [model.index(i, 0).data(ResultRole.PATH) for i in range(model.rowCount())]
    assert len(set(paths)) == 230


def test_a_new_query_replaces_the_rows_it_does_not_continue(qtbot, open_window):
    model = open_window.search.model
    search(qtbot, open_window, "الإرهاب")
    with qtbot.waitSignal(model.modelReset, timeout=10_000):
        search(qtbot, open_window, "DGSN")
    assert [model.index(i, 0).data(ResultRole.PATH) for i in range(model.rowCount())] == [MEETING]
