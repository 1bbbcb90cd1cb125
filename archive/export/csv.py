"""CSV export for spreadsheets: UTF-8 with a byte order mark (so that Excel reads it as
UTF-8), one row per excerpt in the user's order, raw citation, theme ids joined by ``; ``,
notes by line breaks (quoted cells keep them)."""

from __future__ import annotations

import csv
from pathlib import Path

from archive.export.model import ExportModel, Ticker
from archive.progress import CancelToken, ProgressCallback

COLUMNS = ("document", "title", "date", "text", "themes", "notes", "citation", "start", "end")


def write(model: ExportModel, path: Path, *, progress: ProgressCallback | None = None,
          cancel: CancelToken | None = None) -> None:
    tick = Ticker(len(model.excerpts), progress, cancel)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        rows = csv.writer(f)
        rows.writerow(COLUMNS)
        for e in model.excerpts:
            rows.writerow([
                e.path, e.title, e.date or "", e.text, "; ".join(e.themes), "\n".join(e.notes),
                e.citation, e.start, e.end,
            ])
            tick()
