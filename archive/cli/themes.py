"""The ``themes`` command: themes across the archive, by year, month, folder or document.

    wathaiq themes [--archive DIR] [--by year|month|folder|document] [--json]

``--json`` prints ``{"by": str, "themes": [id...], "rows": [{"key": str|null, "documents":
{id: int}, "passages": {id: int}}]}``: rows in key order, documents without a date last
under the key null; ``documents`` counts the tagged documents, ``passages`` the coded
passages (``archive.userdata.overview``). Without it, a table: one line per key, one column
per theme with a count, each cell "documents/passages".
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TextIO

from archive.cli.common import open_archive
from archive.cli.terminal import for_terminal
from archive.types import OVERVIEW_KEYS, ThemeOverview

Handler = Callable[[argparse.Namespace, TextIO], int]
UNDATED = "(undated)"


def add_commands(subparsers, archive_option_parent: argparse.ArgumentParser) -> None:
    """Add ``themes`` to ``subparsers`` (its handler is in ``HANDLERS``)."""
    cmd = subparsers.add_parser(
        "themes", parents=[archive_option_parent],
        help="tagged documents and coded passages per theme, by year, month, folder or document",
    )
    cmd.add_argument("--by", choices=OVERVIEW_KEYS, default="year", help="what to count by (default: year)")
    cmd.add_argument("--json", action="store_true")


def cmd_themes(args: argparse.Namespace, out: TextIO) -> int:
    with open_archive(args, up_to_date=True) as library:
        overview = library.theme_overview(args.by)
        labels = {t.id: t.label_en for t in library.themes(include_hidden=True)}
    if args.json:
        json.dump(_as_json(overview), out, ensure_ascii=False)
        out.write("\n")
    else:
        _table(overview, labels, out)
    return 0


def _as_json(overview: ThemeOverview) -> dict:
    return {
        "by": overview.by,
        "themes": list(overview.themes),
        "rows": [{"key": r.key, "documents": r.documents, "passages": r.passages} for r in overview.rows],
    }


def _table(overview: ThemeOverview, labels: dict[str, str], out: TextIO) -> None:
    """Keys down, themes across (only themes with a count), cells "documents/passages"."""
    used = [t for t in overview.themes if any(r.documents[t] or r.passages[t] for r in overview.rows)]
    if not used:
        out.write("no tagged documents or coded passages\n")
        return
    keys = [UNDATED if r.key is None else r.key for r in overview.rows]
    cells = [[f"{r.documents[t]}/{r.passages[t]}" for t in used] for r in overview.rows]
    key_width = max(len(overview.by), *(len(k) for k in keys))
    widths = [max(len(t), *(len(row[i]) for row in cells)) for i, t in enumerate(used)]
    out.write(f"tagged documents/coded passages per theme, by {overview.by}\n")
    out.write("  ".join([overview.by.ljust(key_width), *(t.rjust(w) for t, w in zip(used, widths, strict=True))]))
    out.write("\n")
    for key, row in zip(keys, cells, strict=True):
        shown = for_terminal(key, out)
        out.write("  ".join([shown + " " * (key_width - len(key)), *(c.rjust(w) for c, w in zip(row, widths,
                                                                                                strict=True))]))
        out.write("\n")
    out.write("themes: " + "; ".join(f"{t} = {labels.get(t, t)}" for t in used) + "\n")


HANDLERS: dict[str, Handler] = {"themes": cmd_themes}
