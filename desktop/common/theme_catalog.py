"""Theme labels and colours for chips and facets, in the interface language.

The taxonomy belongs to the core (``resources/themes.toml`` read by ``archive.userdata.themes``). At
start-up this adapter takes the bundled taxonomy (``archive.userdata.themes.load_taxonomy()``); once an
archive is open, that archive's themes as the user changed them (``Library.themes.all()``).
An unknown id shows as itself with a colour derived from it.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
from dataclasses import dataclass

from PySide6.QtGui import QColor

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
        """The bundled taxonomy, read by the core, if the core offers it."""
        try:
            themes_module = importlib.import_module("archive.userdata.themes")
            loader = getattr(themes_module, "load_taxonomy")
            taxonomy = loader()
        except (ImportError, AttributeError):
            return cls({}, language)
        except Exception as exc:  # a broken taxonomy must not stop the window
            log.warning("cannot load the themes taxonomy: %s", exc)
            return cls({}, language)
        themes: dict[str, ThemeLabel] = {}
        for theme in getattr(taxonomy, "themes", taxonomy):
            theme_id = getattr(theme, "id", None)
            if not theme_id:
                continue
            labels = getattr(theme, "labels", {}) or {}
            themes[theme_id] = ThemeLabel(
                id=theme_id,
                ar=getattr(theme, "label_ar", None) or labels.get("ar", ""),
                en=getattr(theme, "label_en", None) or labels.get("en", ""),
                color=getattr(theme, "color", "") or "",
            )
        return cls(themes, language)


def themes_of(archive) -> dict[str, ThemeLabel] | None:
    """The themes of an open archive as the user made them (renamed, recoloured, merged);
    None if the core does not offer them. Runs on a worker thread (it reads the store)."""
    try:
        everything = archive.themes(include_hidden=True)
    except Exception as exc:  # the window works without labels
        log.warning("cannot read the archive's themes: %s", exc)
        return None
    labels = {t.id: ThemeLabel(t.id, t.label_ar, t.label_en, t.color) for t in everything}
    for theme in everything:  # a merged theme's old id reads as the theme it went into
        target = labels.get(getattr(theme, "merged_into", None) or "")
        if target is not None:
            labels[theme.id] = ThemeLabel(theme.id, target.ar, target.en, target.color)
    return labels
