"""View > Theme Overview: themes across the archive, as a matrix and as a chart over time.

The matrix counts, per year, month, folder or document, the tagged documents and the coded
passages of each theme (``Library.theme_overview``); Enter or a double-click on a cell asks
for its passages (``passages_requested``: the excerpts list then shows only them). The chart
(``archive.export.chart``, matplotlib) is drawn on the read lane, matplotlib being imported
there the first time, so neither the window's start nor the UI thread waits for it; it is
shown as its PNG and saved as PNG or SVG. Both follow the interface language: the table and
the chart are mirrored in Arabic.

Signals of ``ThemeOverviewDialog``:
    matrix_ready(int): the matrix shows this many rows.
    chart_ready(): the chart is drawn.
    passages_requested(tuple, str): show these excerpt ids, under this caption.
    failed(str): loading failed (the message shown).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive.errors import ArchiveError
from archive.types import OVERVIEW_KEYS
from desktop.common.context import AppContext
from desktop.common.messages import error_message
from desktop.overview.model import Roles, ThemeMatrixModel

CHART_KEYS = ("year", "month")
FSI, PDI = "\u2068", "\u2069"


def draw_chart(library, by: str, lang: str):
    """The themes chart of ``library`` (run on a worker: imports matplotlib the first time)."""
    from archive.export.chart import theme_chart

    themes = library.themes(include_hidden=True)
    return theme_chart(library.theme_overview(by), {t.id: t.label(lang) for t in themes},
                       {t.id: t.color for t in themes}, lang)


class ThemeOverviewDialog(QDialog):
    """The matrix and the chart of one archive's themes (non-modal)."""

    matrix_ready = Signal(int)
    chart_ready = Signal()
    passages_requested = Signal(tuple, str)
    failed = Signal(str)

    def __init__(self, context: AppContext, library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeOverview")
        self._context, self._library = context, library
        self._serials = {"matrix": 0, "chart": 0}  # the latest job of each kind; -1: closed
        serials = self._serials  # not self: the dialog is gone when this runs
        self.destroyed.connect(lambda: serials.update(matrix=-1, chart=-1))
        self.chart = None  # the last drawn archive.export.chart.Chart

        self.matrix_by = QComboBox()
        self.matrix_by.setObjectName("overviewMatrixBy")
        self.model = ThemeMatrixModel(context.themes.label, self._key_label, self)
        self.table = QTableView()
        self.table.setObjectName("overviewMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.matrix_hint = QLabel()
        self.matrix_hint.setWordWrap(True)
        self.chart_by = QComboBox()
        self.chart_by.setObjectName("overviewChartBy")
        self.chart_image = QLabel()
        self.chart_image.setObjectName("overviewChart")
        self.chart_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Its size comes from the dialog, never from the picture, which is scaled to fit it.
        self.chart_image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._chart_pixmap = QPixmap()
        self.save_png = QPushButton()
        self.save_svg = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("overviewMessage")
        self.message.setWordWrap(True)
        self.labels = [QLabel(), QLabel()]

        matrix_page, chart_page = QWidget(), QWidget()
        top = QHBoxLayout()
        top.addWidget(self.labels[0])
        top.addWidget(self.matrix_by)
        top.addWidget(self.matrix_hint, 1)
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addLayout(top)
        matrix_layout.addWidget(self.table, 1)
        chart_top = QHBoxLayout()
        chart_top.addWidget(self.labels[1])
        chart_top.addWidget(self.chart_by)
        chart_top.addStretch(1)
        chart_top.addWidget(self.save_png)
        chart_top.addWidget(self.save_svg)
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.addLayout(chart_top)
        chart_layout.addWidget(self.chart_image, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(matrix_page, "")
        self.tabs.addTab(chart_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        self.retranslate_ui()
        self._connect()
        self.resize(1000, 620)
        self.load_matrix()
        self.load_chart()

    def _connect(self) -> None:
        self.matrix_by.currentIndexChanged.connect(lambda _: self.load_matrix())
        self.chart_by.currentIndexChanged.connect(lambda _: self.load_chart())
        self.table.activated.connect(self._on_table_activated)
        self.tabs.currentChanged.connect(lambda _: self._fit_chart())
        self._context.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.save_png.clicked.connect(lambda: self._on_save_clicked("png"))
        self.save_svg.clicked.connect(lambda: self._on_save_clicked("svg"))

    # -- loading on the read lane -----------------------------------------------------------

    def load_matrix(self) -> None:
        by, library = OVERVIEW_KEYS[max(0, self.matrix_by.currentIndex())], self._library
        self._submit("matrix", lambda: library.theme_overview(by), self._on_matrix_loaded)

    def load_chart(self) -> None:
        by, library, lang = CHART_KEYS[max(0, self.chart_by.currentIndex())], self._library, self._context.language
        self.save_png.setEnabled(False)
        self.save_svg.setEnabled(False)
        self._submit("chart", lambda: draw_chart(library, by, lang), self._on_chart_drawn)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        """A tag or passage was added, removed or undone: count again."""
        self.load_matrix()
        self.load_chart()

    def _submit(self, what: str, job, on_done) -> None:
        """Run ``job`` on the read lane; only the latest of its kind reports, and none once
        the dialog is deleted."""
        self._serials[what] += 1
        serial = self._serials[what]
        self.message.setText(self.tr("Counting…"))
        self._context.read_lane.submit(
            job,
            lambda result: on_done(result) if serial == self._serials[what] else None,
            lambda exc: self._on_failed(exc) if serial == self._serials[what] else None,
            still_wanted=lambda: serial == self._serials[what],
        )

    def _on_matrix_loaded(self, overview) -> None:
        self.model.set_overview(overview)
        self.table.resizeRowsToContents()
        empty = not self.model.themes
        self.message.setText(self.tr("No tagged documents or coded passages yet.") if empty else "")
        self.matrix_ready.emit(self.model.rowCount())

    def _on_chart_drawn(self, chart) -> None:
        self.chart = chart
        self._chart_pixmap.loadFromData(chart.png, "PNG")
        self._fit_chart()
        self.save_png.setEnabled(True)
        self.save_svg.setEnabled(True)
        self.chart_ready.emit()

    def _fit_chart(self) -> None:
        """The chart as large as its place allows, whole (drawn once, scaled down)."""
        if not self._chart_pixmap.isNull():
            self.chart_image.setPixmap(self._chart_pixmap.scaled(
                self.chart_image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_chart()

    def _on_failed(self, exc: Exception) -> None:
        text = error_message(exc)
        self.message.setText(text)
        self.failed.emit(text)

    # -- cells and files ----------------------------------------------------------------------

    def _key_label(self, key: str | None) -> str:
        if key is None:
            return self.tr("Undated")
        if key == ".":
            return self.tr("(top folder)")
        return f"{FSI}{key}{PDI}"  # a year or a path keeps its own direction

    def _on_table_activated(self, index) -> None:
        ids = index.data(Roles.PASSAGE_IDS) or ()
        if not ids:
            self.message.setText(self.tr("No coded passage in this cell."))
            return
        theme = self._context.themes.label(index.data(Roles.THEME))
        caption = self.tr("%1, %2: %n passage(s)", "", len(ids)).replace("%1", theme).replace(
            "%2", self._key_label(index.data(Roles.KEY)))
        self.passages_requested.emit(tuple(ids), caption)

    def save_chart(self, target: Path) -> Path:
        """Write the chart as PNG or SVG, by the suffix of ``target`` (.png unless .svg)."""
        from archive.outputs import writing

        assert self.chart is not None  # the buttons are enabled once it is drawn
        svg = target.suffix.lower() == ".svg"
        target = target if target.suffix.lower() in (".png", ".svg") else target.with_suffix(".png")
        with writing(target, target.suffix, self._library.protected_folders) as partial:
            partial.write_bytes(self.chart.svg if svg else self.chart.png)
        return target

    def _on_save_clicked(self, fmt: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Chart"),
                                              str(Path.home() / f"themes.{fmt}"), filters[fmt])
        if not name:
            return
        path = Path(name)
        try:
            saved = self.save_chart(path if path.suffix else path.with_suffix(f".{fmt}"))
        except (OSError, ArchiveError) as exc:  # a refused or unwritable path: said, not raised
            self.message.setText(error_message(exc, name))
            return
        self.message.setText(self.tr("Chart saved to %1").replace("%1", f"{FSI}{saved}{PDI}"))

    # -- language -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Theme Overview"))
        self.tabs.setTabText(0, self.tr("Matrix"))
        self.tabs.setTabText(1, self.tr("Chart"))
        self.labels[0].setText(self.tr("Count by:"))
        self.labels[1].setText(self.tr("Over:"))
        self.matrix_hint.setText(self.tr("Each cell: tagged documents · coded passages. "
                                         "Enter or double-click opens its passages."))
        names = {"year": self.tr("Year"), "month": self.tr("Month"), "folder": self.tr("Folder"),
                 "document": self.tr("Document")}
        for combo, keys in ((self.matrix_by, OVERVIEW_KEYS), (self.chart_by, CHART_KEYS)):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([names[k] for k in keys])
            combo.setCurrentIndex(max(0, current))
            combo.blockSignals(False)
        self.save_png.setText(self.tr("Save as PNG…"))
        self.save_svg.setText(self.tr("Save as SVG…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.set_overview(self.model.overview)  # headers in the new language
            self.load_chart()  # drawn in the interface's language and direction
        super().changeEvent(event)
