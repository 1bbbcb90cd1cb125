"""Export of excerpts (DESIGN section 8): one neutral model, one writer module per format.

Usage, from the command line or the desktop's export dialog::

    model = library.export_model(ExportOptions(group="theme", lang="ar"), progress=..., cancel=...)
    export(model, "docx", Path("briefing.docx"), progress=..., cancel=...)

Writers are callables ``write(model, path, *, progress=None, cancel=None)`` looked up by
format name. A writer may be registered as a ``"module:function"`` string, imported on first
use: that is how ``pdf`` (which needs Qt) is registered from outside the core, by
``main.py``, so that ``archive`` never imports Qt and Qt is loaded only for a PDF.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from archive.errors import ArchiveError
from archive.export.model import (
    GROUPINGS,
    Excerpt,
    ExportModel,
    ExportOptions,
    Group,
    ThemeInfo,
    build_model,
)
from archive.outputs import writing
from archive.progress import CancelToken, ProgressCallback

__all__ = [
    "FORMATS", "GROUPINGS", "Excerpt", "ExportError", "ExportModel", "ExportOptions", "Group", "ThemeInfo",
    "UnknownFormat", "WriterUnavailable", "build_model", "export", "register", "writer_for",
]

# The command line's formats (DESIGN section 9), in the order the export dialog lists them.
FORMATS = ("md", "html", "docx", "pdf", "csv", "json")
SUFFIXES = {"md": ".md", "html": ".html", "docx": ".docx", "pdf": ".pdf", "csv": ".csv", "json": ".json"}


class ExportError(ArchiveError):
    """Base of the export errors."""


class UnknownFormat(ExportError):
    """No writer is known under that name."""


class WriterUnavailable(ExportError):
    """A writer is registered but cannot run here (e.g. PDF without Qt installed)."""


class Writer(Protocol):
    def __call__(
        self, model: ExportModel, path: Path, *,
        progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
    ) -> None: ...


_writers: dict[str, Writer | str] = {
    "md": "archive.export.markdown:write",
    "html": "archive.export.html:write",
    "docx": "archive.export.docx:write",
    "csv": "archive.export.csv:write",
    "json": "archive.export.json:write",
}


def register(fmt: str, writer: Writer | str) -> None:
    """Make ``writer`` (a callable, or ``"module:function"`` imported when first used) write ``fmt``."""
    _writers[fmt] = writer


def writer_for(fmt: str) -> Writer:
    writer = _writers.get(fmt)
    if writer is None:
        raise UnknownFormat(fmt)
    if isinstance(writer, str):
        module, _, name = writer.partition(":")
        try:
            writer = getattr(importlib.import_module(module), name)
        except ImportError as exc:
            raise WriterUnavailable(f"{fmt}: {exc}") from exc
        _writers[fmt] = writer
    return writer


def export(
    model: ExportModel, fmt: str, path: Path | str, *,
    protected: Iterable[Path] = (), replace: bool = True,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> Path:
    """Write ``model`` as ``fmt`` to ``path``; returns the path.

    ``path`` is checked first (``archive.outputs.check_output``: never inside ``protected``,
    normally ``Library.protected_folders``, nor a device or folder; an existing file only with
    ``replace``). The file is written beside the target and renamed into place: a failed or
    cancelled export (``archive.errors.Cancelled``) never leaves half a file or spoils an old one.
    """
    writer = writer_for(fmt)
    target = Path(path)
    with writing(target, SUFFIXES.get(fmt, ".tmp"), protected, replace=replace) as partial:
        writer(model, partial, progress=progress, cancel=cancel)
    return target
