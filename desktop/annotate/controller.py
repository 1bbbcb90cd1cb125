"""Tagging, highlighting and notes in the reader, with undo: the annotation room's state and commands.

``Annotating`` follows the open archive (``AppContext.current``) and the reader's document,
has that document's annotations drawn (``marks``), fills the reader's margin of notes and the
themes side list (``suggestions``), and makes each user action a command on the window's undo
stack (``commands``), called from the menus and shortcuts of ``menus``. A command's store
write is one quick transaction on the UI thread; when tags changed, the index is refreshed on
the write lane so that ``theme:`` searches, facets and result chips follow, then
``themes_refreshed`` asks the window to search again.

Positions: annotations anchor on code-point offsets of the document's display text; the
reader counts Qt positions. ``OffsetMap.to_qt``/``to_source`` convert between them. An
annotation whose quote is no longer at its offsets (the file changed and was not re-anchored
yet) or that the core flagged orphaned is listed apart, never drawn at a wrong place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor

from desktop.annotate.commands import (
    THEMES,
    VERDICTS,
    AcceptSuggestion,
    AddAnnotations,
    AddDocumentTag,
    DeleteAnnotations,
    EditNote,
    Hooks,
    RejectSuggestion,
    RemoveDocumentTag,
)
from desktop.annotate.marks import Marks, Placed
from desktop.annotate.orphans_dialog import OrphansDialog
from desktop.annotate.suggestions import Suggestions
from desktop.annotate.themes_panel import ThemesPanel
from desktop.common.context import AppContext
from desktop.common.messages import error_message
from desktop.reader.margin import MarginNote
from desktop.reader.panel import ReaderPanel

if TYPE_CHECKING:
    from archive.library import Library
    from archive.types import Anchor, Annotation, Kind
    from desktop.reader.loader import PreparedDocument


class Annotating(QObject):
    """The open document's annotations, and the commands that change them.

    Signals:
        annotations_shown(str): the open document's marks and notes were drawn (its id).
        annotations_changed(): the open document, its annotations or its tags changed, or no
            document is open any more (the menus follow).
        theme_ids_changed(list): the open archive's visible themes (ids, in taxonomy order).
        themes_refreshed(list): the index now has these documents' tags (search again).
        status_message(str): a short message for the status bar.
    """

    annotations_shown = Signal(str)
    annotations_changed = Signal()
    theme_ids_changed = Signal(list)
    themes_refreshed = Signal(list)
    status_message = Signal(str)

    def __init__(self, context: AppContext, reader: ReaderPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._reader = reader
        self._view = reader.view
        self._margin = reader.margin
        self._stack = context.undo_stack
        self._library: Library | None = None
        self._prepared: PreparedDocument | None = None
        self._placed: Placed = []
        self._orphans: list[Annotation] = []
        self._tags: list[str] = []
        self._hooks = Hooks(self._on_store_changed, self._on_command_failed)
        self.marks = Marks(self._view, context.themes, self)
        self.themes_panel = ThemesPanel(context.themes)
        self.suggestions = Suggestions(context.read_lane, self.themes_panel, self.marks, self._view, self)
        self._connect()

    def _connect(self) -> None:
        self._context.current.changed.connect(self._on_archive_changed)
        self._reader.document_changed.connect(self._on_reader_document_changed)
        self._view.cursorPositionChanged.connect(self._on_view_cursor_position_changed)
        self._margin.note_activated.connect(self.select_note)
        self._margin.note_edited.connect(self.edit_note)
        self._margin.note_delete_requested.connect(self.delete_note)
        self._margin.orphans_requested.connect(self.show_orphans)
        self.themes_panel.accept_requested.connect(self.accept_suggestion)
        self.themes_panel.reject_requested.connect(self.reject_suggestion)
        self.themes_panel.remove_tag_requested.connect(self.remove_document_tag)

    # -- archive and document -------------------------------------------------------------

    def _on_archive_changed(self, library: Library | None) -> None:
        """Another archive (or none): its themes, and a new undo history."""
        self._margin.commit_edits()
        self._stack.clear()
        self._library = library
        self.theme_ids_changed.emit([t.id for t in library.themes()] if library is not None else [])
        if library is None:
            self._on_reader_document_changed(None)

    def _on_reader_document_changed(self, prepared: PreparedDocument | None) -> None:
        self._margin.commit_edits()
        self._prepared = prepared if self._library is not None else None
        self._margin.setVisible(self._prepared is not None)
        if self._prepared is None:
            self._placed, self._orphans, self._tags = [], [], []
            self._margin.set_notes([])
            self._margin.set_orphan_count(0)
            self.marks.show_tags([], set())
            self.suggestions.set_document(None, None)
            self.annotations_changed.emit()
            return
        self.marks.clear()
        self.reload()
        self.suggestions.set_document(self._library, self._prepared)

    @property
    def has_document(self) -> bool:
        return self._prepared is not None

    @property
    def placed(self) -> Placed:
        return list(self._placed)

    @property
    def orphans(self) -> list[Annotation]:
        return list(self._orphans)

    @property
    def tags(self) -> list[str]:
        """The open document's tags (theme ids)."""
        return list(self._tags)

    def reload(self) -> None:
        """Read the open document's annotations and tags and draw them (one quick query)."""
        from archive.types import AnchorState, Kind

        prepared, library = self._prepared, self._library
        if prepared is None or library is None:
            return
        text = prepared.text
        placed, orphans = [], []
        for a in library.annotations(prepared.doc_id):
            anchor = a.anchor
            if a.anchor_state == AnchorState.ORPHANED or text.source[anchor.start : anchor.end] != anchor.exact:
                orphans.append(a)
            else:
                placed.append((a, text.to_qt(anchor.start), text.to_qt(anchor.end)))
        self._placed, self._orphans = placed, orphans
        self._tags = [t.theme_id for t in library.document_tags(prepared.doc_id)]
        self.marks.draw(placed)
        notes = [
            MarginNote(a.id, start, end, a.body, a.created, a.modified)
            for a, start, end in placed if a.kind == Kind.NOTE
        ]
        self._margin.set_notes(notes)
        self._margin.set_orphan_count(len(orphans))
        self._on_view_cursor_position_changed()  # draws the note marks with the current one
        self.marks.show_tags(self._tags, {a.theme_id for a, _, _ in placed if a.theme_id})
        self.themes_panel.set_tags(self._tags)
        self.annotations_changed.emit()
        self.annotations_shown.emit(prepared.doc_id)

    # -- selection and the cursor ---------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The reader's selection as display-text offsets, without surrounding spaces."""
        cursor = self._view.textCursor()
        if self._prepared is None or not cursor.hasSelection():
            return None
        text = self._prepared.text
        start, end = text.to_source(cursor.selectionStart()), text.to_source(cursor.selectionEnd())
        source = text.source
        while start < end and source[start].isspace():
            start += 1
        while end > start and source[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def _selected_anchor(self) -> Anchor | None:
        from archive.types import Anchor

        span = self.selected_span()
        if span is None:
            self.status_message.emit(self.tr("Select a passage in the document first."))
            return None
        assert self._prepared is not None  # a span is only selected in an open document
        return Anchor.at(self._prepared.text.source, *span)

    def _on_view_cursor_position_changed(self) -> None:
        current = self._margin.note_at(self._view.textCursor().position())
        self._margin.set_current(current)
        self.marks.draw_notes(self._placed, current)

    def select_note(self, note_id: str) -> None:
        """Select a note's passage in the reader (a click on the note)."""
        found = next(((s, e) for a, s, e in self._placed if a.id == note_id), None)
        if found is None:
            return
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(found[0])
        cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._margin.set_current(note_id)

    def commit_edits(self) -> None:
        """Finish a note being edited (before an undo or a redo)."""
        self._margin.commit_edits()

    # -- commands -------------------------------------------------------------------------

    def _new(self, kind: Kind | str, anchor: Anchor, **fields) -> Annotation:
        from archive.types import Annotation

        assert self._prepared is not None  # commands act on the open document
        return Annotation.new(self._prepared.doc_id, kind, anchor, **fields)

    def highlight_selection(self) -> None:
        anchor = self._selected_anchor()
        if anchor is not None:
            highlight = self._new("highlight", anchor)
            self._stack.push(AddAnnotations(self.tr("Highlight Passage"), self._library, [highlight], self._hooks))

    def note_selection(self) -> None:
        anchor = self._selected_anchor()
        if anchor is None:
            return
        note = self._new("note", anchor)
        self._stack.push(AddAnnotations(self.tr("Add Note"), self._library, [note], self._hooks))
        self._margin.edit(note.id)

    def tag_selection(self, theme_id: str) -> None:
        """Tag the selected passage with a theme; the same theme again on the same passage
        removes that tag."""
        anchor = self._selected_anchor()
        if anchor is None:
            return
        label = self._context.themes.label(theme_id)
        same = [a for a, _, _ in self._placed if a.kind == "tag" and a.theme_id == theme_id
                and (a.anchor.start, a.anchor.end) == (anchor.start, anchor.end)]
        if same:
            text = self.tr("Remove Tag %1").replace("%1", label)
            self._stack.push(DeleteAnnotations(text, self._library, same, self._hooks))
        else:
            text = self.tr("Tag Passage with %1").replace("%1", label)
            tag = self._new("tag", anchor, theme_id=theme_id)
            self._stack.push(AddAnnotations(text, self._library, [tag], self._hooks))

    def edit_note(self, note_id: str, body: str) -> None:
        if self._library is not None and self._prepared is not None:
            doc_id = self._prepared.doc_id
            self._stack.push(EditNote(self.tr("Edit Note"), self._library, note_id, body, doc_id, self._hooks))

    def delete_note(self, note_id: str) -> None:
        self.delete_annotations([note_id], self.tr("Delete Note"))

    def delete_annotations(self, ids: list[str], text: str) -> None:
        chosen = [a for a, _, _ in self._placed if a.id in ids] + [a for a in self._orphans if a.id in ids]
        if chosen:
            self._stack.push(DeleteAnnotations(text, self._library, chosen, self._hooks))

    def tag_document(self, theme_id: str) -> None:
        from archive.types import DocumentTag

        if self._prepared is None:
            return
        label = self._context.themes.label(theme_id)
        if theme_id in self._tags:
            self.remove_document_tag(theme_id)
        else:
            text = self.tr("Tag Document with %1").replace("%1", label)
            tag = DocumentTag.new(self._prepared.doc_id, theme_id)
            self._stack.push(AddDocumentTag(text, self._library, tag, self._hooks))

    def remove_document_tag(self, theme_id: str) -> None:
        if self._prepared is not None:
            text = self.tr("Remove Tag %1").replace("%1", self._context.themes.label(theme_id))
            self._stack.push(RemoveDocumentTag(text, self._library, self._prepared.doc_id, theme_id, self._hooks))

    def accept_suggestion(self, theme_id: str) -> None:
        if self._prepared is not None:
            text = self.tr("Accept Theme %1").replace("%1", self._context.themes.label(theme_id))
            self._stack.push(AcceptSuggestion(text, self._library, self._prepared.doc_id, theme_id, self._hooks))

    def reject_suggestion(self, theme_id: str) -> None:
        if self._prepared is not None:
            text = self.tr("Reject Theme %1").replace("%1", self._context.themes.label(theme_id))
            self._stack.push(RejectSuggestion(text, self._library, self._prepared.doc_id, theme_id, self._hooks))

    def show_orphans(self) -> None:
        """List the annotations that lost their passage, to copy or delete them."""
        dialog = OrphansDialog(self._orphans, self._context.themes, self._reader)
        dialog.delete_requested.connect(lambda ids: self.delete_annotations(ids, self.tr("Delete Annotation")))
        dialog.open()

    def _on_store_changed(self, document_id: str, what: str) -> None:
        if self._prepared is not None and document_id == self._prepared.doc_id:
            self.reload()
            if what in (THEMES, VERDICTS):
                self.suggestions.request()
        if what == THEMES and self._library is not None:
            library = self._library
            self._context.write_lane.submit(
                lambda: library.refresh_themes([document_id]),
                lambda _: self.themes_refreshed.emit([document_id]),
                lambda exc: self.status_message.emit(error_message(exc)),
            )

    def _on_command_failed(self, exc: Exception) -> None:
        self.status_message.emit(error_message(exc))

    def retranslate_ui(self) -> None:
        self.marks.retranslate_ui()
