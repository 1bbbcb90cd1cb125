"""The excerpts panel: lists highlights, reorders them in the store, groups, filters, opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.excerpts.model import ExcerptRow, ExcerptsModel, Roles
from tests.archive.export.export_samples import FACT_SHEET, MEETING, SECURITY
from tests.desktop.excerpt_helpers import with_excerpts


def double_click(widget, point) -> None:
    """Press, double-click, release: what a mouse sends (QTest's mouseDClick skips the press
    that item views need to know which row is being double-clicked)."""
    position = QPointF(point)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease):
        QApplication.sendEvent(widget, QMouseEvent(
            kind, position, widget.mapToGlobal(position), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        ))


def stored_order(library) -> list[str]:
    highlights = [a for a in library.annotations() if a.kind == "highlight"]
    return [a.id for a in sorted(highlights, key=lambda a: a.position)]


def test_the_model_passes_the_model_tester_in_every_grouping(qtmodeltester):
    model = ExcerptsModel(str.upper)
    model.set_rows([
        ExcerptRow(
            id=f"e{i}", path=f"doc{i % 2}.txt", title=f"Doc {i % 2}", date=None, text=f"نص {i}",
            start=0, end=4, paragraph=1, themes=("security",) if i % 2 else ("security", "diplomacy"),
            notes=("note",), citation="", display_citation="", position=float(i),
        )
        for i in range(6)
    ])
    for grouping in ("none", "theme", "document", "none"):
        model.set_grouping(grouping)
        qtmodeltester.check(model)
    model.set_filter("diplomacy", "")
    qtmodeltester.check(model)


def test_the_panel_lists_the_excerpts_in_the_users_order(qtbot, open_window):
    excerpts = with_excerpts(qtbot, open_window)
    model = open_window.excerpts.panel.model
    assert model.visible_ids() == excerpts.order
    first = model.index(0, 0)
    assert model.data(first, Roles.PATH) == MEETING
    assert model.data(first, Roles.THEMES) == ("nonproliferation",)
    security = model.index_of(excerpts.security)
    assert model.data(security, Roles.TEXT).startswith(SECURITY)
    assert "security" in model.data(security, Roles.THEMES)
    assert any(n.startswith("ملاحظة") for n in model.data(security, Roles.NOTES))


def test_move_rows_and_drop_reorder_the_store_and_undo_puts_it_back(qtbot, open_window):
    excerpts = with_excerpts(qtbot, open_window)
    library, model = excerpts.library, open_window.excerpts.panel.model
    before = stored_order(library)
    with qtbot.waitSignal(open_window.excerpts.rows_loaded, timeout=10_000):
        assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)  # the last to the top
    expected = [before[3], *before[:3]]
    assert stored_order(library) == expected == model.visible_ids()

    data = model.mimeData([model.index(0, 0)])
    with qtbot.waitSignal(open_window.excerpts.rows_loaded, timeout=10_000):
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())  # to the end
    assert stored_order(library) == [*before[:3], before[3]] == before

    with qtbot.waitSignal(open_window.excerpts.rows_loaded, timeout=10_000):
        open_window.annotate_menus.undo.trigger()
    assert stored_order(library) == expected


def test_grouping_by_theme_and_document_and_filtering(qtbot, open_window):
    excerpts = with_excerpts(qtbot, open_window)
    panel = open_window.excerpts.panel
    model = panel.model
    panel.set_grouping("document")
    assert model.group_keys() == [MEETING, FACT_SHEET]
    assert model.rowCount(model.index(0, 0)) == 3
    panel.set_grouping("theme")
    keys = model.group_keys()
    assert {"security", "diplomacy", "nonproliferation"} <= set(keys) and keys[-1] == ""  # untagged last
    panel.set_grouping("none")
    panel.set_filter(theme="diplomacy")
    assert model.visible_ids() == [excerpts.diplomacy]
    panel.set_filter(query="التهديدات")  # in the security excerpt's text and its note
    assert model.visible_ids() == [excerpts.security]
    assert "1 of 4" in panel.count_label.text()
    panel.set_filter()
    assert len(model.visible_ids()) == 4


def test_double_click_opens_the_document_with_the_passage_selected(qtbot, open_window):
    excerpts = with_excerpts(qtbot, open_window)
    panel = open_window.excerpts.panel
    index = panel.model.index_of(excerpts.diplomacy)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(open_window.reader.passage_shown, timeout=10_000) as blocker:
        double_click(panel.view.viewport(), rect.center())
    path, _start, _end = blocker.args
    assert path == FACT_SHEET == open_window.reader.current_path
    selected = open_window.reader.view.textCursor().selectedText()
    assert selected == panel.model.row(excerpts.diplomacy).text.replace("\n", "\u2029")
