"""Theme labels and colours for chips and facets, in the interface language.

The taxonomy belongs to the core (``resources/themes.toml`` read by ``archive.userdata.themes``). At
start-up this adapter takes the bundled taxonomy (``archive.userdata.themes.load_taxonomy()``); once an
archive is open, that archive's themes as the user changed them (``Library.themes.all()``).
An unknown id shows as itself with a colour derived from it.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from archive.library import Library

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ThemeLabel:
    id: str
    ar: str
    en: str
    color: str  # "#rrggbb"


class ThemeCatalog:
    """Looks up a theme id's label (for the current language) and colour."""

    def __init__(self, themes: dict[str, ThemeLabel] | None = None, language: str = "en") -> None:
        self._themes = themes or {}
        self.language = language

    def label(self, theme_id: str) -> str:
        theme = self._themes.get(theme_id)
        if theme is None:
            return theme_id
        return (theme.ar if self.language == "ar" else theme.en) or theme_id

    def color(self, theme_id: str) -> QColor:
        theme = self._themes.get(theme_id)
        if theme is not None and QColor.isValidColorName(theme.color):
            return QColor(theme.color)
        hue = int(hashlib.sha1(theme_id.encode()).hexdigest()[:4], 16) % 360
        return QColor.fromHsl(hue, 140, 120)

    def replace(self, themes: dict[str, ThemeLabel]) -> None:
        """Take the open archive's themes (the user's labels and colours)."""
        self._themes = dict(themes)

    @classmethod
    def from_core(cls, language: str) -> ThemeCatalog:
        """The bundled taxonomy, as the core reads it."""
        from archive.userdata.themes import load_taxonomy

        try:
            taxonomy = load_taxonomy()
        except (OSError, ValueError, KeyError) as exc:  # a broken taxonomy must not stop the window
            log.warning("cannot load the themes taxonomy: %s", exc)
            return cls({}, language)
        return cls({t.id: ThemeLabel(t.id, t.label_ar, t.label_en, t.color) for t in taxonomy}, language)


def themes_of(archive: Library) -> dict[str, ThemeLabel] | None:
    """The themes of an open archive as the user made them (renamed, recoloured, merged);
    None if they cannot be read. Runs on a worker thread (it reads the store)."""
    try:
        everything = archive.themes.all(include_hidden=True)
    except Exception as exc:  # the window works with the bundled labels
        log.warning("cannot read the archive's themes: %s", exc)
        return None
    labels = {t.id: ThemeLabel(t.id, t.label_ar, t.label_en, t.color) for t in everything}
    for theme in everything:  # a merged theme's old id reads as the theme it went into
        target = labels.get(theme.merged_into or "")
        if target is not None:
            labels[theme.id] = ThemeLabel(theme.id, target.ar, target.en, target.color)
    return labels
