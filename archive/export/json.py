"""JSON export, exactly as DESIGN section 9 says: ``{"excerpts": [{"path", "title", "date",
"text", "start", "end", "themes", "notes", "citation"}]}``.

A data format: every excerpt once, in the user's order, whatever the grouping; the citation
is the raw one (no bidi controls) and ``themes`` are theme ids.
"""

from __future__ import annotations

import json
from pathlib import Path

from archive.export.model import ExportModel, Ticker
from archive.progress import CancelToken, ProgressCallback


def record(excerpt) -> dict:
    """One excerpt as the JSON contract names it."""
    return {
        "path": excerpt.path,
        "title": excerpt.title,
        "date": excerpt.date,
        "text": excerpt.text,
        "start": excerpt.start,
        "end": excerpt.end,
        "themes": list(excerpt.themes),
        "notes": list(excerpt.notes),
        "citation": excerpt.citation,
    }


def write(model: ExportModel, path: Path, *, progress: ProgressCallback | None = None,
          cancel: CancelToken | None = None) -> None:
    tick = Ticker(len(model.excerpts), progress, cancel)
    items = []
    for excerpt in model.excerpts:
        items.append(record(excerpt))
        tick()
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"excerpts": items}, f, ensure_ascii=False, indent=1)
        f.write("\n")
