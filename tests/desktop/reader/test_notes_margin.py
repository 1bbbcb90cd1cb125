"""Side notes: level with their passages, following scrolls and resizes, stacked, linked."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt

from tests.desktop.annotation_helpers import add_note, open_document, passage_top, select_text

TOLERANCE = 3  # pixels


def card_of(window, note_id: str):
    return window.reader.margin.cards[note_id]


def assert_level(window, note_id: str) -> None:
    card = card_of(window, note_id)
    expected = passage_top(window, card.note.start)
    assert abs(card.geometry().top() - expected) <= TOLERANCE, (card.geometry().top(), expected)


def test_a_note_sits_level_with_its_passage_and_follows_scrolling_and_resizing(qtbot, open_window):
    window = open_window
    open_document(qtbot, window)
    note = add_note(qtbot, window, "مكافحة الإرهاب", "ملاحظة على الفقرة", occurrence=2)
    library = window.session.library
    assert library.annotation(note).body == "ملاحظة على الفقرة"
    assert window.reader.margin.isVisible()
    assert_level(window, note)
    bar = window.reader.view.verticalScrollBar()
    assert bar.maximum() > 0, "the document must be taller than the view for this test"
    bar.setValue(bar.value() + 60)
    assert_level(window, note)
    bar.setValue(0)
    assert_level(window, note)
    before = card_of(window, note).geometry().top()
    window.resize(window.width() + 400, window.height())  # the reader takes the extra width
    # A wider reader wraps its lines again, so the passage moves up: the note follows.
    qtbot.waitUntil(lambda: passage_top(window, card_of(window, note).note.start) != before, timeout=5000)
    qtbot.waitUntil(lambda: abs(card_of(window, note).geometry().top()
                                - passage_top(window, card_of(window, note).note.start)) <= TOLERANCE, timeout=5000)


def test_notes_on_the_same_line_stack_without_overlapping(qtbot, open_window):
    window = open_window
    open_document(qtbot, window)
    first = add_note(qtbot, window, "مكافحة الإرهاب", "الأولى")
    long_note = "الثانية، وهي أطول قليلا من الأولى لكي تلتف على سطرين أو أكثر في الهامش"
    second = add_note(qtbot, window, "الإرهاب", long_note)
    third = add_note(qtbot, window, "مكافحة", "third")
    cards = sorted((card_of(window, n) for n in (first, second, third)), key=lambda c: c.geometry().top())
    for upper, lower in pairwise(cards):
        assert upper.geometry().bottom() < lower.geometry().top()
    assert_level(window, cards[0].note.id)


def test_clicking_a_note_selects_its_passage_and_the_cursor_marks_its_note(qtbot, open_window):
    window = open_window
    open_document(qtbot, window)
    note = add_note(qtbot, window, "الحكومة المغربية", "note")
    view = window.reader.view
    view.moveCursor(view.textCursor().MoveOperation.End)
    assert window.reader.margin.current is None
    card = card_of(window, note)
    qtbot.mouseClick(card.caption, Qt.MouseButton.LeftButton)
    assert view.textCursor().selectedText() == "الحكومة المغربية"
    assert window.reader.margin.current == note
    assert card.property("current") is True
    # And the other way round: the cursor in the passage makes its note the current one.
    view.moveCursor(view.textCursor().MoveOperation.End)
    assert card.property("current") is False
    select_text(window, "الحكومة المغربية")
    assert window.reader.margin.current == note


def test_a_note_reads_in_the_direction_of_its_text(qtbot, open_window):
    window = open_window
    open_document(qtbot, window)
    note = add_note(qtbot, window, "الحكومة المغربية", "An English note")
    option = card_of(window, note).editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.LeftToRight
    card_of(window, note).editor.setPlainText("ملاحظة بالعربية")
    option = card_of(window, note).editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert "\n" in card_of(window, note).toolTip()  # created and modified times
