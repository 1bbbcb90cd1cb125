"""The excerpts panel: every highlight or coded passage for a briefing, reordered, grouped, filtered.

A row shows the document's title, the passage (in its own direction, right to left for
Arabic whatever the interface language), the themes as coloured chips and the notes. Rows
are dragged to reorder; the panel asks its owner to store the new order (``moved``), so the
owner can make it an undoable command. A double-click asks for the passage in the reader
(``excerpt_activated``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from archive.text.direction import direction_of
from desktop.common.fonts import Fonts
from desktop.common.theme_catalog import ThemeCatalog
from desktop.excerpts.model import ExcerptRow, ExcerptsModel, Roles

PADDING = 6
FILTER_DEBOUNCE_MS = 150
GROUPINGS = ("none", "theme", "document")


def _paragraph(text: str, css: str = "", fallback: str = "rtl") -> str:
    """One paragraph in its content's direction (Qt aligns it to its leading edge)."""
    direction = direction_of(text) or fallback
    return f'<p dir="{direction}" style="margin:0;{css}">{html.escape(text)}</p>'


class ExcerptDelegate(QStyledItemDelegate):
    """Paints an excerpt (title, passage, chips, notes) or a group heading as rich text."""

    def __init__(self, fonts: Fonts, themes: ThemeCatalog, parent=None) -> None:
        super().__init__(parent)
        self._themes = themes
        self._font = fonts.content(11)

    def _html(self, index: QModelIndex | QPersistentModelIndex, rtl_ui: bool) -> str:
        ui = "rtl" if rtl_ui else "ltr"
        themes = index.data(Roles.THEMES) or ()
        chips = " ".join(
            f'<span style="background:{self._themes.color(t).name()};color:'
            f'{"#1a1a1a" if self._themes.color(t).lightness() > 140 else "#ffffff"};">'
            f"&nbsp;{html.escape(self._themes.label(t))}&nbsp;</span>"
            for t in themes
        )
        if index.data(Roles.IS_GROUP):
            heading = html.escape(index.data(Roles.TITLE) or "")
            count = index.model().rowCount(index)
            head = chips if themes else heading
            return f'<p dir="{direction_of(heading) or ui}" style="margin:0;font-weight:bold;">{head} ({count})</p>'
        parts = [_paragraph(index.data(Roles.TITLE) or "", "font-weight:bold;color:#555;font-size:small;", ui),
                 _paragraph(index.data(Roles.TEXT) or "")]
        if chips:
            parts.append(f'<p dir="{ui}" style="margin-top:3px;font-size:small;">{chips}</p>')
        for note in index.data(Roles.NOTES) or ():
            parts.append(_paragraph("✎ " + note, "margin-top:3px;color:#24508f;font-style:italic;", ui))
        return "".join(parts)

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self._font)
        doc.setDocumentMargin(PADDING)
        rtl_ui = option.direction == Qt.LayoutDirection.RightToLeft
        doc.setHtml(self._html(index, rtl_ui))
        width = option.rect.width() if option.rect.width() > 0 else 300
        doc.setTextWidth(max(120, width))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        opt = QStyleOptionViewItem(option)
        if isinstance(view, QTreeView):  # the width paint() will get: the viewport less indentation
            depth = 2 if index.parent().isValid() else 1
            opt.rect.setWidth(view.viewport().width() - view.indentation() * depth)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class ExcerptsPanel(QWidget):
    """The excerpts list with its filter field, theme filter and grouping.

    Signals:
        excerpt_activated(str, int, int): open this path at this span (display-text offsets).
        export_requested(): the Export button was clicked.
    """

    excerpt_activated = Signal(str, int, int)
    export_requested = Signal()

    def __init__(self, fonts: Fonts, themes: ThemeCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("excerptsPanel")
        self._themes = themes
        self.model = ExcerptsModel(themes.label, self)
        self.filter_field = QLineEdit()
        self.filter_field.setObjectName("excerptsFilter")
        self.filter_field.setClearButtonEnabled(True)
        self.theme_filter = QComboBox()
        self.theme_filter.setObjectName("excerptsThemeFilter")
        self.grouping = QComboBox()
        self.grouping.setObjectName("excerptsGrouping")
        self.export_button = QToolButton()
        self.export_button.setObjectName("excerptsExport")
        self.count_label = QLabel()
        self.count_label.setObjectName("excerptsCount")
        # Shown while the list holds only the passages of a theme overview cell.
        self._only: frozenset[str] | None = None
        self.only_label = QLabel()
        self.only_label.setObjectName("excerptsOnly")
        self.only_label.setWordWrap(True)
        self.show_all = QToolButton()
        self.show_all.setObjectName("excerptsShowAll")
        self.only_bar = QWidget()
        only_row = QHBoxLayout(self.only_bar)
        only_row.setContentsMargins(0, 0, 0, 0)
        only_row.addWidget(self.only_label, 1)
        only_row.addWidget(self.show_all)
        self.only_bar.hide()
        self.view = QTreeView()
        self.view.setObjectName("excerptsView")
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ExcerptDelegate(fonts, themes, self.view))
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setExpandsOnDoubleClick(False)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)

        for combo in (self.theme_filter, self.grouping):  # narrow docks stay possible
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.theme_filter, 1)
        row.addWidget(self.grouping, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.filter_field)
        layout.addLayout(row)
        layout.addWidget(self.only_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.filter_field.textChanged.connect(lambda _: self._filter_timer.start())
        self._filter_timer.timeout.connect(self._apply_filter)
        self.theme_filter.currentIndexChanged.connect(lambda _: self._apply_filter())
        self.grouping.currentIndexChanged.connect(self._on_grouping_current_index_changed)
        self.export_button.clicked.connect(self.export_requested)
        self.show_all.clicked.connect(lambda: self.show_only(None))
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.model.modelReset.connect(self._on_model_reset)
        self.view.viewport().installEventFilter(self)
        self.retranslate_ui()

    def eventFilter(self, watched, event: QEvent) -> bool:
        # Rows wrap to the width: their heights must be measured again when it changes.
        if (watched is self.view.viewport() and isinstance(event, QResizeEvent)
                and event.oldSize().width() != event.size().width()):
            self.view.scheduleDelayedItemsLayout()
        return super().eventFilter(watched, event)

    # -- contents -------------------------------------------------------------------------

    def set_rows(self, rows: list[ExcerptRow]) -> None:
        self.model.set_rows(rows)
        self._fill_theme_filter(sorted({t for r in rows for t in r.themes}))

    def set_grouping(self, grouping: str) -> None:
        self.grouping.setCurrentIndex(GROUPINGS.index(grouping) if grouping in GROUPINGS else 0)

    def set_filter(self, theme: str = "", query: str = "") -> None:
        """Filter now (tests, and the owner restoring a state)."""
        self.filter_field.setText(query)
        found = self.theme_filter.findData(theme)
        self.theme_filter.setCurrentIndex(max(0, found))
        self._apply_filter()

    def show_only(self, ids: frozenset[str] | None, caption: str = "") -> None:
        """List only the excerpts ``ids`` (None: all again), under ``caption``; the theme and
        text filters are cleared, so that every one of them shows."""
        self._only = ids
        self.only_label.setText(caption)
        self.only_bar.setVisible(ids is not None)
        if ids is not None:
            self.filter_field.setText("")
            self.theme_filter.setCurrentIndex(0)
        self._apply_filter()

    def _fill_theme_filter(self, theme_ids: list[str]) -> None:
        current = self.theme_filter.currentData() or ""
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(self.tr("All themes"), "")
        for theme_id in theme_ids:
            self.theme_filter.addItem(self._themes.label(theme_id), theme_id)
        self.theme_filter.setCurrentIndex(max(0, self.theme_filter.findData(current)))
        self.theme_filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.theme_filter.currentData() or "", self.filter_field.text(), self._only)

    def _on_grouping_current_index_changed(self, index: int) -> None:
        self.model.set_grouping(GROUPINGS[max(0, index)])

    def _on_model_reset(self) -> None:
        self.view.expandAll()
        shown = len(set(self.model.visible_ids()))
        total = len(self.model.order)
        if shown == total:
            text = self.tr("%n excerpt(s)", "", total)
        else:
            text = self.tr("%1 of %2 excerpts").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        excerpt = self.model.excerpt_id(index)
        if excerpt is not None:
            row = self.model.row(excerpt)
            self.excerpt_activated.emit(row.path, row.start, row.end)

    # -- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.filter_field.setPlaceholderText(self.tr("Filter excerpts"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export the excerpts (Ctrl+Shift+E)"))
        self.view.setToolTip(self.tr("Drag to reorder; double-click to open the passage"))
        self.show_all.setText(self.tr("Show all"))
        current = self.grouping.currentIndex()
        self.grouping.blockSignals(True)
        self.grouping.clear()
        for text in (self.tr("No grouping"), self.tr("By theme"), self.tr("By document")):
            self.grouping.addItem(text)
        self.grouping.setCurrentIndex(max(0, current))
        self.grouping.blockSignals(False)
        if self.theme_filter.count():
            self.theme_filter.setItemText(0, self.tr("All themes"))
            for i in range(1, self.theme_filter.count()):
                self.theme_filter.setItemText(i, self._themes.label(self.theme_filter.itemData(i)))
        self._on_model_reset()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
