"""Helpers of the desktop tests: test documents, archive builders, window steps."""

from __future__ import annotations

import os
import random
import shutil
import stat
from pathlib import Path

from archive.locations import SAMPLE_ARCHIVE, index_dir_for

FACT_SHEET = "2013-us-morocco-partnership-fact-sheet.txt"
MEETING = "2021-rabat-nonproliferation-meeting.txt"

# A document of the three kinds of paragraph the reader must lay out: Arabic, English, and
# Arabic that starts with a Latin acronym (first-strong-character detection would get it wrong).
MIXED_NAME = "mixed-languages.txt"
MIXED_TEXT = (
    "مكافحة الإرهاب في المغرب\n"
    "The Global Counterterrorism Forum met in Rabat to discuss counter-terrorism.\n"
    "USAID تدعم برامج مكافحة الإرهاب في المنطقة منذ 2011.\n"
    "قصير\n"
    "Short English line.\n"
)
# The same words in presentation forms, as text taken from a PDF often has them.
PRESENTATION_NAME = "presentation-forms.txt"
PRESENTATION_TEXT = "ﺗﻘﺮﻳﺮ ﻋﻦ ﻣﻜﺎﻓﺤﺔ ﺍﻹﺭﻫﺎﺏ\nﻣﻜﺎﻓﺤﺔ ﺍﻹﺭﻫﺎﺏ ﻓﻲ ﺍﻟﻤﻐﺮﺏ ﻭ ﷲ\n"


def copy_archive(source: Path, target: Path) -> Path:
    """Copy an archive folder with writable copies (the bundled files are read-only), and
    its index, which lives in the user data folder under the archive's path."""
    shutil.copytree(source, target)
    if index_dir_for(source).is_dir():
        shutil.copytree(index_dir_for(source), index_dir_for(target))
    for path in [target, *target.rglob("*")]:
        os.chmod(path, path.stat().st_mode | stat.S_IWUSR | (stat.S_IXUSR if path.is_dir() else 0))
    return target


def index_archive(root: Path) -> Path:
    from archive.library import Library

    with Library(root) as library:
        library.update_index()
    return root


def generate_archive(root: Path, count: int, seed: int = 7) -> Path:
    """``count`` plausible documents cut from the sample texts, with varied dates."""
    words = " ".join(p.read_text("utf-8") for p in sorted(SAMPLE_ARCHIVE.glob("*.txt"))).split()
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        start = rng.randrange(0, len(words) - 400)
        body = " ".join(words[start : start + rng.randint(150, 400)])
        year = 2005 + i % 17
        (root / f"doc-{i:04d}.txt").write_text(f"وثيقة رقم {i}\n{year}-0{1 + i % 9}-1{i % 9}\n{body}\n", "utf-8")
    return root


def make_window(qtbot, context, size=(1300, 820)):
    from desktop.shell.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_archive(qtbot, window, root: Path, index: bool = False) -> None:
    with qtbot.waitSignal(window.archive_opened, timeout=10_000):
        window.open_archive(root, index=index)


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard would (QTest's keyClicks only knows Latin-1)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def search(qtbot, window, text: str):
    """Type ``text`` into the search field and wait for the results it brings."""
    with qtbot.waitSignal(window.results_shown, timeout=10_000) as blocker:
        window.search.field.clear()
        type_text(window.search.field, text)
    return blocker.args[0]
