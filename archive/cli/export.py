"""The ``export`` command (DESIGN section 9): excerpts to a briefing or a data file.

    wathaiq export [--archive DIR] --format md|html|docx|pdf|csv|json --output FILE
                   [--theme ID]... [--group theme|document|none] [--lang ar|en] [--overwrite]

``--output -`` writes a text format (md, html, csv, json) to standard output instead of a
file; otherwise one summary line is printed. An existing file is replaced only with
``--overwrite``; a path inside the archive, a device, a FIFO or a folder is refused
(``archive.outputs``). ``archive.cli.commands`` registers the command with
``add_commands``; the index is brought up to date first, so that excerpts are anchored on
the files as they are now.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from archive import export
from archive.cli.common import EXIT_USAGE, add_overwrite_option, fail, open_archive
from archive.errors import ThemeNotFound
from archive.export import (
    FORMATS,
    GROUPINGS,
    ExportOptions,
    UnknownFormat,
    WriterUnavailable,
)

Handler = Callable[[argparse.Namespace, TextIO], int]
TEXT_FORMATS = ("md", "html", "csv", "json")  # the ones that can go to standard output


def add_commands(subparsers, archive_option_parent: argparse.ArgumentParser) -> None:
    """Add ``export`` to ``subparsers`` (its handler is in ``HANDLERS``)."""
    cmd = subparsers.add_parser(
        "export", parents=[archive_option_parent], help="export excerpts with their notes and citations"
    )
    cmd.add_argument("--format", required=True, choices=FORMATS)
    cmd.add_argument("--output", required=True, metavar="FILE", help="the file to write ('-': standard output)")
    cmd.add_argument("--theme", action="append", default=[], metavar="ID",
                     help="keep the excerpts tagged with this theme (repeatable)")
    cmd.add_argument("--group", choices=GROUPINGS, default="none", help="group excerpts (default: none)")
    cmd.add_argument("--lang", choices=("ar", "en"), default=argparse.SUPPRESS,
                     help="language of headings and citations")
    add_overwrite_option(cmd)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    to_stdout = args.output == "-"
    if to_stdout and args.format not in TEXT_FORMATS:
        return fail(f"--output - needs a text format ({', '.join(TEXT_FORMATS)}), not {args.format}", EXIT_USAGE)
    lang = getattr(args, "lang", None) or "en"
    with open_archive(args, up_to_date=True) as library:
        protected = library.protected_folders
        if not to_stdout:  # before the excerpts are collected, which takes a while
            library.check_output(Path(args.output), replace=args.overwrite)
        try:
            themes = tuple(dict.fromkeys(library.resolve_theme(t) for t in args.theme))
        except ThemeNotFound as exc:
            return fail(f"no theme with id {exc}", EXIT_USAGE)
        model = library.export_model(ExportOptions(group=args.group, lang=lang, themes=themes))
    try:
        if to_stdout:
            _to_stream(model, args.format, out)
            return 0
        target = export.export(model, args.format, Path(args.output), protected=protected, replace=args.overwrite)
    except (UnknownFormat, WriterUnavailable) as exc:  # pdf when main.py did not register it
        return fail(f"cannot write {args.format} here ({exc})")
    left_out = f"; {len(model.left_out)} left out (passage lost)" if model.left_out else ""
    out.write(f"exported {len(model.excerpts)} excerpts to {target}{left_out}\n")
    return 0


def _to_stream(model, fmt: str, out: TextIO) -> None:
    """Write through a temporary file: writers write files, and stay one code path."""
    fd, name = tempfile.mkstemp(suffix=f".{fmt}")
    os.close(fd)
    try:
        export.writer_for(fmt)(model, Path(name))
        out.write(Path(name).read_text(encoding="utf-8-sig" if fmt == "csv" else "utf-8"))
    finally:
        os.unlink(name)


HANDLERS: dict[str, Handler] = {"export": cmd_export}
