"""The annotation room's commands as the user reaches them: the Annotate menu, the toolbar over
the text, the additions to the text's context menu, Undo and Redo, and their shortcuts.

``AnnotateMenus`` makes the actions and menus and calls the controller's commands; the window
puts them in place (``actions``, ``annotate_menu``, ``undo``/``redo``, ``toolbar``). Tag
Passage lists the open archive's visible themes, the first ten on Alt+1 … Alt+0; it is made
again when another archive opens. Its shortcuts work with the menu closed because the window
holds the menu's own action (``tag_menu.menuAction()`` is among ``actions``), whichever themes
the menu lists.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from desktop.annotate.controller import Annotating
from desktop.common.keys import key_sequences
from desktop.common.theme_catalog import ThemeCatalog
from desktop.reader.panel import ReaderPanel

THEME_KEYS = ["Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6", "Alt+7", "Alt+8", "Alt+9", "Alt+0"]


def _action(parent: QObject, name: str, *keys: str | QKeySequence.StandardKey) -> QAction:
    act = QAction(parent)
    act.setObjectName(name)
    act.setShortcuts(key_sequences(*keys))
    return act


class AnnotateMenus(QObject):
    """The actions and menus of ``annotating``, over ``reader`` and the window's undo ``stack``."""

    def __init__(self, annotating: Annotating, reader: ReaderPanel, stack: QUndoStack, themes: ThemeCatalog,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._annotating = annotating
        self._reader = reader
        self._view = reader.view
        self._stack = stack
        self._themes = themes
        self._theme_ids: list[str] = []
        self.undo = _action(self, "undo", QKeySequence.StandardKey.Undo)
        self.redo = _action(self, "redo", QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z")
        self.highlight = _action(self, "highlightPassage", "Ctrl+H")
        self.add_note = _action(self, "addNote", "Ctrl+M")
        self.show_orphans = _action(self, "showOrphans")
        self.tag_actions: list[QAction] = []
        self.annotate_menu = QMenu(reader)
        self.tag_menu = QMenu(reader)
        self.document_tag_menu = QMenu(reader)
        self.tag_button = QToolButton()
        self.tag_button.setMenu(self.tag_menu)
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("annotationToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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
        self._connect()
        self._update_enabled()
        self.retranslate_ui()

    def _connect(self) -> None:
        self._stack.canUndoChanged.connect(lambda _: self._update_undo_actions())
        self._stack.canRedoChanged.connect(lambda _: self._update_undo_actions())
        self._stack.undoTextChanged.connect(lambda _: self._update_undo_actions())
        self._stack.redoTextChanged.connect(lambda _: self._update_undo_actions())
        self.undo.triggered.connect(self._on_undo_triggered)
        self.redo.triggered.connect(self._on_redo_triggered)
        self.highlight.triggered.connect(self._annotating.highlight_selection)
        self.add_note.triggered.connect(self._annotating.note_selection)
        self.show_orphans.triggered.connect(self._annotating.show_orphans)
        self.document_tag_menu.aboutToShow.connect(self._on_document_tag_menu_about_to_show)
        self.tag_menu.aboutToShow.connect(self._on_tag_menu_about_to_show)
        self._annotating.annotations_changed.connect(self._update_enabled)
        self._annotating.theme_ids_changed.connect(self._on_annotating_theme_ids_changed)
        self._view.selectionChanged.connect(self._update_enabled)
        self._reader.context_menu_opening.connect(self._on_reader_context_menu_opening)

    @property
    def actions(self) -> list[QAction]:
        """What the window holds so that the shortcuts work wherever the focus is."""
        return [self.undo, self.redo, self.highlight, self.add_note, self.show_orphans, self.tag_menu.menuAction()]

    # -- tag actions ----------------------------------------------------------------------

    def _on_annotating_theme_ids_changed(self, theme_ids: list[str]) -> None:
        for act in self.tag_actions:
            act.deleteLater()
        self._theme_ids = list(theme_ids)
        self.tag_actions = []
        for i, theme_id in enumerate(theme_ids):
            act = QAction(self)
            act.setObjectName(f"tagPassage_{theme_id}")
            act.setData(theme_id)
            act.setCheckable(True)
            if i < len(THEME_KEYS):
                act.setShortcut(QKeySequence(THEME_KEYS[i]))
            act.triggered.connect(lambda _=False, t=theme_id: self._annotating.tag_selection(t))
            self.tag_actions.append(act)
        self.tag_menu.clear()
        self.tag_menu.addActions(self.tag_actions)
        self._retranslate_themes()
        self._update_enabled()

    def _on_tag_menu_about_to_show(self) -> None:
        span = self._annotating.selected_span()
        tagged = {a.theme_id for a, _, _ in self._annotating.placed if a.kind == "tag" and span is not None
                  and (a.anchor.start, a.anchor.end) == span}
        for act in self.tag_actions:
            act.setChecked(act.data() in tagged)

    def _on_document_tag_menu_about_to_show(self) -> None:
        self.document_tag_menu.clear()
        tags, has_document = self._annotating.tags, self._annotating.has_document
        for theme_id in self._theme_ids:
            act = self.document_tag_menu.addAction(self._themes.label(theme_id))
            act.setCheckable(True)
            act.setChecked(theme_id in tags)
            act.setEnabled(has_document)
            act.triggered.connect(lambda _=False, t=theme_id: self._annotating.tag_document(t))

    # -- context menu and undo ------------------------------------------------------------

    def _on_reader_context_menu_opening(self, menu: QMenu, position: int) -> None:
        menu.addSeparator()
        for act in (self.highlight, self.add_note):
            menu.addAction(act)
        menu.addMenu(self.tag_menu)
        here = [a for a, s, e in self._annotating.placed if s <= position <= e]
        if here:
            menu.addSeparator()
        for a in here:
            if a.kind == "note":
                text = self.tr("Delete Note")
            elif a.kind == "highlight":
                text = self.tr("Remove Highlight")
            else:
                text = self.tr("Remove Tag %1").replace("%1", self._themes.label(a.theme_id or ""))
            act = menu.addAction(text)
            act.triggered.connect(lambda _=False, i=a.id, t=text: self._annotating.delete_annotations([i], t))

    def _on_undo_triggered(self) -> None:
        self._annotating.commit_edits()
        self._stack.undo()

    def _on_redo_triggered(self) -> None:
        self._annotating.commit_edits()
        self._stack.redo()

    def _update_enabled(self) -> None:
        has_document = self._annotating.has_document
        selected = has_document and self._view.textCursor().hasSelection()
        for act in (self.highlight, self.add_note, *self.tag_actions):
            act.setEnabled(selected)
        self.tag_button.setEnabled(has_document)
        self.document_tag_menu.setEnabled(has_document)
        self.show_orphans.setEnabled(bool(self._annotating.orphans))

    def _update_undo_actions(self) -> None:
        stack = self._stack
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo.setText(self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo"))

    # -- language -------------------------------------------------------------------------

    def _retranslate_themes(self) -> None:
        for act in self.tag_actions:
            act.setText(self._themes.label(act.data()))

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
