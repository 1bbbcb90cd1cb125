"""Markdown export: headings per group, each excerpt as a block quote, its themes, its notes
as a list and its citation in italics.

Markdown has no direction markup: renderers that set ``dir="auto"`` per paragraph (as most
do) give each excerpt paragraph, its own block, the direction of its first strong letter,
which can differ from the reader's rule (``archive.text.direction``) for an Arabic paragraph
that starts with a Latin acronym. The citation carries bidi isolates, so paths and dates
read left to right inside Arabic in any viewer.
"""

from __future__ import annotations

import re
from pathlib import Path

from archive.export.model import ExportModel, Ticker
from archive.export.text import join_labels, paragraphs
from archive.progress import CancelToken, ProgressCallback

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s)")


def escape(text: str) -> str:
    """Text shown as itself: no emphasis, links, HTML or list markers by accident."""
    return _LINE_START.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", text))


def render(model: ExportModel, tick: Ticker | None = None) -> str:
    words, opts = model.labels, model.options
    out = [f"# {escape(model.title)}", ""]
    for group in model.groups:
        if group.heading:
            out += [f"## {escape(group.heading)}", ""]
        for e in group.excerpts:
            quoted = [f"> {escape(p)}" for p in paragraphs(e.text)]
            out += ["\n>\n".join(quoted), ""]
            if opts.include_themes and e.themes:
                names = join_labels([escape(model.themes[t].label) for t in e.themes if t in model.themes], model.lang)
                out += [f"**{words['themes']}:** {names}", ""]
            if opts.include_notes and e.notes:
                out += [f"**{words['notes']}:**", ""]
                out += [f"- {'  '.join(escape(p) for p in paragraphs(note))}" for note in e.notes]
                out.append("")
            if opts.include_citations:
                out += [f"*{escape(e.display_citation)}*", ""]
            out += ["---", ""]
            if tick:
                tick()
    return "\n".join(out)


def write(model: ExportModel, path: Path, *, progress: ProgressCallback | None = None,
          cancel: CancelToken | None = None) -> None:
    tick = Ticker(sum(len(g.excerpts) for g in model.groups), progress, cancel)
    path.write_text(render(model, tick), encoding="utf-8")
