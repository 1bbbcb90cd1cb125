"""The margin of side notes beside the reader: each note level with its passage.

A note's place is the top of its passage's first line, taken from the reader's own layout
(``QTextEdit.cursorRect`` of the passage start, in viewport coordinates) and mapped into the
margin. The margin follows the reader: scrolling moves the notes at once; a resize, a zoom or
a new layout places them again once Qt has laid the text out. Notes whose places would
overlap are stacked downwards in reading order, each below the one before, so none hides
another.

The margin stands after the reader in the reader panel's row, so Qt's mirroring puts it on
the outer side for each interface: right of the text in English, left of it in Arabic.

Each note is a ``NoteCard``: a caption (modification time; created and modified in the
tooltip), a delete button and the text, editable in place. A note's text direction follows
its content, as the reader's paragraphs do. The edit is committed when the note loses the
focus (or on Ctrl+Return), as one undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive.text.direction import direction_of
from desktop.reader.view import qt_direction

MARGIN_WIDTH = 250
CARD_SPACING = 6  # between stacked notes
SIDE_PADDING = 8
MAX_EDITOR_LINES = 10


@dataclass(frozen=True, slots=True)
class MarginNote:
    """A note as the margin shows it: its passage in Qt positions, its text and times."""

    id: str
    start: int
    end: int
    body: str
    created: str
    modified: str


def local_time(stamp: str) -> str:
    """An ISO 8601 UTC time as local ``yyyy-MM-dd HH:mm`` (digits, read left to right)."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


class NoteCard(QFrame):
    """One note in the margin.

    Signals:
        activated(str): the note was clicked or focused (its id).
        edited(str, str): its text was changed and the edit finished (id, new text).
        delete_requested(str): its delete button was clicked.
    """

    activated = Signal(str)
    edited = Signal(str, str)
    delete_requested = Signal(str)

    def __init__(self, note: MarginNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteCard")
        self.setProperty("current", False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.note = note
        self.caption = QLabel()
        self.caption.setObjectName("noteCaption")
        self.caption.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a date and a time
        font = self.caption.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        self.caption.setFont(font)
        self.delete_button = QToolButton()
        self.delete_button.setObjectName("noteDelete")
        self.delete_button.setAutoRaise(True)
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.delete_button.setIconSize(QSize(10, 10))
        self.delete_button.setFixedSize(16, 16)
        self.editor = QTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAcceptRichText(False)
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor.setTabChangesFocus(True)
        self.editor.document().setDocumentMargin(2)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 4, 6)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.editor)
        self._direction: Qt.LayoutDirection | None = None
        self.editor.setPlainText(note.body)
        self._apply_direction()
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.note.id))
        self.retranslate_ui()

    def update_note(self, note: MarginNote) -> None:
        """New data from the store; the text is replaced unless the user is typing in it."""
        self.note = note
        if not self.editor.hasFocus() and self.editor.toPlainText() != note.body:
            self.editor.setPlainText(note.body)
        self.retranslate_ui()

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def fit(self, width: int) -> int:
        """Lay the card out ``width`` wide with its whole text (up to a limit); its height."""
        layout = self.layout()
        assert layout is not None  # built in __init__
        margins = layout.contentsMargins()
        text_width = max(40, width - margins.left() - margins.right())
        document = self.editor.document()
        document.setTextWidth(text_width)
        line = self.editor.fontMetrics().lineSpacing()
        height = int(document.size().height()) + 2
        self.editor.setFixedHeight(max(line + 6, min(height, line * MAX_EDITOR_LINES)))
        caption = max(self.caption.sizeHint().height(), self.delete_button.sizeHint().height())
        return margins.top() + caption + self.editor.height() + margins.bottom()

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def commit(self) -> None:
        if self.text != self.note.body:
            self.edited.emit(self.note.id, self.text)

    # -- events ---------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        self.activated.emit(self.note.id)
        super().mousePressEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.editor:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self.activated.emit(self.note.id)
            elif kind == QEvent.Type.FocusOut:
                self.commit()
            elif isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.commit()
                return True
        return super().eventFilter(watched, event)

    def _on_editor_text_changed(self) -> None:
        self._apply_direction()
        parent = self.parentWidget()
        if isinstance(parent, NotesMargin):
            parent.schedule_layout()

    def _apply_direction(self) -> None:
        """The text reads in the direction of its letters; empty, in the interface's."""
        found = direction_of(self.editor.toPlainText())
        direction = qt_direction(found) if found else self.layoutDirection()
        if direction == self._direction:
            return
        self._direction = direction
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.document().setDefaultTextOption(option)

    def retranslate_ui(self) -> None:
        note = self.note
        self.caption.setText(local_time(note.modified))
        created = self.tr("Created %1").replace("%1", local_time(note.created))
        modified = self.tr("Modified %1").replace("%1", local_time(note.modified))
        self.setToolTip(f"{created}\n{modified}")
        self.editor.setPlaceholderText(self.tr("Write a note…"))
        self.delete_button.setToolTip(self.tr("Delete this note"))


