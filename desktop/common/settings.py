"""Settings, each declared once with its type and default (Picard's way), over QSettings.

``Preferences`` are the user's choices; ``WindowState`` is what the window remembers about
itself (geometry, splitters). They live in separate groups of the same QSettings file so that
resetting the layout never loses a preference. The core never reads settings: the desktop
passes what the core needs as arguments.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT_ARCHIVES = 8


class Setting(Generic[T]):
    """A typed value stored under ``<group>/<name>``."""

    def __init__(self, kind: type[T], default: T) -> None:
        self.kind = kind
        self.default = default
        self.key = ""

    def __set_name__(self, owner: type[_Group], name: str) -> None:
        self.key = f"{owner.GROUP}/{name}"

    def __get__(self, obj: _Group | None, owner: type) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return copy.copy(self.default)
        try:
            return _coerce(self.kind, raw)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj: _Group, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


def _coerce(kind: type, raw: Any) -> Any:
    if kind is list:  # INI files store a one-element list as a plain string
        return [str(v) for v in raw] if isinstance(raw, list) else ([str(raw)] if raw else [])
    if kind is bool and isinstance(raw, str):
        return raw.lower() in ("true", "1")
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    return kind(raw)


class _Group:
    GROUP = ""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings


class Preferences(_Group):
    """What the user chose."""

    GROUP = "preferences"
    language = Setting(str, "")  # "" follows the system locale
    sort = Setting(str, "relevance")  # "relevance" | "date"
    reader_zoom = Setting(int, 0)  # points added to the reader's base size
    recent_archives: Setting[list[str]] = Setting(list, [])
    last_archive = Setting(str, "")

    def remember_archive(self, path: Path) -> None:
        text = str(path)
        recent = [p for p in self.recent_archives if p != text]
        self.recent_archives = [text, *recent][:MAX_RECENT_ARCHIVES]
        self.last_archive = text


class WindowState(_Group):
    """What the window remembers about itself."""

    GROUP = "window"
    geometry = Setting(QByteArray, QByteArray())
    state = Setting(QByteArray, QByteArray())

    def splitter(self, name: str) -> QByteArray:
        raw = self.qsettings.value(f"{self.GROUP}/splitter-{name}", None)
        return _coerce(QByteArray, raw) if raw is not None else QByteArray()

    def set_splitter(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(f"{self.GROUP}/splitter-{name}", state)


def open_settings(path: Path | None = None) -> QSettings:
    """The user's settings, or an INI file at ``path`` (tests, screenshots)."""
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "wathaiq", "wathaiq")
