"""File > Export Excerpts…: format, grouping, what to include, themes, preview and path.

The choices are remembered (``ExportChoices``, a settings group of their own). The preview
is the HTML (or Markdown) writer's own rendering of the export model, built on the read lane
whenever a choice changes. The export itself runs on the read lane too (it reads the
archive, then writes the file beside its target and renames it into place) with progress
and a cancel token; Cancel stops it between two excerpts and leaves no file.

Signals of ``ExportDialog``:
    exported(Path): the file was written (the dialog then closes).
    export_failed(str): the export failed or was cancelled (the message shown).
    preview_ready(int): the preview shows this many excerpts.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from archive import export as core_export
from archive.errors import Cancelled, UnsafeOutput
from archive.export import FORMATS, GROUPINGS, SUFFIXES, ExportOptions
from archive.outputs import EXISTS
from archive.types import CancelToken, Progress
from desktop.common.context import AppContext
from desktop.common.messages import error_message
from desktop.common.settings import Setting, _Group

# The desktop writes PDF with Qt: registered here too, so the window works without main.py.
core_export.register("pdf", "desktop.excerpts.pdf_writer:write")

PREVIEW_DEBOUNCE_MS = 250
CHART_FORMATS = ("html", "docx", "pdf")  # the formats that can hold the themes chart


class ExportChoices(_Group):
    """The export dialog's last choices."""

    GROUP = "export"
    format = Setting(str, "docx")
    grouping = Setting(str, "theme")
    notes = Setting(bool, True)
    themes_shown = Setting(bool, True)
    citations = Setting(bool, True)
    document_tags = Setting(bool, False)
    chart = Setting(bool, False)
    theme_filter = Setting(list, [])
    path = Setting(str, "")


class _Reporter(QObject):
    """Carries a worker's progress to the UI thread (queued: it lives on the UI thread)."""

    progressed = Signal(str, int, int)


