"""Helpers of the annotation tests: open a document, select a passage by its text."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from tests.desktop.helpers import FACT_SHEET


def open_document(qtbot, window, path: str = FACT_SHEET, query: str = ""):
    """Open ``path`` and wait until its suggestions are in the side list too."""
    with (qtbot.waitSignal(window.annotating.suggestions.shown, timeout=20_000),
          qtbot.waitSignal(window.document_shown, timeout=10_000) as blocker):
        window.open_document(path, query)
    return blocker.args[0]


def select_text(window, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Select the ``occurrence``-th ``needle`` in the reader; returns its Qt span."""
    prepared = window.reader.prepared
    start = -1
    for _ in range(occurrence + 1):
        start = prepared.text.source.index(needle, start + 1)
    qt_start, qt_end = prepared.text.to_qt(start), prepared.text.to_qt(start + len(needle))
    view = window.reader.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return qt_start, qt_end


def passage_top(window, position: int) -> int:
    """Where Qt ``position``'s line starts, in the margin's coordinates (independently of it)."""
    view, margin = window.reader.view, window.reader.margin
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    top = view.cursorRect(cursor).top()
    return view.viewport().mapTo(window, cursor_point(top)).y() - margin.mapTo(window, cursor_point(0)).y()


def cursor_point(y: int):
    from PySide6.QtCore import QPoint

    return QPoint(0, y)


def add_note(qtbot, window, needle: str, body: str, occurrence: int = 0) -> str:
    """Select ``needle``, Ctrl+M, type ``body`` into the new note and commit it."""
    from PySide6.QtCore import Qt

    select_text(window, needle, occurrence)
    before = set(window.reader.margin.cards)
    with qtbot.waitSignal(window.annotating.annotations_shown, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    (note_id,) = set(window.reader.margin.cards) - before
    if body:
        card = window.reader.margin.cards[note_id]
        card.editor.setPlainText(body)
        card.commit()
    return note_id
