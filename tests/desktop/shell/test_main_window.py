"""The window as a whole: languages and mirroring, remembered layout, menus, drag and drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from tests.desktop.helpers import make_window, open_archive, search


def _x(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_the_english_interface_is_left_to_right(window):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _x(window.facets, window) < _x(window.search, window) < _x(window.reader, window)
    assert window.commands.file_menu.title() == "&File"


def test_the_arabic_interface_mirrors(qtbot, context, indexed_archive):
    context.translations.install("ar")
    window = make_window(qtbot, context)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    # The panels read from the right: facets, then results, then the reader.
    assert _x(window.facets, window) > _x(window.search, window) > _x(window.reader, window)
    assert window.commands.file_menu.title() != "&File", "the menus are translated"
    assert "&" in window.commands.file_menu.title()
    open_archive(qtbot, window, indexed_archive)
    search(qtbot, window, "الإرهاب")
    assert window.search.status.text() and window.search.status.text().isascii() is False


def test_switching_language_while_running(qtbot, window):
    window.commands.arabic.trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.search.sort.itemText(0) == "الصلة")  # LanguageChange is posted
    assert window.commands.file_menu.title() == "&ملف"
    assert window.annotate_menus.annotate_menu.title() == "&تعليقات"  # the rooms' menus too
    assert window.annotate_menus.undo.text() == "&تراجع"
    assert window._context.preferences.language == "ar"
    window.commands.english.trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: window.search.sort.itemText(0) == "Relevance")


def test_splitters_and_geometry_are_remembered(qtbot, context):
    first = make_window(qtbot, context)
    first.splitter.setSizes([300, 420, 580])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(qtbot, context)
    assert second.splitter.sizes() == sizes


def test_recent_archives_are_remembered(qtbot, open_window, indexed_archive):
    assert open_window._context.preferences.recent_archives[0] == str(indexed_archive)
    open_window.commands.recent_menu.aboutToShow.emit()
    entries = [a.data() for a in open_window.commands.recent_menu.actions() if a.data()]
    assert entries == [str(indexed_archive)]


def test_dropping_a_folder_opens_it(qtbot, window, indexed_archive):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(indexed_archive))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.archive_opened, timeout=10_000) as blocker:
        window.dropEvent(event)
    assert Path(blocker.args[0]) == indexed_archive.resolve()


def test_a_missing_folder_is_a_message_not_a_crash(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.archive_failed, timeout=10_000) as blocker:
        window.open_archive(tmp_path / "nowhere", index=False)
    assert "nowhere" in blocker.args[0]
    assert window.session is None


def test_focus_search_shortcuts(qtbot, open_window):
    open_window.reader.view.setFocus()
    for key in (Qt.Key.Key_K, Qt.Key.Key_L):
        open_window.reader.view.setFocus()
        qtbot.keyClick(open_window, key, Qt.KeyboardModifier.ControlModifier)
        assert open_window.search.field.hasFocus()


def test_full_screen_toggles(qtbot, window):
    window.commands.full_screen.trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.commands.full_screen.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_a_second_window_on_the_same_archive_is_told_so(qtbot, context, indexed_archive):
    from tests.desktop.helpers import make_window, open_archive

    first = make_window(qtbot, context)
    open_archive(qtbot, first, indexed_archive)
    second = make_window(qtbot, context)
    open_archive(qtbot, second, indexed_archive)
    assert not first.session.shared and second.session.shared
    assert "another Wathaiq window" in second.status.currentMessage()


def test_a_store_with_a_trigger_is_a_message_not_an_open_archive(qtbot, window, indexed_archive):
    import sqlite3

    with sqlite3.connect(indexed_archive / ".wathaiq" / "wathaiq.sqlite") as db:
        db.execute("CREATE TRIGGER wipe AFTER INSERT ON document_tags BEGIN DELETE FROM annotations; END")
    with qtbot.waitSignal(window.archive_failed, timeout=10_000) as blocker:
        window.open_archive(indexed_archive, index=False)
    assert "objects Wathaiq did not make" in blocker.args[0] and "trigger wipe" in blocker.args[0]
    assert window.session is None


def test_a_damaged_store_is_a_message_naming_its_backup(qtbot, window, indexed_archive):
    from archive.userdata.safekeeping import BACKUP_FOLDER, automatic_backups

    latest = automatic_backups(indexed_archive / ".wathaiq" / BACKUP_FOLDER)[0]
    (indexed_archive / ".wathaiq" / "wathaiq.sqlite").write_bytes(b"")
    with qtbot.waitSignal(window.archive_failed, timeout=10_000) as blocker:
        window.open_archive(indexed_archive, index=False)
    assert "is empty" in blocker.args[0] and str(latest) in blocker.args[0]
    assert window.session is None


def test_a_read_only_archive_shows_its_notes_and_says_it_is_read_only(qtbot, window, indexed_archive, monkeypatch):
    from archive import locations
    from archive.library import Library
    from archive.types import DocumentTag
    from tests.archive.sample_docs import MEETING

    with Library(indexed_archive) as library:
        meeting = next(record for record in library.documents() if record.path == MEETING)
        library.add_document_tag(DocumentTag.new(meeting.id, "security"))
    store = indexed_archive / ".wathaiq" / "wathaiq.sqlite"
    before = store.read_bytes()
    state = indexed_archive / ".wathaiq"  # root ignores permission bits: say read-only as the code asks
    monkeypatch.setattr(locations.os, "access", lambda path, mode: Path(path) not in (indexed_archive, state))
    open_archive(qtbot, window, indexed_archive)
    assert "read-only" in window.status.currentMessage()
    library = window.session.library
    assert [t.theme_id for t in library.document_tags(meeting.id)] == ["security"]
    assert store.read_bytes() == before