class NotesMargin(QWidget):
    """The notes of the document in the reader, each level with its passage.

    Signals:
        note_activated(str): a note was clicked or focused (its id).
        note_edited(str, str): a note's text was edited (id, new text).
        note_delete_requested(str): a note's delete button was clicked.
        orphans_requested(): the list of annotations that lost their passage was asked for.
    """

    note_activated = Signal(str)
    note_edited = Signal(str, str)
    note_delete_requested = Signal(str)
    orphans_requested = Signal()

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesMargin")
        self.setFixedWidth(MARGIN_WIDTH)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._view = view
        self._viewport = view.viewport()  # kept: the filter must not call into a deleted view
        self._cards: dict[str, NoteCard] = {}
        self._current: str | None = None
        self._orphans = 0
        self._followed_layout: QAbstractTextDocumentLayout | None = None
        self.orphans_button = QToolButton(self)
        self.orphans_button.setObjectName("orphansButton")
        self.orphans_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.orphans_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.orphans_button.setAutoRaise(True)
        self.orphans_button.hide()
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(0)
        self._connect_view()
        self.orphans_button.clicked.connect(self.orphans_requested)
        self._layout_timer.timeout.connect(self.place_notes)
        self.retranslate_ui()

    def _connect_view(self) -> None:
        self._view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        self._viewport.installEventFilter(self)

    # -- content --------------------------------------------------------------------------

    @property
    def cards(self) -> dict[str, NoteCard]:
        return self._cards

    def set_notes(self, notes: list[MarginNote]) -> None:
        """Show these notes (cards of notes still there are kept, with any focus in them)."""
        wanted = {note.id: note for note in notes}
        for note_id in [i for i in self._cards if i not in wanted]:
            card = self._cards.pop(note_id)
            card.hide()
            card.deleteLater()
        for note in notes:
            known = self._cards.get(note.id)
            if known is None:
                card = NoteCard(note, self)
                card.activated.connect(self.note_activated)
                card.edited.connect(self.note_edited)
                card.delete_requested.connect(self.note_delete_requested)
                self._cards[note.id] = card
                card.show()
            else:
                known.update_note(note)
        if self._current not in self._cards:
            self._current = None
        # The document (and so the layout the notes follow) may have just been replaced.
        layout = self._view.document().documentLayout()
        if layout is not self._followed_layout:
            layout.documentSizeChanged.connect(self.schedule_layout)
            self._followed_layout = layout
        self.place_notes()

    def set_orphan_count(self, count: int) -> None:
        self._orphans = count
        self.orphans_button.setVisible(count > 0)
        self.retranslate_ui()
        self.place_notes()

    def note_at(self, position: int) -> str | None:
        """The note whose passage holds Qt ``position`` (the innermost, the latest first)."""
        found = [c.note for c in self._cards.values() if c.note.start <= position <= c.note.end]
        if not found:
            return None
        return min(found, key=lambda n: (n.end - n.start, -n.start)).id

    def set_current(self, note_id: str | None) -> None:
        self._current = note_id
        for card_id, card in self._cards.items():
            card.set_current(card_id == note_id)

    @property
    def current(self) -> str | None:
        return self._current

    def edit(self, note_id: str) -> None:
        card = self._cards.get(note_id)
        if card is not None:
            card.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_edits(self) -> None:
        """Finish an edit in progress (before undo, or before the document changes)."""
        for card in self._cards.values():
            card.commit()

    # -- geometry -------------------------------------------------------------------------

    def passage_top(self, position: int) -> int:
        """Where Qt ``position``'s line starts, in this margin's coordinates."""
        view = self._view
        cursor = QTextCursor(view.document())
        cursor.setPosition(max(0, min(position, view.document().characterCount() - 1)))
        top = view.cursorRect(cursor).top()
        return self.mapFrom(self.window(), view.viewport().mapTo(self.window(), QPoint(0, top))).y()

    def place_notes(self) -> None:
        """Put every note level with its passage, stacking those that would overlap."""
        self._layout_timer.stop()
        width = self.width() - 2 * SIDE_PADDING
        bottom = self.height()
        if self._orphans:
            hint = self.orphans_button.sizeHint()
            bottom -= hint.height()
            self.orphans_button.setGeometry(SIDE_PADDING, bottom, width, hint.height())
            self.orphans_button.raise_()
        below = -(10**9)  # the bottom of the note placed last
        ordered = sorted(self._cards.values(), key=lambda c: (c.note.start, c.note.end, c.note.created))
        for card in ordered:
            height = card.fit(width)
            top = max(self.passage_top(card.note.start), below + CARD_SPACING)
            card.setGeometry(SIDE_PADDING, top, width, height)
            below = top + height

    def schedule_layout(self, *_args) -> None:
        self._layout_timer.start()

    def _on_view_scrolled(self, value: int) -> None:
        self.place_notes()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.schedule_layout()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self._viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.schedule_layout()
        return super().eventFilter(watched, event)

    # -- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.orphans_button.setText(self.tr("%n annotation(s) lost their passage", "", self._orphans))
        self.orphans_button.setToolTip(self.tr("The document changed and these could not be found again: list them"))
        for card in self._cards.values():
            card.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
