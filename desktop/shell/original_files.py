"""The archive's own files, outside Wathaiq: open one in the program the system gives its
type, or open the folder that holds it. Both go through ``QDesktopServices`` (xdg-open,
Explorer, Finder); Wathaiq never changes the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_original(root: Path, path: str) -> bool:
    """Open ``path`` (relative to the archive ``root``); False if it is gone or nothing opens it."""
    file = root / path
    return file.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(file)))


def show_in_folder(root: Path, path: str) -> bool:
    """Open the folder that holds ``path``; False if it is gone or nothing opens it."""
    folder = (root / path).parent
    return folder.is_dir() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
