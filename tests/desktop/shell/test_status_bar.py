"""The status bar says which step of indexing is running, in the interface's language."""

from __future__ import annotations

import pytest

from desktop.session.indexer_process import IndexProgress
from desktop.shell.status_bar import StatusBar


@pytest.mark.parametrize(
    ("phase", "english", "arabic"),
    [
        ("scan", "Scanning 1 of 4", "فحص 1 من 4"),
        ("index", "Indexing 1 of 4", "فهرسة 1 من 4"),
        ("merge", "Tidying the index 1 of 4", "ترتيب الفهرس 1 من 4"),
        ("prepare", "Preparing fast search 1 of 4", "تهيئة البحث السريع 1 من 4"),
    ],
)
def test_the_progress_bar_names_each_step(qtbot, context, phase, english, arabic):
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.indexing_started()
    bar.indexing_progressed(IndexProgress(phase, 1, 4))
    assert bar.progress.text() == english
    context.translations.install("ar")
    qtbot.waitUntil(lambda: bar.progress.text() == arabic)  # LanguageChange is posted
