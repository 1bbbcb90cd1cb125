"""HTML export: one standalone UTF-8 page, no remote resources (no fonts, scripts or images
fetched from anywhere), every paragraph with its own ``dir`` from its content (the reader's
rule, ``archive.text.direction``), theme colours on each excerpt's edge and on its theme
labels, and the themes chart, if asked, as an SVG inside the page (a ``data:`` address). Every
value is escaped, and a colour reaches a ``style`` attribute only as ``#rrggbb``
(anything else, say from a restored backup, becomes a neutral grey)."""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from archive.colors import safe_color
from archive.export.model import Excerpt, ExportModel, Group, Ticker
from archive.export.text import paragraphs
from archive.progress import CancelToken, ProgressCallback
from archive.text.direction import direction_of

# Logical properties (inline-start), so the coloured edge is on the right in Arabic.
_STYLE = """
body { font-family: "Noto Naskh Arabic", "Amiri", "Traditional Arabic", "Segoe UI", serif;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.7; color: #222; }
h1 { font-size: 1.7em; } h2 { font-size: 1.3em; border-inline-start: .3em solid #999;
     padding-inline-start: .5em; margin-top: 2em; }
.excerpt { border-inline-start: .25em solid #bbb; padding-inline-start: 1em; margin: 1.5em 0; }
.excerpt blockquote { margin: 0; } .excerpt blockquote p { margin: .3em 0; }
.themes { margin: .4em 0; } .theme { border-radius: .8em; padding: .05em .6em; font-size: .85em; }
.notes { margin: .4em 1.5em; color: #444; font-size: .95em; } .notes p { margin: .2em 0; }
.citation { color: #666; font-size: .85em; margin: .4em 0; }
.chart { margin: 1.5em 0; } .chart img { max-width: 100%; height: auto; }
"""


def _dir(text: str, fallback_rtl: bool) -> str:
    return direction_of(text) or ("rtl" if fallback_rtl else "ltr")


def _p(text: str, fallback_rtl: bool, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f'<p dir="{_dir(text, fallback_rtl)}"{attr}>{escape(text)}</p>'


def _ink(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (#rrggbb)."""
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return "#000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#fff"


def _excerpt(model: ExportModel, e: Excerpt, group: Group) -> list[str]:
    rtl, opts = model.rtl, model.options
    color = model.color(e, group)
    style = f' style="border-inline-start-color: {safe_color(color)}"' if color else ""
    out = [f'<article class="excerpt"{style}>', "<blockquote>"]
    out += [_p(p, rtl) for p in paragraphs(e.text)]
    out.append("</blockquote>")
    if opts.include_themes and e.themes:
        chips = [model.themes[t] for t in e.themes if t in model.themes]
        spans = " ".join(
            f'<span class="theme" style="background: {color}; color: {_ink(color)}">{escape(t.label)}</span>'
            for t, color in ((t, safe_color(t.color)) for t in chips)
        )
        out.append(f'<p class="themes" dir="{"rtl" if rtl else "ltr"}">{spans}</p>')
    if opts.include_notes and e.notes:
        out.append(f'<div class="notes" aria-label="{escape(model.labels["notes"])}">')
        out += [_p(p, rtl) for note in e.notes for p in paragraphs(note)]
        out.append("</div>")
    if opts.include_citations:
        # The citation is in the interface language, whatever its title's script.
        out.append(f'<p class="citation" dir="{"rtl" if rtl else "ltr"}">{escape(e.display_citation)}</p>')
    out.append("</article>")
    return out


def render(model: ExportModel, tick: Ticker | None = None) -> str:
    lang, rtl = model.lang, model.rtl
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}" dir="{"rtl" if rtl else "ltr"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(model.title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f'<h1 dir="{_dir(model.title, rtl)}">{escape(model.title)}</h1>',
    ]
    if model.chart is not None:
        svg = base64.b64encode(model.chart.svg).decode("ascii")
        out.append(f'<figure class="chart"><img src="data:image/svg+xml;base64,{svg}"'
                   f' alt="{escape(model.chart.title)}"></figure>')
    for group in model.groups:
        out.append("<section>")
        if group.heading:
            style = f' style="border-color: {safe_color(group.color)}"' if group.color else ""
            out.append(f'<h2 dir="{_dir(group.heading, rtl)}"{style}>{escape(group.heading)}</h2>')
        for e in group.excerpts:
            out += _excerpt(model, e, group)
            if tick:
                tick()
        out.append("</section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def write(model: ExportModel, path: Path, *, progress: ProgressCallback | None = None,
          cancel: CancelToken | None = None) -> None:
    tick = Ticker(sum(len(g.excerpts) for g in model.groups), progress, cancel)
    path.write_text(render(model, tick), encoding="utf-8")
