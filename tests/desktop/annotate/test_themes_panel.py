"""The themes side list on its own: suggestions with their evidence, accepted or rejected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from archive.types import DocumentSuggestions, Evidence, Suggestion


def _suggestions() -> DocumentSuggestions:
    return DocumentSuggestions(
        themes=(
            Suggestion("security", 3.5, (Evidence("مكافحة الإرهاب", 120, 134), Evidence("DGSN", 300, 304))),
            Suggestion("trade", 1.2, (Evidence("الاستثمار", 40, 49),)),
        ),
        paragraphs=(),
    )


def test_a_chosen_suggestion_shows_its_evidence_and_is_accepted(qtbot, themes_panel):
    themes_panel.set_suggestions(_suggestions())
    listed = [themes_panel.suggestions.item(i).text() for i in range(themes_panel.suggestions.count())]
    assert len(listed) == 2 and "مكافحة الإرهاب" in listed[0] and "3.5" in listed[0]
    assert not themes_panel.accept.isEnabled()  # nothing chosen yet
    with qtbot.waitSignal(themes_panel.suggestion_chosen) as chosen:
        themes_panel.suggestions.setCurrentRow(0)
    assert chosen.args == ["security"]
    with qtbot.waitSignal(themes_panel.accept_requested) as accepted:
        qtbot.mouseClick(themes_panel.accept, Qt.MouseButton.LeftButton)
    assert accepted.args == ["security"]


def test_a_suggestion_already_tagged_says_so(qtbot, themes_panel):
    themes_panel.set_tags(["trade"])
    themes_panel.set_suggestions(_suggestions())
    assert themes_panel.tags.count() == 1
    assert "(tagged)" in themes_panel.suggestions.item(1).text()
    assert "(tagged)" not in themes_panel.suggestions.item(0).text()
