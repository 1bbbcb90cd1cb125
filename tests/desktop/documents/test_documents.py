"""View > All Documents: every document in a sortable table, where the user corrects a title
or a date (undoable), and the results and reader follow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.documents.model import DATE, PATH, SIZE, TITLE
from tests.desktop.helpers import FACT_SHEET, search, type_text


def show_documents(qtbot, window):
    window.documents.toggle.trigger()
    panel = window.documents.panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0)
    return panel


def column(panel, col: int) -> list[str]:
    return [panel.proxy.index(row, col).data() for row in range(panel.proxy.rowCount())]


def row_of(panel, path: str) -> int:
    return column(panel, PATH).index(path)


def test_every_document_is_listed_and_sorts_by_each_column(qtbot, open_window):
    panel = show_documents(qtbot, open_window)
    records = [r for r in open_window.session.library.documents() if not r.missing]
    assert sorted(column(panel, PATH)) == sorted(r.path for r in records)
    assert panel.count.text() == f"{len(records)} documents"
    dates = column(panel, DATE)  # newest first, and undated ones last
    assert dates == sorted(dates, key=lambda d: (d != "Undated", d), reverse=True)
    panel.table.sortByColumn(SIZE, Qt.SortOrder.AscendingOrder)
    sizes = [panel.proxy.index(row, SIZE).data(panel.proxy.sortRole()) for row in range(panel.proxy.rowCount())]
    assert sizes == sorted(sizes)
    panel.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    titles = column(panel, TITLE)
    assert [t.casefold() for t in titles] == sorted(t.casefold() for t in titles)
    type_text(panel.filter, "morocco")
    assert column(panel, PATH) == [FACT_SHEET]
    assert panel.count.text() == f"1 of {len(records)} documents"


def test_a_corrected_date_shows_everywhere_and_undo_takes_it_back(qtbot, open_window):
    panel = show_documents(qtbot, open_window)
    cell = panel.proxy.index(row_of(panel, FACT_SHEET), DATE)
    file_date = cell.data()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) != "Date set by you"
    with qtbot.waitSignal(open_window.documents.record_changed):
        panel.proxy.setData(cell, "2012-02")
    cell = panel.proxy.index(row_of(panel, FACT_SHEET), DATE)
    assert (cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole)) == ("2012-02", "Date set by you")
    results = search(qtbot, open_window, "year:2012")
    assert [h.path for h in results.hits] == [FACT_SHEET]
    with qtbot.waitSignal(open_window.documents.record_changed):
        open_window._context.undo_stack.undo()
    assert panel.proxy.index(row_of(panel, FACT_SHEET), DATE).data() == file_date
    assert search(qtbot, open_window, "year:2012").total == 0


def test_a_corrected_title_is_shown_by_the_open_reader(qtbot, open_window):
    open_window.open_document(FACT_SHEET)
    qtbot.waitUntil(lambda: open_window.reader.prepared is not None)
    panel = show_documents(qtbot, open_window)
    with qtbot.waitSignal(open_window.documents.record_changed):
        panel.proxy.setData(panel.proxy.index(row_of(panel, FACT_SHEET), TITLE), "Fact sheet, corrected")
    qtbot.waitUntil(lambda: open_window.reader.title.text() == "Fact sheet, corrected")


def test_an_impossible_date_is_refused_with_a_message_and_nothing_changes(qtbot, open_window):
    panel = show_documents(qtbot, open_window)
    cell = panel.proxy.index(row_of(panel, FACT_SHEET), DATE)
    before = cell.data()
    with qtbot.waitSignal(open_window.documents.status_message) as said:
        panel.proxy.setData(cell, "2012-02-30")
    assert "Not a date" in said.args[0]
    assert panel.proxy.index(row_of(panel, FACT_SHEET), DATE).data() == before
    assert open_window._context.undo_stack.count() == 0


def test_enter_opens_the_document_and_f2_edits_without_opening(qtbot, open_window):
    panel = show_documents(qtbot, open_window)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(row_of(panel, FACT_SHEET), PATH))
    with qtbot.waitSignal(open_window.document_shown) as shown:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert shown.args[0].path == FACT_SHEET
    panel.table.setCurrentIndex(panel.proxy.index(row_of(panel, FACT_SHEET), TITLE))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert panel.table.state() == panel.table.State.EditingState
