"""The reader: opening from a result, highlights, hit navigation, directions, copying."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from archive.text.forms import PRESENTATION_FORMS
from tests.desktop.helpers import FACT_SHEET, MIXED_NAME, PRESENTATION_NAME, search, type_text

MATCHING = re.compile(r"[ا-ي]*(ارهاب|إرهاب)[ا-ي]*")


def click_result(qtbot, window, path: str):
    view, model = window.search.view, window.search.model
    row = model.row_of(path)
    assert row >= 0, f"{path} is not in the results"
    rect = view.visualRect(model.index(row, 0))
    with qtbot.waitSignal(window.document_shown, timeout=10_000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return blocker.args[0]


def open_path(qtbot, window, path: str, query: str = ""):
    with qtbot.waitSignal(window.document_shown, timeout=10_000) as blocker:
        window.open_document(path, query)
    return blocker.args[0]


def test_clicking_a_result_opens_it_with_the_hits_highlighted(qtbot, open_window):
    search(qtbot, open_window, "الإرهاب")
    prepared = click_result(qtbot, open_window, FACT_SHEET)
    reader = open_window.reader
    assert reader.current_path == FACT_SHEET
    assert reader.title.text()
    assert reader.path.toolTip() == FACT_SHEET  # the label itself may elide a long path
    shown = reader.path.text()
    head, _, tail = shown.partition("…")
    assert shown == FACT_SHEET or ("…" in shown and FACT_SHEET.startswith(head) and FACT_SHEET.endswith(tail))
    assert reader.encoding.text()
    assert len(prepared.hits) >= 5
    selections = reader.view.extraSelections()  # the hits in view (all of them, here)
    assert len(selections) == len(prepared.hits)
    for selection in selections:
        assert MATCHING.fullmatch(selection.cursor.selectedText()), selection.cursor.selectedText()
    # The view starts at the first hit, which is the current one.
    assert reader.current_index == 0
    assert reader.view.textCursor().position() == prepared.hits[0][0]
    assert "1" in reader.hit_counter.text()


def test_f3_and_shift_f3_move_the_cursor_between_hits(qtbot, open_window):
    search(qtbot, open_window, "الإرهاب")
    prepared = click_result(qtbot, open_window, FACT_SHEET)
    view = open_window.reader.view
    qtbot.keyClick(open_window, Qt.Key.Key_F3)
    assert view.textCursor().position() == prepared.hits[1][0]
    qtbot.keyClick(open_window, Qt.Key.Key_F3)
    assert view.textCursor().position() == prepared.hits[2][0]
    qtbot.keyClick(open_window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().position() == prepared.hits[1][0]
    assert open_window.reader.current_index == 1
    open_window.reader.previous_hit()
    open_window.reader.previous_hit()  # wraps to the last
    assert view.textCursor().position() == prepared.hits[-1][0]


def test_a_phrase_query_counts_and_walks_the_phrase_not_its_words(qtbot, open_window):
    search(qtbot, open_window, '"مجلس الأمن"')
    prepared = click_result(qtbot, open_window, FACT_SHEET)
    text = prepared.text.shown
    occurrences = re.findall(r"\w*مجلس الأمن(?!\w)", text)
    assert [text[s:e] for s, e in prepared.hits] == occurrences
    assert open_window.reader.hit_counter.text().endswith(f"of {len(occurrences)}")
    qtbot.keyClick(open_window, Qt.Key.Key_F3)
    assert open_window.reader.view.textCursor().position() == prepared.hits[1][0]


def test_only_the_hits_in_view_become_selections_in_a_long_document(qtbot, open_window):
    from archive.text.direction import paragraph_directions
    from archive.text.display import OffsetMap
    from desktop.reader.loader import PreparedDocument

    text = "\n".join(f"فقرة رقم {i} عن مكافحة الإرهاب في المنطقة" for i in range(3000))
    mapping = OffsetMap(text)
    hits = [(m.start(), m.end()) for m in re.finditer("الإرهاب", text)]
    prepared = PreparedDocument("long.txt", "id", "long", None, None, None, mapping,
                                paragraph_directions(text), "الإرهاب", hits)
    reader = open_window.reader
    reader.show_document(prepared)
    visible = reader.view.extraSelections()
    assert 0 < len(visible) < 200
    reader.previous_hit()  # wraps to the last hit, at the far end
    assert reader.view.textCursor().position() == hits[-1][0]
    now_visible = reader.view.extraSelections()
    assert any(s.cursor.selectionStart() == hits[-1][0] for s in now_visible)
    assert all(s.cursor.selectionStart() > hits[len(visible)][0] for s in now_visible)


def test_find_in_document(qtbot, open_window):
    open_path(qtbot, open_window, FACT_SHEET, "")
    reader = open_window.reader
    qtbot.keyClick(open_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find_open and reader.find_field.hasFocus()
    with qtbot.waitSignal(open_window.session.find_finished, timeout=10_000):
        type_text(reader.find_field, "USAID")
    assert len(reader.hits) == 1
    start, end = reader.hits[0]
    assert reader.prepared.text.shown[start:end] == "USAID"
    qtbot.keyClick(reader.find_field, Qt.Key.Key_Escape)
    assert not reader.find_open


def test_paragraphs_take_their_own_direction_and_alignment(qtbot, open_window):
    open_path(qtbot, open_window, MIXED_NAME, "الإرهاب")
    document = open_window.reader.view.document()
    width = document.textWidth()
    margin = document.documentMargin()
    expected = ["rtl", "ltr", "rtl", "rtl", "ltr"]
    block = document.begin()
    for direction in expected:
        rtl = direction == "rtl"
        wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert block.textDirection() == wanted, block.text()
        assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignLeading
        line = block.layout().lineAt(0)
        natural = line.naturalTextRect()
        if rtl:  # starts at the right edge
            assert abs((natural.right()) - (width - 2 * margin)) < 2, block.text()
        else:  # starts at the left edge
            assert natural.left() < 2, block.text()
        block = block.next()


def test_exports_give_each_paragraph_the_direction_the_reader_shows(qtbot, open_window):
    from archive.export import ExportOptions
    from archive.export.html import render
    from archive.types import Anchor, Annotation, Kind

    open_path(qtbot, open_window, MIXED_NAME)
    block = open_window.reader.view.document().begin()
    shown = {}
    while block.isValid():
        if block.text():
            shown[block.text()] = "rtl" if block.textDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        block = block.next()
    assert shown["USAID تدعم برامج مكافحة الإرهاب في المنطقة منذ 2011."] == "rtl"
    library = open_window.session.library
    document = library.document(MIXED_NAME)
    library.add_annotations([  # a highlight on each paragraph
        Annotation.new(document.record.id, Kind.HIGHLIGHT, Anchor.at(document.text, m.start(), m.end()))
        for m in re.finditer(r"[^\n]+", document.text)
    ])
    for lang in ("ar", "en"):
        page = render(library.export_model(ExportOptions(lang=lang)))
        exported = {text: direction for direction, text in re.findall(r'<p dir="(\w+)">([^<]*)</p>', page)}
        assert {text: exported[text] for text in shown} == shown, lang


def test_copying_a_selection_gives_logical_order_text(qtbot, open_window):
    prepared = open_path(qtbot, open_window, MIXED_NAME, "")
    view = open_window.reader.view
    text = prepared.text.shown
    start = text.index("USAID")
    end = text.index("2011") + 4
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.copy()
    assert QApplication.clipboard().text() == "USAID تدعم برامج مكافحة الإرهاب في المنطقة منذ 2011"
    view.selectAll()
    view.copy()
    assert QApplication.clipboard().text() == text


def test_no_presentation_form_reaches_any_widget(qtbot, open_window):
    results = search(qtbot, open_window, "مكافحة الإرهاب")
    assert PRESENTATION_NAME in {h.path for h in results.hits}
    prepared = click_result(qtbot, open_window, PRESENTATION_NAME)
    assert prepared.hits, "hits land on the folded text"
    texts = collect_widget_texts(open_window)
    model = open_window.search.model
    for row in range(model.rowCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            texts.append(str(model.index(row, 0).data(role) or ""))
    offenders = [t for t in texts if PRESENTATION_FORMS.search(t)]
    assert not offenders
    assert "مكافحة الإرهاب" in open_window.reader.view.toPlainText()


def collect_widget_texts(window) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTextEdit, QWidget

    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        texts.append(widget.toolTip())
    return texts


def test_zoom_changes_the_reader_font_and_is_remembered(qtbot, open_window):
    open_path(qtbot, open_window, MIXED_NAME, "")
    view = open_window.reader.view
    before = view.document().defaultFont().pointSizeF()
    qtbot.keyClick(open_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.document().defaultFont().pointSizeF() == before + 1
    assert open_window._context.preferences.reader_zoom == 1
    qtbot.keyClick(open_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.document().defaultFont().pointSizeF() == before


def test_the_open_document_follows_a_new_query(qtbot, open_window):
    search(qtbot, open_window, "الإرهاب")
    before = click_result(qtbot, open_window, FACT_SHEET)
    results = search(qtbot, open_window, "USAID")
    assert FACT_SHEET in {h.path for h in results.hits}
    reader = open_window.reader
    assert reader.current_path == FACT_SHEET
    assert len(reader.hits) == 1 != len(before.hits)
    start, end = reader.hits[0]
    assert reader.prepared.text.shown[start:end] == "USAID"
