"""The reader panel: metadata header, hit counter and navigation, find bar, the text and its
margin of notes.

Two sets of hits: the search query's (shown when a document opens; the view scrolls to the
first) and, while the find bar (Ctrl+F) is open with text in it, the find's. F3 / Shift+F3
move the cursor to the next / previous hit of whichever set is active.

The panel owns its layout. Other rooms get their places through it: a row of tools under the
metadata (``add_header_tool``), the margin of notes it builds beside the text (``margin``,
filled and shown by the annotation room), and the text's context menu, which it builds and
offers for additions (``context_menu_opening``) before showing it.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive.text.direction import direction_of
from desktop.common.fonts import Fonts
from desktop.common.messages import date_origin
from desktop.reader.loader import PreparedDocument
from desktop.reader.margin import NotesMargin
from desktop.reader.view import ReaderView, qt_direction

FIND_DEBOUNCE_MS = 150
PATH_MIN_PX = 60


L = TypeVar("L", bound=QLabel)


def _ltr_label(name: str, label: L) -> L:
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _PathLabel(QLabel):
    """A path elided in the middle to the width the header gives it; the tooltip has it whole.

    Its minimum is small, so a long path never makes the reader wider than the window
    allows and squeezes the side column and the results.
    """

    def __init__(self) -> None:
        super().__init__()
        self._path = ""

    def set_path(self, path: str) -> None:
        self._path = path
        self.setToolTip(path)
        self._elide()
        self.updateGeometry()  # a new width wanted: the header lays out again, then elides

    def clear(self) -> None:
        self.set_path("")

    def minimumSizeHint(self) -> QSize:
        return QSize(min(PATH_MIN_PX, self._full_width()), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self._full_width(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _full_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._path) + 2 * self.margin() + 2

    def _elide(self) -> None:
        available = self.width() - 2 * self.margin() - 2
        self.setText(self.fontMetrics().elidedText(self._path, Qt.TextElideMode.ElideMiddle, available))


class ReaderPanel(QWidget):
    """Shows one document with its hits.

    Signals:
        find_text_edited(str): the find bar's text changed and the user paused typing.
        current_hit_changed(int, int): the current hit (index, count) moved.
        document_changed(object): another document is shown (PreparedDocument), or none (None).
        passage_shown(str, int, int): a passage was selected and brought into view (path,
            Qt span).
        context_menu_opening(QMenu, int): the text's context menu is about to be shown (the
            menu, to add to; the Qt position clicked).
    """

    find_text_edited = Signal(str)
    current_hit_changed = Signal(int, int)
    document_changed = Signal(object)
    passage_shown = Signal(str, int, int)
    context_menu_opening = Signal(QMenu, int)

    def __init__(self, fonts: Fonts, zoom: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts = fonts
        self._prepared: PreparedDocument | None = None
        self._query_hits: list[tuple[int, int]] = []
        self._query = ""
        self._query_pending = False  # a new query's hits are being found
        self._find_hits: list[tuple[int, int]] = []
        self._find_needle = ""
        self._current = -1
        self._message = ""

        self.title = QLabel()
        self.title.setObjectName("readerTitle")
        self.title.setFont(fonts.content(16, bold=True))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.date_caption, self.path_caption, self.encoding_caption = QLabel(), QLabel(), QLabel()
        self.date = _ltr_label("readerDate", QLabel())
        self.path = _ltr_label("readerPath", _PathLabel())
        self.encoding = _ltr_label("readerEncoding", QLabel())
        for label in (self.date, self.path, self.encoding):
            label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # dates, paths, codecs read LTR
        for caption in (self.date_caption, self.path_caption, self.encoding_caption):
            caption.setObjectName("readerCaption")
        self.hit_counter = QLabel()
        self.hit_counter.setObjectName("hitCounter")
        self.previous_button = QToolButton()
        self.previous_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.next_button = QToolButton()
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))

        self.find_bar = QFrame()
        self.find_bar.setObjectName("findBar")
        self.find_field = QLineEdit()
        self.find_field.setObjectName("findField")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setFont(fonts.content(12))
        self.find_field.installEventFilter(self)
        self.find_close = QToolButton()
        self.find_close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(6, 2, 6, 2)
        find_layout.addWidget(self.find_field, 1)
        find_layout.addWidget(self.find_close)
        self.find_bar.setVisible(False)

        self.view = ReaderView(fonts, zoom)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.margin = NotesMargin(self.view)
        self.margin.setVisible(False)
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(FIND_DEBOUNCE_MS)

        meta = QHBoxLayout()
        meta.setSpacing(6)
        for caption, value in ((self.date_caption, self.date), (self.path_caption, self.path),
                               (self.encoding_caption, self.encoding)):
            meta.addWidget(caption)
            meta.addWidget(value)
            meta.addSpacing(10)
        meta.addStretch(1)
        meta.addWidget(self.hit_counter)
        meta.addWidget(self.previous_button)
        meta.addWidget(self.next_button)
        self._tools = QHBoxLayout()  # other rooms' tools; an empty row takes no room
        header = QVBoxLayout()
        header.setContentsMargins(10, 6, 10, 4)
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addLayout(meta)
        header.addLayout(self._tools)
        # The margin stands after the text, so Qt's mirroring puts it on the outer side.
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view, 1)
        body.addWidget(self.margin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.find_bar)
        layout.addLayout(body, 1)

        self.previous_button.clicked.connect(self.previous_hit)
        self.next_button.clicked.connect(self.next_hit)
        self.find_field.textChanged.connect(self._on_find_field_text_changed)
        self.find_field.returnPressed.connect(self.next_hit)
        self.find_close.clicked.connect(self.close_find)
        self._find_timer.timeout.connect(self._on_find_timer_timeout)
        self.view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        self.retranslate_ui()

    def add_header_tool(self, widget: QWidget, stretch: int = 0) -> None:
        """Put ``widget`` (another room's) in the row under the metadata, after those before."""
        self._tools.addWidget(widget, stretch)

    # -- document -------------------------------------------------------------------------

    @property
    def prepared(self) -> PreparedDocument | None:
        return self._prepared

    @property
    def current_path(self) -> str | None:
        return self._prepared.path if self._prepared else None

    @property
    def hits(self) -> list[tuple[int, int]]:
        """The active hits: the find's while the find bar has text, else the query's."""
        if self.find_open and self._find_needle:
            return self._find_hits
        return self._query_hits

    @property
    def find_open(self) -> bool:
        return not self.find_bar.isHidden()

    @property
    def current_index(self) -> int:
        return self._current

    def show_document(self, prepared: PreparedDocument) -> None:
        self._prepared = prepared
        self._message = ""
        self._query_hits, self._query, self._query_pending = list(prepared.hits), prepared.query, False
        self._find_hits, self._find_needle = [], ""
        self.view.show_document(prepared)
        self._show_metadata(prepared)
        if self.find_open and self.find_field.text().strip():
            self._find_timer.start()
        self._go_to(0 if self.hits else -1)
        self.document_changed.emit(prepared)

    def show_message(self, message: str = "") -> None:
        """No document: an explanation instead (it could not be read, or the archive is
        opening); empty for the usual invitation to choose a result."""
        self._prepared = None
        self._message = message
        self._query_hits, self._find_hits, self._current = [], [], -1
        self.view.clear_document()
        self.view.setPlaceholderText(message or self.tr("Choose a result to read it here."))
        self.title.clear()
        for label in (self.date, self.path, self.encoding, self.date_caption, self.path_caption, self.encoding_caption):
            label.clear()
        self._update_counter()
        self.document_changed.emit(None)

    def select_passage(self, start: int, end: int) -> None:
        """Select a passage of the open document (display-text offsets) and bring it all into view."""
        prepared = self._prepared
        if prepared is None:
            return
        qt_start, qt_end = prepared.text.to_qt(start), prepared.text.to_qt(end)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(qt_end)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()  # the end, then the start: the whole passage in view
        cursor.setPosition(qt_start, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passage_shown.emit(prepared.path, qt_start, qt_end)

    @property
    def query(self) -> str:
        """The query whose hits are shown (or being found)."""
        return self._query

    def expect_query_hits(self, query: str) -> None:
        """The search changed while this document is open: the old query's hits go at once
        (never "Hit 1 of 11" of a query no longer asked); ``set_query_hits`` brings the new."""
        if self._prepared is None or query == self._query:
            return
        self._query_hits, self._query, self._query_pending = [], query, bool(query.strip())
        if not (self.find_open and self._find_needle):
            self._go_to(-1)

    def set_query_hits(self, query: str, hits: list[tuple[int, int]]) -> None:
        """The hits of the new query in this document: highlight them (once)."""
        if self._prepared is None or (query == self._query and not self._query_pending):
            return
        self._query_hits, self._query, self._query_pending = list(hits), query, False
        if not (self.find_open and self._find_needle):
            self._go_to(0 if hits else -1)

    def show_find_hits(self, needle: str, spans: list[tuple[int, int]]) -> None:
        if needle != self.find_field.text().strip():
            return
        self._find_needle, self._find_hits = needle, list(spans)
        position = self.view.textCursor().position()
        following = next((i for i, (s, _) in enumerate(self._find_hits) if s >= position), 0)
        self._go_to(following if self._find_hits else -1)

    # -- navigation -----------------------------------------------------------------------

    def next_hit(self) -> None:
        if self.hits:
            self._go_to((self._current + 1) % len(self.hits))

    def previous_hit(self) -> None:
        if self.hits:
            self._go_to((self._current - 1) % len(self.hits))

    def _go_to(self, index: int) -> None:
        hits = self.hits
        self._current = index if 0 <= index < len(hits) else -1
        self.view.set_highlights(hits, self._current)
        if self._current >= 0:
            self.view.move_cursor_to(hits[self._current][0])
        self._update_counter()
        self.current_hit_changed.emit(self._current, len(hits))

    # -- find bar ---------------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.setVisible(True)
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 100:
            self.find_field.setText(selected)
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def close_find(self) -> None:
        self.find_bar.setVisible(False)
        self._find_timer.stop()
        self._go_to(0 if self._query_hits else -1)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if (watched is self.find_field and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            self.close_find()
            return True
        return super().eventFilter(watched, event)

    def _on_find_field_text_changed(self, text: str) -> None:
        direction = direction_of(text)
        if direction is None:
            self.find_field.unsetLayoutDirection()
        else:
            self.find_field.setLayoutDirection(qt_direction(direction))
        if not text.strip():
            self._find_needle, self._find_hits = "", []
            self._find_timer.stop()
            self._go_to(0 if self._query_hits else -1)
            return
        self._find_timer.start()

    def _on_find_timer_timeout(self) -> None:
        if self._prepared is not None:
            self.find_text_edited.emit(self.find_field.text().strip())

    # -- context menu -----------------------------------------------------------------------

    def _on_view_custom_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.view.createStandardContextMenu(pos)
        self.context_menu_opening.emit(menu, self.view.cursorForPosition(pos).position())
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- zoom -----------------------------------------------------------------------------

    def zoom_by(self, steps: int) -> int:
        self.view.set_zoom(0 if steps == 0 else self.view.zoom + steps)
        return self.view.zoom

    # -- text -----------------------------------------------------------------------------

    def _show_metadata(self, prepared: PreparedDocument) -> None:
        self.title.setText(prepared.title)
        direction = direction_of(prepared.title) or prepared.paragraphs.document
        self.title.setLayoutDirection(qt_direction(direction))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.date.setText(prepared.date or self.tr("Undated"))
        self.date.setToolTip(date_origin(prepared.date_source))
        self.path.set_path(prepared.path)
        encoding = (prepared.encoding or "").replace("_", "-").upper()  # utf_8 -> UTF-8
        if prepared.format:
            encoding = f"{encoding} · {prepared.format}" if encoding else prepared.format
        self.encoding.setText(encoding or "—")
        self._retranslate_captions()

    def _update_counter(self) -> None:
        hits = self.hits
        if self._prepared is None:
            text = ""
        elif not hits:
            searching = self._find_needle or (self._query.strip() and not self.find_open and not self._query_pending)
            text = self.tr("No hits") if searching else ""
        elif self._current < 0:
            text = self.tr("%n hit(s)", "", len(hits))
        else:
            text = self.tr("Hit %1 of %2").replace("%1", str(self._current + 1)).replace("%2", str(len(hits)))
        self.hit_counter.setText(text)
        enabled = len(hits) > 0
        self.previous_button.setEnabled(enabled)
        self.next_button.setEnabled(enabled)

    def _retranslate_captions(self) -> None:
        has_document = self._prepared is not None
        self.date_caption.setText(self.tr("Date:") if has_document else "")
        self.path_caption.setText(self.tr("File:") if has_document else "")
        self.encoding_caption.setText(self.tr("Encoding:") if has_document else "")

    def retranslate_ui(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next hit (F3)"))
        self.find_field.setPlaceholderText(self.tr("Find in this document"))
        self.find_close.setToolTip(self.tr("Close the find bar (Esc)"))
        if self._prepared is None:
            self.view.setPlaceholderText(self._message or self.tr("Choose a result to read it here."))
        self._retranslate_captions()
        self._update_counter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
