"""Fonts: the bundled Noto Naskh Arabic (OFL) for Arabic text, whatever the machine has.

Arabic content (reader, results, search field, titles) is set in Noto Naskh Arabic, which has
no Latin letters: Qt falls back, per character, to the interface font for acronyms and English
words. The interface itself keeps the system font, except in the Arabic interface, where menus
and labels are Arabic text too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

ARABIC_FAMILY = "Noto Naskh Arabic"
FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
READER_BASE_POINTS = 14
MIN_READER_POINTS, MAX_READER_POINTS = 8, 40


@dataclass(frozen=True, slots=True)
class Fonts:
    """The fonts every widget takes from the application context."""

    ui_family: str
    arabic_family: str

    def content(self, points: float | None = None, bold: bool = False) -> QFont:
        """A font for document text: Arabic in Noto Naskh, anything else in the UI font."""
        font = QFont()
        font.setFamilies([self.arabic_family, self.ui_family])
        if points:
            font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def reader(self, zoom: int = 0) -> QFont:
        points = min(MAX_READER_POINTS, max(MIN_READER_POINTS, READER_BASE_POINTS + zoom))
        return self.content(points)

    def interface(self, arabic: bool) -> QFont:
        """The application font: the system one, with Noto Naskh first for Arabic menus."""
        font = QFont(self.ui_family)
        if arabic:
            font.setFamilies([self.arabic_family, self.ui_family])
        return font


def load_fonts(font_dir: Path) -> Fonts:
    """Register the bundled fonts with Qt; missing files leave Qt's own fallback in place."""
    ui_family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    family = ARABIC_FAMILY
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(font_dir / name))
        if font_id < 0:
            log.warning("cannot load font %s", font_dir / name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    return Fonts(ui_family=ui_family, arabic_family=family)
