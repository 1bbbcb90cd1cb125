"""Tagging, highlighting and notes in the reader: shortcuts, colours, undo and redo, the
suggestions side list, and annotations that lost their passage."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt

from archive.userdata.annotations import Annotations
from tests.desktop.annotation_helpers import add_note, open_document, select_text
from tests.desktop.helpers import FACT_SHEET, search
from tests.internals import open_store


def store_state(window):
    """Everything the store holds about the open document's annotations and tags."""
    library, doc_id = window.session.library, window.reader.prepared.doc_id
    return library.annotations(doc_id), library.document_tags(doc_id)


def suggested_ids(panel) -> list[str]:
    return [panel.suggestions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.suggestions.count())]


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    with qtbot.waitSignal(window.annotating.annotations_shown, timeout=5000):
        qtbot.keyClick(window, key, modifier)


def test_selecting_a_passage_and_a_theme_shortcut_tags_and_colours_it(qtbot, open_window):
    window = open_window
    open_document(qtbot, window)
    start, end = select_text(window, "مكافحة الإرهاب")
    first_theme = window.annotate_menus.tag_actions[0].data()
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    (tag,) = [a for a in store_state(window)[0] if a.kind == "tag"]
    assert tag.theme_id == first_theme
    assert tag.anchor.exact == "مكافحة الإرهاب"
    marks = window.reader.view.marks("tags")
    assert [(s, e) for s, e, _ in marks] == [(start, end)]
    colour = marks[0][2].background().color()
    assert colour.rgb() == window._context.themes.color(first_theme).rgb()
    coloured = [s for s in window.reader.view.extraSelections() if s.cursor.selectionStart() == start
                and s.cursor.selectionEnd() == end and s.format.background().color().alpha() < 255]
    assert coloured, "the tagged passage is drawn in its theme's colour"
    assert window.annotating.marks.tags_label.text()  # the header names the theme
    # A second theme on the same passage: it now has two.
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert len([a for a in store_state(window)[0] if a.kind == "tag"]) == 2


def test_undo_and_redo_restore_the_store_exactly(qtbot, open_window):
    window = open_window
    open_document(qtbot, window)
    undo = lambda: press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # noqa: E731
    redo = lambda: press(qtbot, window, Qt.Key.Key_Z,  # noqa: E731
                         Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    states = [store_state(window)]

    def step(*actions) -> None:
        for action in actions:
            action()
        states.append(store_state(window))

    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    step(lambda: select_text(window, "مكافحة الإرهاب"), lambda: press(qtbot, window, Qt.Key.Key_3, alt))
    step(lambda: select_text(window, "الحكومة المغربية"), lambda: press(qtbot, window, Qt.Key.Key_H, ctrl))
    note_ids = []
    step(lambda: note_ids.append(add_note(qtbot, window, "الإرهاب العالمي", "")))
    step(lambda: window.reader.margin.cards[note_ids[0]].editor.setPlainText("نص الملاحظة")
         or window.reader.margin.cards[note_ids[0]].commit())
    step(lambda: window.annotating.delete_note(note_ids[0]))
    assert all(a != b for a, b in pairwise(states)), "every step changed the store"
    assert "Delete Note" in window.annotate_menus.undo.text()
    for expected in reversed(states[:-1]):
        undo()
        assert store_state(window) == expected
    assert not window.annotate_menus.undo.isEnabled()
    for expected in states[1:]:
        redo()
        assert store_state(window) == expected


def test_accepting_a_suggestion_tags_the_document_and_theme_search_finds_it(qtbot, open_window):
    window = open_window
    open_document(qtbot, window)
    panel = window.annotating.themes_panel
    suggested = suggested_ids(panel)
    assert "labor" in suggested
    assert FACT_SHEET not in {h.path for h in search(qtbot, window, "theme:labor").hits}
    panel.suggestions.setCurrentRow(suggested.index("labor"))
    assert window.reader.view.marks("evidence"), "choosing a suggestion shows its evidence"
    with qtbot.waitSignal(window.annotating.themes_refreshed, timeout=10_000):
        qtbot.mouseClick(panel.accept, Qt.MouseButton.LeftButton)
    assert [t.theme_id for t in store_state(window)[1]] == ["labor"]
    assert panel.tags.count() == 1
    results = search(qtbot, window, "theme:labor")
    hit = next(h for h in results.hits if h.path == FACT_SHEET)
    assert "labor" in hit.themes
    # Rejecting another hides it; removing the tag takes it away again.
    other = next(t for t in suggested if t != "labor")
    panel.suggestions.setCurrentRow(suggested_ids(panel).index(other))  # learning reorders them
    with qtbot.waitSignal(window.annotating.suggestions.shown, timeout=10_000):
        qtbot.mouseClick(panel.reject, Qt.MouseButton.LeftButton)
    assert other not in suggested_ids(panel)
    panel.tags.setCurrentRow(0)
    with qtbot.waitSignal(window.annotating.themes_refreshed, timeout=10_000):
        qtbot.mouseClick(panel.remove_tag, Qt.MouseButton.LeftButton)
    assert store_state(window)[1] == []


def test_annotations_that_lost_their_passage_are_listed(qtbot, open_window):
    from archive.types import Anchor, Annotation, Kind

    window = open_window
    library = window.session.library
    document = library.document(FACT_SHEET)
    start = document.text.index("مكافحة الإرهاب")
    note = Annotation.new(document.record.id, Kind.NOTE, Anchor.at(document.text, start, start + 14), body="lost")
    library.add_annotations([note])
    with open_store(library) as store:  # as if the file had changed beyond recognition
        Annotations(store).reanchor_document(document.record.id, "نص آخر لا علاقة له بالأصل " * 20)
    open_document(qtbot, window)
    margin = window.reader.margin
    assert [a.id for a in window.annotating.orphans] == [note.id]
    assert note.id not in margin.cards  # never drawn at a wrong place
    assert margin.orphans_button.isVisible()
    assert "1" in margin.orphans_button.text()
    qtbot.mouseClick(margin.orphans_button, Qt.MouseButton.LeftButton)
    from desktop.annotate.orphans_dialog import OrphansDialog

    dialog = window.findChild(OrphansDialog)
    assert dialog.list.count() == 1
    assert "lost" in dialog.list.item(0).text()
    dialog.close()