class ExportDialog(QDialog):
    """Choose and run one export of ``archive``'s excerpts."""

    exported = Signal(Path)
    export_failed = Signal(str)
    preview_ready = Signal(int)

    def __init__(self, context: AppContext, library, parent: QWidget | None = None,
                 annotation_ids: tuple[str, ...] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._context = context
        self._library = library
        self._annotation_ids = annotation_ids
        self._confirmed: Path | None = None  # the file the save dialog asked to replace
        self.choices = ExportChoices(context.preferences.qsettings)
        self._cancel: CancelToken | None = None
        self._preview_serial = 0
        self._reporter = _Reporter(self)

        self.format = QComboBox()
        self.grouping = QComboBox()
        self.notes = QCheckBox()
        self.themes_shown = QCheckBox()
        self.citations = QCheckBox()
        self.document_tags = QCheckBox()
        self.chart = QCheckBox()
        self.chart.setObjectName("exportChart")
        self.theme_list = QListWidget()
        self.theme_list.setObjectName("exportThemes")
        self.theme_list.setMaximumHeight(110)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right
        self.browse = QPushButton()
        self.preview_tabs = QTabWidget()
        self.preview = QTextBrowser()
        self.preview.setObjectName("exportPreview")
        self.preview.setOpenLinks(False)
        self.markdown = QTextBrowser()
        self.markdown.setObjectName("exportMarkdown")
        self.preview_tabs.addTab(self.preview, "")
        self.preview_tabs.addTab(self.markdown, "")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DEBOUNCE_MS)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        self.form.addRow(self.labels[0], self.format)
        self.form.addRow(self.labels[1], self.grouping)
        include = QVBoxLayout()
        for box in (self.notes, self.themes_shown, self.citations, self.document_tags, self.chart):
            include.addWidget(box)
        self.form.addRow(self.labels[2], include)
        self.form.addRow(self.labels[3], self.theme_list)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.form.addRow(self.labels[4], path_row)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 0)
        top.addWidget(self.preview_tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._fill_themes()
        self.retranslate_ui()
        self._restore()
        self._connect()
        self.resize(980, 640)
        self.schedule_preview()

    def _connect(self) -> None:
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        for combo in (self.grouping,):
            combo.currentIndexChanged.connect(lambda _: self.schedule_preview())
        for box in (self.notes, self.themes_shown, self.citations, self.document_tags):
            box.toggled.connect(lambda _: self.schedule_preview())
        self.theme_list.itemChanged.connect(lambda _: self.schedule_preview())
        self.browse.clicked.connect(self._on_browse_clicked)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self._preview_timer.timeout.connect(self._update_preview)
        self._reporter.progressed.connect(self._on_reporter_progressed)

    # -- choices --------------------------------------------------------------------------

    def _fill_themes(self) -> None:
        for theme in self._library.themes():
            item = QListWidgetItem(theme.label(self._context.language))
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.theme_list.addItem(item)

    def _restore(self) -> None:
        c = self.choices
        self.format.setCurrentIndex(FORMATS.index(c.format) if c.format in FORMATS else FORMATS.index("docx"))
        self.grouping.setCurrentIndex(GROUPINGS.index(c.grouping) if c.grouping in GROUPINGS else 0)
        self.notes.setChecked(c.notes)
        self.themes_shown.setChecked(c.themes_shown)
        self.citations.setChecked(c.citations)
        self.document_tags.setChecked(c.document_tags)
        self.chart.setChecked(c.chart)
        self.chart.setEnabled(self.format_key in CHART_FORMATS)
        wanted = set(c.theme_filter)
        for i in range(self.theme_list.count()):
            item = self.theme_list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        folder = Path(c.path).parent if c.path else Path.home()
        name = Path(c.path).stem if c.path else self.tr("excerpts")
        self.path.setText(str(folder / (name + SUFFIXES[self.format_key])))

    def _remember(self) -> None:
        c = self.choices
        c.format = self.format_key
        c.grouping = GROUPINGS[self.grouping.currentIndex()]
        c.notes = self.notes.isChecked()
        c.themes_shown = self.themes_shown.isChecked()
        c.citations = self.citations.isChecked()
        c.document_tags = self.document_tags.isChecked()
        c.chart = self.chart.isChecked()
        c.theme_filter = self.selected_themes
        c.path = self.path.text().strip()

    @property
    def format_key(self) -> str:
        return FORMATS[max(0, self.format.currentIndex())]

    @property
    def selected_themes(self) -> list[str]:
        return [
            self.theme_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.theme_list.count())
            if self.theme_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> ExportOptions:
        return ExportOptions(
            group=GROUPINGS[max(0, self.grouping.currentIndex())],
            lang=self._context.language,
            include_notes=self.notes.isChecked(),
            include_themes=self.themes_shown.isChecked(),
            include_citations=self.citations.isChecked(),
            include_document_tags=self.document_tags.isChecked(),
            themes=tuple(self.selected_themes),
            annotation_ids=self._annotation_ids,
            chart="year" if self.chart.isChecked() and self.chart.isEnabled() else None,
        )

    def _on_format_current_index_changed(self, _index: int) -> None:
        self.chart.setEnabled(self.format_key in CHART_FORMATS)
        text = self.path.text().strip()
        if text:
            path = Path(text)
            self.path.setText(str(path.with_suffix(SUFFIXES[self.format_key])))

    def _on_browse_clicked(self) -> None:
        fmt = self.format_key
        suffix = SUFFIXES[fmt]
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Excerpts"), self.path.text(),
            self.tr("%1 files (*%2)").replace("%1", fmt.upper()).replace("%2", suffix),
        )
        if chosen:  # the dialog asked before choosing an existing file (Qt's default, kept)
            path = Path(chosen)
            self._confirmed = path if path.suffix.lower() == suffix else None
            self.path.setText(str(path if path.suffix.lower() == suffix else path.with_suffix(suffix)))

    # -- preview --------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        self._preview_timer.start()

    def _update_preview(self) -> None:
        from archive.export import html, markdown

        self._preview_serial += 1
        # The preview leaves the chart out: it is drawn only into the file.
        serial, library, options = self._preview_serial, self._library, replace(self.options(), chart=None)

        def job():
            model = library.export_model(options)
            return model, html.render(model), markdown.render(model)

        self._context.read_lane.submit(
            job,
            lambda result: self._on_preview_ready(serial, *result),
            lambda exc: self._on_preview_failed(serial, exc),
            still_wanted=lambda: serial == self._preview_serial,
        )

    def _on_preview_ready(self, serial: int, model, html_text: str, markdown_text: str) -> None:
        if serial != self._preview_serial:
            return
        self.preview.setHtml(html_text)
        self.markdown.setPlainText(markdown_text)
        self.markdown.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        count = len(model.excerpts)
        self.export_button.setEnabled(self._cancel is None and count > 0)
        if self._cancel is None:
            self.message.setText(self.tr("%n excerpt(s) to export", "", count) if count
                                 else self.tr("No excerpt matches these choices."))
        self.preview_ready.emit(count)

    def _on_preview_failed(self, serial: int, exc: Exception) -> None:
        if serial == self._preview_serial:
            self.message.setText(error_message(exc))

    # -- export ---------------------------------------------------------------------------

    def start_export(self) -> None:
        """Export with the current choices on the read lane (the button, or tests)."""
        from archive.export import export

        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the export."))
            return
        fmt = self.format_key
        target = Path(text).expanduser()
        if target.suffix.lower() != SUFFIXES[fmt]:
            target = target.with_suffix(SUFFIXES[fmt])
            self.path.setText(str(target))
        if not self._may_write(target):
            return
        self._remember()
        library, options, cancel = self._library, self.options(), CancelToken()
        self._cancel = cancel
        reporter = self._reporter

        def progress(p: Progress) -> None:
            reporter.progressed.emit(p.phase, p.done, p.total)

        def job() -> Path:
            model = library.export_model(options, progress=progress, cancel=cancel)
            return export(model, fmt, target, protected=library.protected_folders, progress=progress, cancel=cancel)

        self._set_running(True)
        self.message.setText(self.tr("Exporting…"))
        self._context.read_lane.submit(job, self._on_export_done, lambda exc: self._on_export_failed(target, exc))

    def _may_write(self, target: Path) -> bool:
        """Refuse a path inside the archive, a device, a FIFO or a folder (a message box says
        why); ask before replacing a file the save dialog did not already ask about."""
        try:
            self._library.check_output(target, replace=target == self._confirmed)
        except UnsafeOutput as exc:
            if exc.reason != EXISTS:
                text = error_message(exc)
                self.message.setText(text)
                QMessageBox.warning(self, self.tr("Export Excerpts"), text)
                return False
            answer = QMessageBox.question(
                self, self.tr("Export Excerpts"),
                self.tr("%1 exists already. Replace it?").replace("%1", str(target)),
            )
            return answer == QMessageBox.StandardButton.Yes
        return True

    def cancel_export(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
            self.message.setText(self.tr("Cancelling…"))

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(not running)
        for widget in (self.format, self.grouping, self.notes, self.themes_shown, self.citations,
                       self.document_tags, self.theme_list, self.path, self.browse):
            widget.setEnabled(not running)

    def _on_reporter_progressed(self, phase: str, done: int, total: int) -> None:
        if self._cancel is None:
            return
        if phase == "write" and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Writing %v of %m"))
        else:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Reading documents: %v of %m"))

    def _on_export_done(self, path: Path) -> None:
        self._cancel = None
        self._set_running(False)
        self.message.setText(self.tr("Exported to %1").replace("%1", str(path)))
        self.exported.emit(path)
        self.accept()

    def _on_export_failed(self, target: Path, exc: Exception) -> None:
        self._cancel = None
        self._set_running(False)
        if isinstance(exc, Cancelled):
            text = self.tr("The export was cancelled; nothing was written.")
        elif isinstance(exc, core_export.WriterUnavailable):
            text = self.tr("This format cannot be written here (%1).").replace("%1", str(exc))
        elif isinstance(exc, PermissionError):
            text = self.tr("%1 cannot be written: permission denied.").replace("%1", str(target))
        elif isinstance(exc, FileNotFoundError):
            text = self.tr("The folder %1 does not exist.").replace("%1", str(target.parent))
        else:
            text = error_message(exc, str(target))
        self.message.setText(f'<span style="color:#b00020;">{text}</span>')
        self.export_failed.emit(text)

    def _on_cancel_clicked(self) -> None:
        if self.running:
            self.cancel_export()
        else:
            self.reject()

    def reject(self) -> None:
        if self.running:  # Esc while exporting cancels the export first
            self.cancel_export()
            return
        self._remember()
        super().reject()

    # -- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export Excerpts"))
        names = {
            "md": self.tr("Markdown (.md)"), "html": self.tr("Web page (.html)"),
            "docx": self.tr("Word document (.docx)"), "pdf": self.tr("PDF (.pdf)"),
            "csv": self.tr("Spreadsheet, CSV (.csv)"), "json": self.tr("Data, JSON (.json)"),
        }
        groupings = {"theme": self.tr("By theme"), "document": self.tr("By document"), "none": self.tr("No grouping")}
        for combo, keys, texts in ((self.format, FORMATS, names), (self.grouping, GROUPINGS, groupings)):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([texts[k] for k in keys])
            combo.setCurrentIndex(max(0, current))
            combo.blockSignals(False)
        self.notes.setText(self.tr("Notes"))
        self.themes_shown.setText(self.tr("Themes"))
        self.citations.setText(self.tr("Citations (title, date, file, paragraph)"))
        self.document_tags.setText(self.tr("Themes tagged on whole documents"))
        self.chart.setText(self.tr("The themes chart, by year (HTML, Word, PDF)"))
        self.theme_list.setToolTip(self.tr("Only excerpts with one of the checked themes (none checked: all)"))
        labels = (
            self.tr("Format:"), self.tr("Grouping:"), self.tr("Include:"), self.tr("Only themes:"), self.tr("Save as:")
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Browse…"))
        self.preview_tabs.setTabText(0, self.tr("Preview"))
        self.preview_tabs.setTabText(1, self.tr("Markdown"))
        self.export_button.setText(self.tr("Export"))
