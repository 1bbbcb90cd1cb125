"""The search room's widgets on their own, fed plain results (no archive, no window)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from archive.types import Hit, SearchResults
from desktop.search.facets import VALUE_ROLE
from desktop.search.results_model import ResultRole


def _hit(n: int, title: str) -> Hit:
    snippet = f"نص الوثيقة {n} عن التعاون الأمني"
    start = snippet.index("التعاون")
    return Hit(f"id{n}", f"2013/doc{n}.txt", title, f"2013-01-{n:02d}", 1.0 / n, ["security"],
               snippet, 0, [(start, start + len("التعاون"))])


def test_results_fill_the_list_and_choosing_one_says_which(qtbot, search_panel):
    results = SearchResults("التعاون", 2, [_hit(1, "الشراكة المغربية الأمريكية"), _hit(2, "Rabat meeting")])
    search_panel.show_results(results)
    model = search_panel.model
    assert model.rowCount() == 2
    assert model.index(1, 0).data(ResultRole.PATH) == "2013/doc2.txt"
    assert model.index(0, 0).data(ResultRole.DIRECTION) == "rtl"
    with qtbot.waitSignal(search_panel.result_chosen) as chosen:
        search_panel.view.setCurrentIndex(model.index(1, 0))
        qtbot.keyClick(search_panel.view, Qt.Key.Key_Return)
    assert chosen.args[0].path == "2013/doc2.txt"


def test_a_facet_clicked_by_the_user_narrows_and_stays_checked(qtbot, facets_panel):
    facets_panel.set_facets({"theme": {"security": 2, "trade": 1}, "year": {"2013": 2, "2021": 1}})
    facets_panel.show()
    qtbot.waitExposed(facets_panel)
    themes = facets_panel._groups["theme"]
    security = next(themes.child(i) for i in range(themes.childCount())
                    if themes.child(i).data(0, VALUE_ROLE) == "security")
    tree = facets_panel._tree
    with qtbot.waitSignal(facets_panel.filters_changed) as changed:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(security).center())
    assert changed.args == [["security"], []]
    facets_panel.set_facets({"theme": {"trade": 1}, "year": {}})  # the next results lack it
    assert facets_panel.selected_themes == ["security"]  # the user's check is kept


def test_undated_documents_are_a_year_of_their_own_listed_last(qtbot, facets_panel):
    facets_panel.set_facets({"theme": {}, "year": {"2013": 2, "undated": 3, "2021": 1}})
    years = facets_panel._groups["year"]
    shown = [(years.child(i).text(0), years.child(i).text(1)) for i in range(years.childCount())]
    assert shown == [("2021", "1"), ("2013", "2"), ("Undated", "3")]
    tree = facets_panel._tree
    facets_panel.show()
    qtbot.waitExposed(facets_panel)
    with qtbot.waitSignal(facets_panel.filters_changed) as changed:
        undated = years.child(2)
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(undated).center())
    assert changed.args == [[], ["undated"]]
