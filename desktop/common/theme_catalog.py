"""Theme labels and colours for chips and facets, in the interface language.

The themes belong to the open archive (``Library.themes``): once an archive is open, the
catalog holds its themes as the user changed them; before, nothing shows a theme. An
unknown id shows as itself with a colour derived from it.
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


def themes_of(library: Library) -> dict[str, ThemeLabel] | None:
    """The themes of an open archive as the user made them (renamed, recoloured, merged);
    None if they cannot be read. Runs on a worker thread (it reads the store)."""
    try:
        everything = library.themes(include_hidden=True)
    except Exception as exc:  # the window works without labels: ids stand in
        log.warning("cannot read the archive's themes: %s", exc)
        return None
    labels = {t.id: ThemeLabel(t.id, t.label_ar, t.label_en, t.color) for t in everything}
    for theme in everything:  # a merged theme's old id reads as the theme it went into
        target = labels.get(theme.merged_into or "")
        if target is not None:
            labels[theme.id] = ThemeLabel(theme.id, target.ar, target.en, target.color)
    return labels
