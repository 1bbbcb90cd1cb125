"""Tagging, highlighting and notes in the reader, with undo: the controller of issue 4's UI.

``Annotating`` connects the reader (its selection, context menu and marks), the notes margin
beside it, the themes side list and the Annotate and Edit menus to the open archive's
annotations. Every change is a command on one ``QUndoStack`` (``desktop.annotate.commands``)
whose store write is a single quick transaction on the UI thread; when tags changed, the
index is refreshed on the write lane so that ``theme:`` searches, facets and result chips
follow, then ``themes_refreshed`` asks the window to search again. Suggestions are computed
on the read lane.

Positions: annotations anchor on code-point offsets of the document's display text; the
reader counts Qt positions. ``OffsetMap.to_qt``/``to_source`` convert between them. An
annotation whose quote is no longer at its offsets (the file changed and was not re-anchored
yet) or that the core flagged orphaned is listed apart, never drawn at a wrong place.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMenu, QMenuBar, QToolBar, QToolButton

from desktop.annotate.commands import (
    THEMES, VERDICTS, AcceptSuggestion, AddAnnotations, AddDocumentTag, DeleteAnnotations, EditNote, Hooks,
    RejectSuggestion, RemoveDocumentTag,
)
from desktop.common.context import AppContext
from desktop.common.messages import error_message
from desktop.reader.margin import MarginNote, NotesMargin
from desktop.annotate.orphans_dialog import OrphansDialog
from desktop.reader.panel import ReaderPanel
from desktop.annotate.themes_panel import ThemesPanel

if TYPE_CHECKING:
    from archive.types import Annotation
    from archive.library import Library
    from desktop.reader.loader import PreparedDocument

THEME_KEYS = ["Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6", "Alt+7", "Alt+8", "Alt+9", "Alt+0"]
HIGHLIGHT_COLOR = QColor("#c8ecc0")
NOTE_COLOR = QColor("#e2ecfb")
CURRENT_NOTE_COLOR = QColor("#bcd3f7")
NOTE_LINE_COLOR = QColor("#4a78c2")
TAG_ALPHA, EVIDENCE_ALPHA = 70, 150
LAYERS = ("tags", "highlights", "notes", "evidence")  # drawn in this order, under the hits


class Annotating(QObject):
    """The annotation tools of the main window.

    Signals:
        annotations_shown(str): the open document's marks and notes were drawn (its id).
        suggestions_shown(object): the side list shows the open document's DocumentSuggestions.
        themes_refreshed(list): the index now has these documents' tags (search again).
        status_message(str): a short message for the status bar.
    """

    annotations_shown = Signal(str)
    suggestions_shown = Signal(object)
    themes_refreshed = Signal(list)
    status_message = Signal(str)

    def __init__(self, context: AppContext, reader: ReaderPanel, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._reader = reader
        self._view = reader.view
        self._window = window
        self._archive: Library | None = None
        self._prepared: PreparedDocument | None = None
        self._placed: list[tuple[Annotation, int, int]] = []  # annotation, Qt start, Qt end
        self._orphans: list[Annotation] = []
        self._tags: list[str] = []
        self._theme_ids: list[str] = []  # the visible themes, in taxonomy order
        self._suggestions_serial = 0
        self.stack = QUndoStack(self)
        self._hooks = Hooks(self._on_store_changed, self._on_command_failed)

        self.margin = NotesMargin(self._view)
        self.margin.setVisible(False)
        reader.body.addWidget(self.margin)
        self.themes_panel = ThemesPanel(context.themes)
        self.tags_label = QLabel()
        self.tags_label.setObjectName("documentTagsLabel")
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.tags_label.setWordWrap(True)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("annotationToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row = QHBoxLayout()
        row.addWidget(self.tags_label, 1)
        row.addWidget(self.toolbar)
        reader.header.addLayout(row)

        def action(name: str, *keys: str | QKeySequence.StandardKey) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            sequences: list[QKeySequence] = []
            for key in keys:
                sequences += QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
            act.setShortcuts([k for i, k in enumerate(sequences) if not k.isEmpty() and k not in sequences[:i]])
            window.addAction(act)
            return act

        self.undo = action("undo", QKeySequence.StandardKey.Undo)
        self.redo = action("redo", QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z")
        self.highlight = action("highlightPassage", "Ctrl+H")
        self.add_note = action("addNote", "Ctrl+M")
        self.show_orphans = action("showOrphans")
        self.tag_actions: list[QAction] = []
        self.annotate_menu = QMenu(window)
        self.tag_menu = QMenu(window)
        self.document_tag_menu = QMenu(window)
        self.tag_button = QToolButton()
        self.tag_button.setMenu(self.tag_menu)
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addAction(self.highlight)
        self.toolbar.addAction(self.add_note)
        self.toolbar.addWidget(self.tag_button)
        self.annotate_menu.addAction(self.highlight)
        self.annotate_menu.addAction(self.add_note)
        self.annotate_menu.addMenu(self.tag_menu)
        self.annotate_menu.addSeparator()
        self.annotate_menu.addMenu(self.document_tag_menu)
        self.annotate_menu.addSeparator()
        self.annotate_menu.addAction(self.show_orphans)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._connect()
        self._update_enabled()
        self.retranslate_ui()

    def _connect(self) -> None:
        self.stack.canUndoChanged.connect(lambda _: self._update_undo_actions())
        self.stack.canRedoChanged.connect(lambda _: self._update_undo_actions())
        self.stack.undoTextChanged.connect(lambda _: self._update_undo_actions())
        self.stack.redoTextChanged.connect(lambda _: self._update_undo_actions())
        self.undo.triggered.connect(self._on_undo_triggered)
        self.redo.triggered.connect(self._on_redo_triggered)
        self.highlight.triggered.connect(self.highlight_selection)
        self.add_note.triggered.connect(self.note_selection)
        self.show_orphans.triggered.connect(self._on_show_orphans_triggered)
        self.document_tag_menu.aboutToShow.connect(self._on_document_tag_menu_about_to_show)
        self.tag_menu.aboutToShow.connect(self._on_tag_menu_about_to_show)
        self._reader.document_changed.connect(self._on_reader_document_changed)
        self._view.cursorPositionChanged.connect(self._on_view_cursor_position_changed)
        self._view.selectionChanged.connect(self._update_enabled)
        self._view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self.margin.note_activated.connect(self.select_note)
        self.margin.note_edited.connect(self.edit_note)
        self.margin.note_delete_requested.connect(self.delete_note)
        self.margin.orphans_requested.connect(self._on_show_orphans_triggered)
        self.themes_panel.suggestion_chosen.connect(self.show_evidence)
        self.themes_panel.accept_requested.connect(self.accept_suggestion)
        self.themes_panel.reject_requested.connect(self.reject_suggestion)
        self.themes_panel.remove_tag_requested.connect(self.remove_document_tag)

    def install_menus(self, bar: QMenuBar, edit_menu: QMenu, before: QMenu) -> None:
        """Undo and Redo at the top of the Edit menu; the Annotate menu before ``before``."""
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertActions(first, [self.undo, self.redo])
        edit_menu.insertSeparator(first) if first is not None else edit_menu.addSeparator()
        bar.insertMenu(before.menuAction(), self.annotate_menu)

    # -- archive and document -------------------------------------------------------------

    def set_archive(self, archive: "Library | None") -> None:
        """The open archive (None when it closes): its themes, and a new undo history."""
        self.margin.commit_edits()
        self.stack.clear()
        self._archive = archive
        self._theme_ids = [t.id for t in archive.themes()] if archive is not None else []
        self._build_tag_actions()
        if archive is None:
            self._on_reader_document_changed(None)

    def _on_reader_document_changed(self, prepared: "PreparedDocument | None") -> None:
        self.margin.commit_edits()
        self._prepared = prepared if self._archive is not None else None
        self._suggestions_serial += 1
        self.margin.setVisible(self._prepared is not None)
        if self._prepared is None:
            self._placed, self._orphans, self._tags = [], [], []
            self.margin.set_notes([])
            self.margin.set_orphan_count(0)
            self.tags_label.clear()
            self.themes_panel.clear()
            self._update_enabled()
            return
        for layer in LAYERS:
            self._view.set_marks(layer, [])
        self.reload()
        self._request_suggestions(busy=True)

    @property
    def document_id(self) -> str | None:
        return self._prepared.doc_id if self._prepared else None

    @property
    def placed(self) -> list[tuple["Annotation", int, int]]:
        return list(self._placed)

    @property
    def orphans(self) -> list["Annotation"]:
        return list(self._orphans)

    def reload(self) -> None:
        """Read the open document's annotations and tags and draw them (one quick query)."""
        from archive.types import AnchorState, Kind

        prepared, archive = self._prepared, self._archive
        if prepared is None or archive is None:
            return
        text = prepared.text
        placed, orphans = [], []
        for a in archive.annotations(prepared.doc_id):
            anchor = a.anchor
            if a.anchor_state == AnchorState.ORPHANED or text.source[anchor.start : anchor.end] != anchor.exact:
                orphans.append(a)
            else:
                placed.append((a, text.to_qt(anchor.start), text.to_qt(anchor.end)))
        self._placed, self._orphans = placed, orphans
        self._tags = [t.theme_id for t in archive.document_tags(prepared.doc_id)]
        themes = self._context.themes
        tag_marks, highlight_marks = [], []
        for a, start, end in placed:
            if a.kind == Kind.TAG and a.theme_id:
                char_format = QTextCharFormat()
                color = QColor(themes.color(a.theme_id))
                color.setAlpha(TAG_ALPHA)
                char_format.setBackground(color)
                tag_marks.append((start, end, char_format))
            elif a.kind == Kind.HIGHLIGHT:
                char_format = QTextCharFormat()
                char_format.setBackground(HIGHLIGHT_COLOR)
                highlight_marks.append((start, end, char_format))
        self._view.set_marks("tags", tag_marks)
        self._view.set_marks("highlights", highlight_marks)
        notes = [
            MarginNote(a.id, start, end, a.body, a.created, a.modified)
            for a, start, end in placed if a.kind == Kind.NOTE
        ]
        self.margin.set_notes(notes)
        self.margin.set_orphan_count(len(orphans))
        self._on_view_cursor_position_changed()  # draws the note marks with the current one
        self._show_tags()
        self._update_enabled()
        self.annotations_shown.emit(prepared.doc_id)

    def _show_tags(self) -> None:
        themes = self._context.themes
        passage_themes = {a.theme_id for a, _, _ in self._placed if a.theme_id}
        chips = []
        for theme_id in self._tags + sorted(passage_themes - set(self._tags)):
            color = themes.color(theme_id)
            text = "#1a1a1a" if color.lightness() > 140 else "#ffffff"
            weight = "" if theme_id in self._tags else "font-style:italic;"
            chips.append(
                f'<span style="background-color:{color.name()};color:{text};{weight}">'
                f"&nbsp;{html.escape(themes.label(theme_id))}&nbsp;</span>"
            )
        self.tags_label.setText("&nbsp; ".join(chips))
        self.tags_label.setToolTip(self.tr("Document tags (in italics: themes of tagged passages)") if chips else "")
        self.themes_panel.set_tags(self._tags)

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

    def _selected_anchor(self):
        from archive.types import Anchor

        span = self.selected_span()
        if span is None:
            self.status_message.emit(self.tr("Select a passage in the document first."))
            return None
        return Anchor.at(self._prepared.text.source, *span)

    def _on_view_cursor_position_changed(self) -> None:
        position = self._view.textCursor().position()
        current = self.margin.note_at(position)
        self.margin.set_current(current)
        marks = []
        for a, start, end in self._placed:
            if a.kind == "note":
                char_format = QTextCharFormat()
                char_format.setBackground(CURRENT_NOTE_COLOR if a.id == current else NOTE_COLOR)
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                char_format.setUnderlineColor(NOTE_LINE_COLOR)
                marks.append((start, end, char_format))
        if marks or self._view.marks("notes"):
            self._view.set_marks("notes", marks)

    def select_note(self, note_id: str) -> None:
        """Select a note's passage in the reader (a click on the note)."""
        found = next(((s, e) for a, s, e in self._placed if a.id == note_id), None)
        if found is None:
            return
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(found[0])
        cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self.margin.set_current(note_id)

    # -- commands -------------------------------------------------------------------------

    def _push(self, command) -> None:
        self.stack.push(command)

    def _new(self, kind: str, anchor, **fields) -> "Annotation":
        from archive.types import Annotation

        return Annotation.new(self._prepared.doc_id, kind, anchor, **fields)

    def highlight_selection(self) -> None:
        anchor = self._selected_anchor()
        if anchor is not None:
            self._push(AddAnnotations(self.tr("Highlight Passage"), self._archive, [self._new("highlight", anchor)], self._hooks))

    def note_selection(self) -> None:
        anchor = self._selected_anchor()
        if anchor is None:
            return
        note = self._new("note", anchor)
        self._push(AddAnnotations(self.tr("Add Note"), self._archive, [note], self._hooks))
        self.margin.edit(note.id)

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
            self._push(DeleteAnnotations(self.tr("Remove Tag %1").replace("%1", label), self._archive, same, self._hooks))
        else:
            tag = self._new("tag", anchor, theme_id=theme_id)
            self._push(AddAnnotations(self.tr("Tag Passage with %1").replace("%1", label), self._archive, [tag], self._hooks))

    def edit_note(self, note_id: str, body: str) -> None:
        if self._archive is not None and self._prepared is not None:
            self._push(EditNote(self.tr("Edit Note"), self._archive, note_id, body, self._prepared.doc_id, self._hooks))

    def delete_note(self, note_id: str) -> None:
        self.delete_annotations([note_id], self.tr("Delete Note"))

    def delete_annotations(self, ids: list[str], text: str) -> None:
        chosen = [a for a, _, _ in self._placed if a.id in ids] + [a for a in self._orphans if a.id in ids]
        if chosen:
            self._push(DeleteAnnotations(text, self._archive, chosen, self._hooks))

    def tag_document(self, theme_id: str) -> None:
        from archive.types import DocumentTag

        if self._prepared is None:
            return
        label = self._context.themes.label(theme_id)
        if theme_id in self._tags:
            self.remove_document_tag(theme_id)
        else:
            tag = DocumentTag.new(self._prepared.doc_id, theme_id)
            self._push(AddDocumentTag(self.tr("Tag Document with %1").replace("%1", label), self._archive, tag, self._hooks))

    def remove_document_tag(self, theme_id: str) -> None:
        if self._prepared is not None:
            label = self._context.themes.label(theme_id)
            self._push(RemoveDocumentTag(
                self.tr("Remove Tag %1").replace("%1", label), self._archive, self._prepared.doc_id, theme_id, self._hooks
            ))

    def accept_suggestion(self, theme_id: str) -> None:
        if self._prepared is not None:
            label = self._context.themes.label(theme_id)
            self._push(AcceptSuggestion(
                self.tr("Accept Theme %1").replace("%1", label), self._archive, self._prepared.doc_id, theme_id, self._hooks
            ))

    def reject_suggestion(self, theme_id: str) -> None:
        if self._prepared is not None:
            label = self._context.themes.label(theme_id)
            self._push(RejectSuggestion(
                self.tr("Reject Theme %1").replace("%1", label), self._archive, self._prepared.doc_id, theme_id, self._hooks
            ))

    def _on_undo_triggered(self) -> None:
        self.margin.commit_edits()
        self.stack.undo()

    def _on_redo_triggered(self) -> None:
        self.margin.commit_edits()
        self.stack.redo()

    def _on_store_changed(self, document_id: str, what: str) -> None:
        if self._prepared is not None and document_id == self._prepared.doc_id:
            self.reload()
            if what in (THEMES, VERDICTS):
                self._request_suggestions()
        if what == THEMES and self._archive is not None:
            archive = self._archive
            self._context.write_lane.submit(
                lambda: archive.refresh_themes([document_id]),
                lambda _: self.themes_refreshed.emit([document_id]),
                lambda exc: self.status_message.emit(error_message(exc)),
            )

    def _on_command_failed(self, exc: Exception) -> None:
        self.status_message.emit(error_message(exc))

    # -- suggestions ----------------------------------------------------------------------

    def _request_suggestions(self, busy: bool = False) -> None:
        """Suggest themes for the open document on the read lane (``busy``: say so meanwhile;
        otherwise the list stays as it is until the new one arrives)."""
        prepared, archive = self._prepared, self._archive
        if prepared is None or archive is None:
            return
        self._suggestions_serial += 1
        serial = self._suggestions_serial
        if busy:
            self.themes_panel.set_busy()

        def done(suggestions) -> None:
            if serial == self._suggestions_serial:
                self.themes_panel.set_suggestions(suggestions)
                self.suggestions_shown.emit(suggestions)

        def failed(exc: Exception) -> None:
            if serial == self._suggestions_serial:
                self.themes_panel.set_failed()

        self._context.read_lane.submit(lambda: archive.suggest(prepared.path), done, failed,
                                       still_wanted=lambda: serial == self._suggestions_serial)

    def show_evidence(self, theme_id: str) -> None:
        """Colour the words that support a suggestion, and bring the first into view."""
        suggestion = self.themes_panel.suggestion(theme_id) if theme_id else None
        if suggestion is None or self._prepared is None:
            self._view.set_marks("evidence", [])
            return
        color = QColor(self._context.themes.color(theme_id))
        color.setAlpha(EVIDENCE_ALPHA)
        char_format = QTextCharFormat()
        char_format.setBackground(color)
        char_format.setFontWeight(700)
        spans = self._prepared.text.spans_to_qt(sorted((e.start, e.end) for e in suggestion.evidence))
        self._view.set_marks("evidence", [(s, e, char_format) for s, e in spans])
        if spans:
            self._view.move_cursor_to(spans[0][0])

    # -- menus ----------------------------------------------------------------------------

    def _build_tag_actions(self) -> None:
        for act in self.tag_actions:
            self._window.removeAction(act)
            act.deleteLater()
        self.tag_actions = []
        for i, theme_id in enumerate(self._theme_ids):
            act = QAction(self._window)
            act.setObjectName(f"tagPassage_{theme_id}")
            act.setData(theme_id)
            act.setCheckable(True)
            if i < len(THEME_KEYS):
                act.setShortcut(QKeySequence(THEME_KEYS[i]))
            act.triggered.connect(lambda _=False, t=theme_id: self.tag_selection(t))
            self._window.addAction(act)
            self.tag_actions.append(act)
        self.tag_menu.clear()
        self.tag_menu.addActions(self.tag_actions)
        self._retranslate_themes()

    def _on_tag_menu_about_to_show(self) -> None:
        span = self.selected_span()
        tagged = {a.theme_id for a, _, _ in self._placed if a.kind == "tag" and span is not None
                  and (a.anchor.start, a.anchor.end) == span}
        for act in self.tag_actions:
            act.setChecked(act.data() in tagged)

    def _on_document_tag_menu_about_to_show(self) -> None:
        self.document_tag_menu.clear()
        for theme_id in self._theme_ids:
            act = self.document_tag_menu.addAction(self._context.themes.label(theme_id))
            act.setCheckable(True)
            act.setChecked(theme_id in self._tags)
            act.setEnabled(self._prepared is not None)
            act.triggered.connect(lambda _=False, t=theme_id: self.tag_document(t))

    def _on_view_context_menu_requested(self, pos) -> None:
        menu = self._view.createStandardContextMenu(pos)
        menu.addSeparator()
        for act in (self.highlight, self.add_note):
            menu.addAction(act)
        menu.addMenu(self.tag_menu)
        position = self._view.cursorForPosition(pos).position()
        here = [a for a, s, e in self._placed if s <= position <= e]
        if here:
            menu.addSeparator()
        themes = self._context.themes
        for a in here:
            if a.kind == "note":
                text = self.tr("Delete Note")
            elif a.kind == "highlight":
                text = self.tr("Remove Highlight")
            else:
                text = self.tr("Remove Tag %1").replace("%1", themes.label(a.theme_id or ""))
            act = menu.addAction(text)
            act.triggered.connect(lambda _=False, i=a.id, t=text: self.delete_annotations([i], t))
        menu.exec(self._view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_show_orphans_triggered(self) -> None:
        dialog = OrphansDialog(self._orphans, self._context.themes, self._window)
        dialog.delete_requested.connect(lambda ids: self.delete_annotations(ids, self.tr("Delete Annotation")))
        dialog.open()

    def _update_enabled(self) -> None:
        has_document = self._prepared is not None
        selected = has_document and self._view.textCursor().hasSelection()
        for act in (self.highlight, self.add_note, *self.tag_actions):
            act.setEnabled(selected)
        self.tag_button.setEnabled(has_document)
        self.document_tag_menu.setEnabled(has_document)
        self.show_orphans.setEnabled(bool(self._orphans))

    def _update_undo_actions(self) -> None:
        stack = self.stack
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo.setText(self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo"))

    # -- language -------------------------------------------------------------------------

    def _retranslate_themes(self) -> None:
        themes = self._context.themes
        for act in self.tag_actions:
            act.setText(themes.label(act.data()))

    def retranslate_ui(self) -> None:
        self.annotate_menu.setTitle(self.tr("&Annotate"))
        self.tag_menu.setTitle(self.tr("&Tag Passage"))
        self.document_tag_menu.setTitle(self.tr("Tag &Document"))
        self.tag_button.setText(self.tr("Tag"))
        self.tag_button.setToolTip(self.tr("Tag the selected passage with a theme (Alt+1 … Alt+0)"))
        self.highlight.setText(self.tr("&Highlight"))
        self.highlight.setToolTip(self.tr("Highlight the selected passage (Ctrl+H)"))
        self.add_note.setText(self.tr("Add &Note"))
        self.add_note.setToolTip(self.tr("Write a note on the selected passage (Ctrl+M)"))
        self.show_orphans.setText(self.tr("Annotations That Lost Their &Passage…"))
        self._retranslate_themes()
        self._update_undo_actions()
        if self._prepared is not None:
            self._show_tags()
