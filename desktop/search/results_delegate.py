"""Paints one search result: title, date and path, theme chips, and the snippet with its hits.

Layout of a row (mirrored in the Arabic interface):

    Title of the document (in its own direction)
    2013-11-21 · folder/file.txt              (date and path always left to right)
    [theme] [theme]
    snippet text with the matches highlighted, in its own direction, up to three lines

Title and snippet follow their content's direction (an Arabic snippet is right to left and
right-aligned even in the English interface); the date, path and chips follow the interface.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.common.fonts import Fonts
from desktop.common.theme_catalog import ThemeCatalog
from desktop.search.results_model import ResultRole

PADDING = 8
GAP = 3
SNIPPET_LINES = 3
CHIP_PADDING = 6
HIT_BACKGROUND = QColor("#ffe082")
HIT_FOREGROUND = QColor("#1a1a1a")


def _direction(value: str | None) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.LeftToRight if value == "ltr" else Qt.LayoutDirection.RightToLeft


class ResultsDelegate(QStyledItemDelegate):
    """Draws ``ResultsModel`` rows; fonts and theme labels come from the context."""

    def __init__(self, fonts: Fonts, themes: ThemeCatalog, parent=None) -> None:
        super().__init__(parent)
        self._themes = themes
        self.title_font = fonts.content(12, bold=True)
        self.snippet_font = fonts.content(11)
        self.meta_font = QFont(fonts.ui_family)
        self.meta_font.setPointSizeF(max(7.0, self.meta_font.pointSizeF() * 0.9))
        self._title_h = QFontMetricsF(self.title_font).height()
        self._snippet_h = QFontMetricsF(self.snippet_font).lineSpacing()
        self._meta_h = QFontMetricsF(self.meta_font).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = PADDING * 2 + self._title_h + GAP + self._meta_h + GAP
        if index.data(ResultRole.THEMES):
            height += self._meta_h + 4 + GAP
        height += self._snippet_h * SNIPPET_LINES
        return QSize(200, int(height + 0.5))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        active = bool(opt.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, text_role)
        muted = QColor(text_color)
        muted.setAlphaF(0.7)

        rect = QRectF(opt.rect).adjusted(PADDING, PADDING, -PADDING, -PADDING)
        direction = _direction(index.data(ResultRole.DIRECTION))
        ui_direction = opt.direction

        y = rect.top()
        painter.setPen(text_color)
        y = self._draw_title(painter, rect, y, index.data(ResultRole.TITLE) or "", direction)
        painter.setPen(muted)
        y = self._draw_meta(painter, rect, y, index, ui_direction) + GAP
        themes = index.data(ResultRole.THEMES) or []
        if themes:
            y = self._draw_chips(painter, rect, y, themes, ui_direction, text_color) + GAP
        painter.setPen(text_color)
        self._draw_snippet(
            painter, rect, y, index.data(ResultRole.SNIPPET) or "",
            index.data(ResultRole.SNIPPET_MATCHES) or [], direction, text_color,
        )
        painter.restore()

    # -- pieces ---------------------------------------------------------------------------

    def _draw_title(self, painter: QPainter, rect: QRectF, y: float, title: str, direction) -> float:
        painter.setFont(self.title_font)
        metrics = QFontMetricsF(self.title_font)
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.setLayoutDirection(direction)
        box = QRectF(rect.left(), y, rect.width(), self._title_h)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), elided)
        return y + self._title_h + GAP

    def _draw_meta(
        self, painter: QPainter, rect: QRectF, y: float, index: QModelIndex | QPersistentModelIndex, ui_direction
    ) -> float:
        painter.setFont(self.meta_font)
        metrics = QFontMetricsF(self.meta_font)
        date = index.data(ResultRole.DATE) or ""
        path = index.data(ResultRole.PATH) or ""
        painter.setLayoutDirection(ui_direction)
        box = QRectF(rect.left(), y, rect.width(), self._meta_h)
        date_w = metrics.horizontalAdvance(date) if date else 0.0
        align = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if date:
            painter.drawText(box, align, date)
        path_w = rect.width() - date_w - (16 if date else 0)
        # The path is left to right whatever the interface: a folder path reads that way.
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        elided = metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, max(0.0, path_w))
        width = metrics.horizontalAdvance(elided)
        if ui_direction == Qt.LayoutDirection.RightToLeft:
            x = rect.right() - date_w - (16 if date else 0) - width
        else:
            x = rect.left() + date_w + (16 if date else 0)
        painter.drawText(QRectF(x, y, width + 1, self._meta_h), int(Qt.AlignmentFlag.AlignVCenter), elided)
        return y + self._meta_h

    def _draw_chips(
        self, painter: QPainter, rect: QRectF, y: float, themes: list[str], ui_direction, text_color
    ) -> float:
        painter.setFont(self.meta_font)
        metrics = QFontMetricsF(self.meta_font)
        height = self._meta_h + 4
        rtl = ui_direction == Qt.LayoutDirection.RightToLeft
        edge = rect.right() if rtl else rect.left()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for i, theme_id in enumerate(themes):
            label = self._themes.label(theme_id)
            color = self._themes.color(theme_id)
            width = metrics.horizontalAdvance(label) + 2 * CHIP_PADDING
            more = f"+{len(themes) - i}"
            more_width = metrics.horizontalAdvance(more) + 2 * CHIP_PADDING
            reserve = 0 if i == len(themes) - 1 else more_width + 4
            room = (edge - rect.left()) if rtl else (rect.right() - edge)
            if width + reserve > room:  # no room for this one: say how many are left
                label, width, color = more, more_width, text_color
                if width > room:
                    break
            x = edge - width if rtl else edge
            chip = QRectF(x, y, width, height)
            fill = QColor(color)
            fill.setAlphaF(0.18)
            painter.setPen(color)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(text_color)
            painter.setLayoutDirection(ui_direction)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
            edge = x - 4 if rtl else x + width + 4
            if label == more:
                break
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return y + height

    def _draw_snippet(self, painter, rect: QRectF, y: float, text: str, matches, direction, text_color) -> None:
        layout = QTextLayout(text, self.snippet_font)
        option = QTextOption(Qt.AlignmentFlag.AlignLeading)
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        highlight = QTextCharFormat()
        highlight.setBackground(HIT_BACKGROUND)
        highlight.setForeground(HIT_FOREGROUND)
        ranges = []
        for start, end in matches:
            fmt_range = QTextLayout.FormatRange()
            fmt_range.start, fmt_range.length, fmt_range.format = start, end - start, highlight
            ranges.append(fmt_range)
        layout.setFormats(ranges)
        layout.beginLayout()
        line_y = 0.0
        for _ in range(SNIPPET_LINES):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, line_y))
            line_y += self._snippet_h
        layout.endLayout()
        painter.setPen(text_color)
        painter.setClipRect(QRectF(rect.left(), y, rect.width(), self._snippet_h * SNIPPET_LINES))
        layout.draw(painter, QPointF(rect.left(), y))
        painter.setClipping(False)
