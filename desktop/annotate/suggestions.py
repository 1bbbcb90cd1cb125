"""The themes the core suggests for the open document, in the themes side list, and the
evidence of the one chosen, coloured in the reader.

Suggestions are computed on the read lane (``Library.suggest``), one request at a time per
document: an answer for a document no longer open, or overtaken by a newer request, is
dropped. Accepting and rejecting are the controller's undoable commands; after them the
controller asks again, and the list shows the old suggestions until the new ones arrive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.annotate.marks import Marks
from desktop.annotate.themes_panel import ThemesPanel
from desktop.common.workers import Lane
from desktop.reader.view import ReaderView

if TYPE_CHECKING:
    from archive.library import Library
    from desktop.reader.loader import PreparedDocument


class Suggestions(QObject):
    """Fills ``panel`` with the open document's suggestions; shows their evidence with ``marks``.

    Signals:
        shown(object): the side list shows the open document's DocumentSuggestions.
    """

    shown = Signal(object)

    def __init__(self, read_lane: Lane, panel: ThemesPanel, marks: Marks, view: ReaderView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_lane = read_lane
        self._panel = panel
        self._marks = marks
        self._view = view
        self._library: Library | None = None
        self._prepared: PreparedDocument | None = None
        self._serial = 0
        panel.suggestion_chosen.connect(self.show_evidence)

    def set_document(self, library: Library | None, prepared: PreparedDocument | None) -> None:
        """Another document (or none): its suggestions, the list saying it looks meanwhile."""
        self._library, self._prepared = library, prepared
        self._serial += 1
        if prepared is None:
            self._panel.clear()
        else:
            self.request(busy=True)

    def request(self, busy: bool = False) -> None:
        """Suggest themes for the open document on the read lane (``busy``: say so meanwhile;
        otherwise the list stays as it is until the new one arrives)."""
        prepared, library = self._prepared, self._library
        if prepared is None or library is None:
            return
        self._serial += 1
        serial = self._serial
        if busy:
            self._panel.set_busy()

        def done(suggestions) -> None:
            if serial == self._serial:
                self._panel.set_suggestions(suggestions)
                self.shown.emit(suggestions)

        def failed(exc: Exception) -> None:
            if serial == self._serial:
                self._panel.set_failed()

        self._read_lane.submit(lambda: library.suggest(prepared.path), done, failed,
                               still_wanted=lambda: serial == self._serial)

    def show_evidence(self, theme_id: str) -> None:
        """Colour the words that support a suggestion, and bring the first into view."""
        suggestion = self._panel.suggestion(theme_id) if theme_id else None
        if suggestion is None or self._prepared is None:
            self._marks.draw_evidence(theme_id, [])
            return
        spans = self._prepared.text.spans_to_qt(sorted((e.start, e.end) for e in suggestion.evidence))
        self._marks.draw_evidence(theme_id, spans)
        if spans:
            self._view.move_cursor_to(spans[0][0])
