"""CSV export for spreadsheets: UTF-8 with a byte order mark (so that Excel reads it as
UTF-8), one row per excerpt in the user's order, raw citation, theme ids joined by ``; ``,
notes by line breaks (quoted cells keep them).

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula; passages, notes, titles and paths can begin so. As OWASP recommends
(CSV injection), such a cell gets a leading single quote, which spreadsheets show as text.
"""

from __future__ import annotations

import csv
from pathlib import Path

from archive.export.model import ExportModel, Ticker
from archive.progress import CancelToken, ProgressCallback

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("document", "title", "date", "text", "themes", "notes", "citation", "start", "end")


def write(model: ExportModel, path: Path, *, progress: ProgressCallback | None = None,
          cancel: CancelToken | None = None) -> None:
    tick = Ticker(len(model.excerpts), progress, cancel)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        rows = csv.writer(f)
        rows.writerow(COLUMNS)
        for e in model.excerpts:
            cells = [e.path, e.title, e.date or "", e.text, "; ".join(e.themes), "\n".join(e.notes), e.citation]
            rows.writerow([*map(as_text_cell, cells), e.start, e.end])
            tick()


def as_text_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it as text, never runs it as a formula."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value
