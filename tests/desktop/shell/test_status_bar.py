"""The status bar on its own: which step of indexing runs (in the interface's language), the
document count and the problems button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.session.indexer_process import IndexProgress


@pytest.mark.parametrize(
    ("phase", "english", "arabic"),
    [
        ("scan", "Scanning 1 of 4", "فحص 1 من 4"),
        ("index", "Indexing 1 of 4", "فهرسة 1 من 4"),
        ("merge", "Tidying the index 1 of 4", "ترتيب الفهرس 1 من 4"),
        ("prepare", "Preparing fast search 1 of 4", "تهيئة البحث السريع 1 من 4"),
    ],
)
def test_the_progress_bar_names_each_step(qtbot, context, status_bar, phase, english, arabic):
    bar = status_bar
    bar.indexing_started()
    bar.indexing_progressed(IndexProgress(phase, 1, 4))
    assert bar.progress.text() == english
    context.translations.install("ar")
    qtbot.waitUntil(lambda: bar.progress.text() == arabic)  # LanguageChange is posted


def test_the_count_and_the_problems_button_follow_what_they_are_told(qtbot, status_bar):
    status_bar.set_document_count(1234)
    assert "1234" in status_bar.count_label.text().replace(",", "").replace("٬", "")
    status_bar.show()
    assert not status_bar.problems_button.isVisible()
    status_bar.set_problem_count(3)
    assert status_bar.problems_button.isVisible() and "3" in status_bar.problems_button.text()
    with qtbot.waitSignal(status_bar.problems_clicked):
        qtbot.mouseClick(status_bar.problems_button, Qt.MouseButton.LeftButton)
