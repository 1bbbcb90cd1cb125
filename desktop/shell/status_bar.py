"""The status bar: document count, indexing progress with its cancel button, problems.

Messages are short and never modal (errors that need no decision are shown here).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from desktop.session.indexer_process import IndexProgress

MESSAGE_MS = 6000


class StatusBar(QStatusBar):
    """Signals:
        cancel_clicked(): the user asked to stop indexing.
        problems_clicked(): the user asked to see the files that could not be read.
    """

    cancel_clicked = Signal()
    problems_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = -1
        self._problems = 0
        self._progress: IndexProgress | None = None
        self.count_label = QLabel()
        self.count_label.setObjectName("documentCount")
        self.progress = QProgressBar()
        self.progress.setObjectName("indexProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelIndexing")
        self.cancel_button.setVisible(False)
        self.problems_button = QToolButton()
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setVisible(False)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        self.addPermanentWidget(self.problems_button)
        self.addPermanentWidget(self.count_label)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.problems_button.clicked.connect(self.problems_clicked)
        self.retranslate_ui()

    def set_document_count(self, count: int) -> None:
        self._count = count
        self._update_count()

    def set_problem_count(self, count: int) -> None:
        self._problems = count
        self.problems_button.setVisible(count > 0)
        self._update_problems()

    def indexing_started(self) -> None:
        self._progress = None
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.progress.setFormat(self.tr("Indexing…"))
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)

    def indexing_progressed(self, progress: IndexProgress) -> None:
        self._progress = progress
        if progress.total <= 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.done, progress.total))
        self._update_progress_text()
        if progress.path:
            self.progress.setToolTip(progress.path)

    def indexing_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setFormat(self.tr("Stopping…"))

    def indexing_stopped(self) -> None:
        self._progress = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop indexing (what is done is kept)"))
        self.problems_button.setToolTip(self.tr("Show the files that could not be read"))
        self._update_count()
        self._update_problems()
        self._update_progress_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_count(self) -> None:
        self.count_label.setText("" if self._count < 0 else self.tr("%n document(s)", "", self._count))

    def _update_problems(self) -> None:
        self.problems_button.setText(self.tr("%n problem(s)", "", self._problems))

    def _update_progress_text(self) -> None:
        p = self._progress
        if p is None:
            return
        if p.phase == "scan":
            text = self.tr("Scanning %v of %m")
        elif p.phase == "commit":
            text = self.tr("Saving…")
        elif p.phase == "merge":
            text = self.tr("Tidying the index %v of %m")
        elif p.phase == "prepare":
            text = self.tr("Preparing fast search %v of %m")
        else:
            text = self.tr("Indexing %v of %m")
        self.progress.setFormat(text)
