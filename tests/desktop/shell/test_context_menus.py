"""Context menus: a result's (without opening it) and the reader's copy with citation; the
original file and its folder opened by the system; Help › Search Syntax."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu

from archive.export.text import FSI, LRI, PDI
from desktop.search.results_model import ResultRole
from tests.desktop.helpers import FACT_SHEET, search


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def on_next_menu(choose) -> list[list[str]]:
    """When the next context menu pops up: note its entries, ``choose(menu)``, close it."""
    seen: list[list[str]] = []

    def handle() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, handle)
            return
        seen.append(menu_texts(menu))
        choose(menu)
        menu.close()

    QTimer.singleShot(0, handle)
    return seen


def right_click_result(qtbot, window, path: str, choice: str) -> list[str]:
    """Right-click a result as a user does and pick ``choice`` in its menu; the menu's entries."""
    view, model = window.search.view, window.search.model
    centre = view.visualRect(model.index(model.row_of(path), 0)).center()
    seen = on_next_menu(lambda menu: action(menu, choice).trigger())
    right_click(qtbot, view.viewport(), centre)
    return seen[0]


def right_click(qtbot, widget, pos: QPoint) -> None:
    """The press and release, then the context menu event the platform sends with them (QTest
    sends only the first two)."""
    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos)))


def opened_urls(monkeypatch) -> list[QUrl]:
    """What QDesktopServices is asked to open (nothing is opened)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_right_clicking_a_result_shows_its_menu_and_opens_nothing(qtbot, open_window):
    search(qtbot, open_window, "الإرهاب")
    opened: list = []
    open_window.document_shown.connect(opened.append)
    entries = right_click_result(qtbot, open_window, FACT_SHEET, "Copy Citation")
    qtbot.wait(100)
    assert opened == [] and open_window.reader.prepared is None
    assert not open_window.search.view.currentIndex().isValid()
    assert entries == ["Open", "Open Original File", "Show in Folder", "Copy Citation"]
    with qtbot.waitSignal(open_window.document_shown, timeout=10_000) as shown:
        right_click_result(qtbot, open_window, FACT_SHEET, "Open")
    assert shown.args[0].path == FACT_SHEET


def test_a_results_file_and_folder_open_in_the_system(qtbot, open_window, indexed_archive, monkeypatch):
    urls = opened_urls(monkeypatch)
    search(qtbot, open_window, "الإرهاب")
    right_click_result(qtbot, open_window, FACT_SHEET, "Open Original File")
    right_click_result(qtbot, open_window, FACT_SHEET, "Show in Folder")
    assert urls == [QUrl.fromLocalFile(str(indexed_archive / FACT_SHEET)), QUrl.fromLocalFile(str(indexed_archive))]
    assert open_window.reader.prepared is None


def test_a_file_gone_since_indexing_is_a_message(qtbot, open_window, indexed_archive, monkeypatch):
    urls = opened_urls(monkeypatch)
    search(qtbot, open_window, "الإرهاب")
    (indexed_archive / FACT_SHEET).unlink()
    right_click_result(qtbot, open_window, FACT_SHEET, "Open Original File")
    assert urls == []
    assert open_window.status.currentMessage().startswith(f"Cannot open {FACT_SHEET}")


def test_a_results_citation_is_copied(qtbot, open_window):
    search(qtbot, open_window, "الإرهاب")
    row = open_window.search.model.row_of(FACT_SHEET)
    title = open_window.search.model.index(row, 0).data(ResultRole.HIT).title
    right_click_result(qtbot, open_window, FACT_SHEET, "Copy Citation")
    assert QApplication.clipboard().text() == f"“{FSI}{title}{PDI}”, 2013-11-21, {FACT_SHEET}"


def test_the_readers_menu_copies_the_selection_with_its_citation(qtbot, open_window):
    with qtbot.waitSignal(open_window.document_shown, timeout=10_000) as shown:
        open_window.open_document(FACT_SHEET, "")
    prepared = shown.args[0]
    text = prepared.text.shown
    second = text.index("\n") + 1  # the start of the second paragraph
    start = second + text[second:].index("المغرب")
    view = open_window.reader.view
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("المغرب"), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    enabled: list[bool] = []

    def choose(menu: QMenu) -> None:
        entry = action(menu, "Copy with Citation")
        enabled.append(entry.isEnabled())
        entry.trigger()

    seen = on_next_menu(choose)
    right_click(qtbot, view.viewport(), view.cursorRect(cursor).center())
    assert seen
    assert enabled == [True]
    assert QApplication.clipboard().text() == (
        f"المغرب\n“{FSI}{prepared.title}{PDI}”, 2013-11-21, {FACT_SHEET}, paragraph 2")


def test_the_citation_follows_the_arabic_interface(qtbot, open_window):
    open_window.set_language("ar")
    with qtbot.waitSignal(open_window.document_shown, timeout=10_000) as shown:
        open_window.open_document(FACT_SHEET, "")
    view = open_window.reader.view
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(open_window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    prepared = shown.args[0]
    assert QApplication.clipboard().text() == (
        f"{prepared.text.shown[:3]}\n«{FSI}{prepared.title}{PDI}»، {LRI}2013-11-21{PDI}، {LRI}{FACT_SHEET}{PDI}، "
        f"الفقرة {LRI}1{PDI}")


def test_copy_with_citation_waits_for_a_selection(open_window):
    assert not open_window.commands.copy_with_citation.isEnabled()
    assert not open_window.commands.open_original.isEnabled()


def test_help_lists_the_search_syntax_in_both_languages(qtbot, window):
    window.commands.search_syntax.trigger()
    dialog = window._syntax_help
    assert dialog.isVisible()
    page = dialog.page.toPlainText()
    for example in ('"مجلس الأمن"', "OR", "NOT", "theme:security", "year:2013", "path:2013*", "الجمرك*"):
        assert example in page, example
    window.commands.arabic.trigger()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "صيغة البحث")  # LanguageChange is posted
    arabic = dialog.page.toPlainText()
    assert "theme:security" in arabic and "العبارة بعينها" in arabic
