"""The reader panel on its own, given a prepared document (no archive, no window)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from archive.library import Library
from archive.text.direction import paragraph_directions
from archive.text.display import OffsetMap
from desktop.reader.loader import PreparedDocument, prepare_document

TEXT = "USAID تمول برامج مكافحة التطرف في المغرب\nThe GCTF met in Rabat on counter-terrorism\n2013-05-01"


def _prepared(query: str, hits: list[tuple[int, int]]) -> PreparedDocument:
    shown = OffsetMap(TEXT)
    return PreparedDocument("2013/mixed.txt", "id1", "وثيقة مختلطة", "2013-05-01", "utf-8", "txt",
                            shown, paragraph_directions(shown.shown), query, hits)


def test_each_paragraph_reads_in_its_own_direction(qtbot, reader_panel):
    reader_panel.show_document(_prepared("", []))
    block = reader_panel.view.document().begin()
    directions = []
    while block.isValid():
        directions.append(block.blockFormat().layoutDirection())
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    # An acronym first does not make Arabic left to right; a date follows the paragraph before.
    assert directions == [rtl, ltr, ltr]


def test_the_first_hit_is_current_and_next_hit_walks_on_and_around(qtbot, reader_panel):
    first = TEXT.index("مكافحة")
    second = TEXT.index("counter")
    reader_panel.show_document(_prepared("مكافحة", [(first, first + 6), (second, second + 7)]))
    assert reader_panel.current_index == 0
    with qtbot.waitSignal(reader_panel.current_hit_changed) as moved:
        reader_panel.next_hit()
    assert moved.args == [1, 2] and reader_panel.view.textCursor().position() == second
    reader_panel.next_hit()  # past the last hit: back to the first
    assert reader_panel.current_index == 0 and reader_panel.view.textCursor().position() == first


def test_the_reader_says_where_a_date_came_from_and_when_there_is_none(qtbot, tmp_path, reader_panel):
    root = tmp_path / "archive"
    (root / "2015" / "03").mkdir(parents=True)
    (root / "2015" / "03" / "filed.txt").write_text("مذكرة\nنص بلا تاريخ", "utf-8")
    (root / "loose.txt").write_text("مذكرة بلا تاريخ", "utf-8")
    with Library(root) as library:
        library.update_index()
        reader_panel.show_document(prepare_document(library, "2015/03/filed.txt"))
        assert reader_panel.date.text() == "2015-03"
        assert reader_panel.date.toolTip() == "Date from the folder the document is filed in"
        reader_panel.show_document(prepare_document(library, "loose.txt"))
        assert reader_panel.date.text() == "Undated"
        assert reader_panel.date.toolTip() == "No date found in the file, its text or its folder"
