"""Interface languages: English (the source strings) and Arabic (Qt's .qm translations).

Translations are ordinary Qt Linguist files: ``resources/i18n/wathaiq_ar.ts`` is extracted
from the sources with ``pyside6-lupdate`` and compiled to ``wathaiq_ar.qm`` with
``pyside6-lrelease`` (see ``resources/i18n/README.md``). That keeps plural forms (Arabic has
six), translator comments and the standard tools, rather than a home-made dictionary.
Qt's own strings (context menus, dialog buttons) come from ``qtbase_ar.qm`` in PySide6.

The application's layout direction follows the interface language: right to left for Arabic.
Switching language at run time installs the other translator; Qt then sends every widget a
LanguageChange event, and each widget's ``retranslate_ui()`` sets its strings again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

LANGUAGES = ("en", "ar")


def system_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale.system()
    return "ar" if locale.language() == QLocale.Language.Arabic else "en"


def choose_language(requested: str | None, saved: str = "", locale: QLocale | None = None) -> str:
    """``--lang`` first, then the language the user chose in the menu, then the system's."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    return system_language(locale)


class Translations:
    """Owns the installed translators, so the language can change while the app runs."""

    def __init__(self, app: QApplication, i18n_dir: Path) -> None:
        self._app = app
        self._dir = i18n_dir
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = language if language in LANGUAGES else "en"
        # English has a file too: only its plural forms ("1 document", "2 documents").
        self._load(f"wathaiq_{self.language}", str(self._dir))
        if self.language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"qtbase_{self.language}", qt_dir)
        direction = Qt.LayoutDirection.RightToLeft if self.is_rtl else Qt.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)

    @property
    def is_rtl(self) -> bool:
        return self.language == "ar"

    def _load(self, name: str, directory: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, directory):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        else:
            log.info("no translation %s in %s", name, directory)
