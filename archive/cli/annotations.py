"""The command line for themes and annotations (DESIGN section 9): ``suggest`` and
``annotations export|import``. ``archive.cli.commands`` registers them with ``add_commands``.

Each command brings the index up to date first: ``suggest`` reads the current text, export
and import need the registry of paths and annotations anchored on the current files.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from archive.cli.common import add_overwrite_option, fail, open_archive
from archive.cli.terminal import for_terminal
from archive.errors import AnnotationFormatError
from archive.outputs import writing
from archive.userdata.webannotation import MAX_CHARS

Handler = Callable[[argparse.Namespace, TextIO], int]
EVIDENCE_SHOWN = 4  # per theme, in the human-readable listing


def add_commands(subparsers, archive_option_parent: argparse.ArgumentParser) -> None:
    """Add the commands to ``subparsers`` (their handlers are in ``HANDLERS``)."""
    suggest = subparsers.add_parser(
        "suggest", parents=[archive_option_parent], help="suggest themes for a document"
    )
    suggest.add_argument("--json", action="store_true")
    suggest.add_argument("path", help="the document's path relative to the archive")

    annotations = subparsers.add_parser("annotations", help="export or import W3C Web Annotations")
    actions = annotations.add_subparsers(
        dest="annotations_command", required=True, parser_class=type(annotations)
    )
    export = actions.add_parser(
        "export", parents=[archive_option_parent], help="write every tag, note and highlight"
    )
    export.add_argument("file", type=Path, metavar="FILE.json")
    add_overwrite_option(export)
    import_ = actions.add_parser(
        "import", parents=[archive_option_parent], help="read tags, notes and highlights"
    )
    import_.add_argument("file", type=Path, metavar="FILE.json")


def cmd_suggest(args: argparse.Namespace, out: TextIO) -> int:
    path = args.path.replace(os.sep, "/")
    with open_archive(args, up_to_date=True) as library:
        result = library.suggest(path)
        text = library.document(path).text
        lang = getattr(args, "lang", None) or "en"
        labels = {t.id: t.label(lang) for t in library.themes(include_hidden=True)}
    if args.json:
        themes = [
            {
                "id": s.theme_id,
                "score": s.score,
                "evidence": [{"term": e.term, "start": e.start, "end": e.end} for e in s.evidence],
            }
            for s in result.themes
        ]
        out.write(json.dumps({"path": path, "themes": themes}, ensure_ascii=False) + "\n")
        return 0
    if not result.themes:
        out.write(f"no themes suggested for {path}\n")
        return 0
    width = max(len(s.theme_id) for s in result.themes)
    for rank, s in enumerate(result.themes, 1):
        label = for_terminal(labels.get(s.theme_id, ""), out)
        out.write(f"{rank:>3}. {s.theme_id:<{width}}  {s.score:7.2f}  {label}\n")
        shown = list(dict.fromkeys(text[e.start : e.end] for e in s.evidence))
        more = f" (+{len(shown) - EVIDENCE_SHOWN})" if len(shown) > EVIDENCE_SHOWN else ""
        words = " | ".join(for_terminal(w, out) for w in shown[:EVIDENCE_SHOWN])
        out.write(f"     {words}{more}\n")
    return 0


def cmd_annotations(args: argparse.Namespace, out: TextIO) -> int:
    if args.annotations_command == "export":
        return _export(args, out)
    return _import(args, out)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    with open_archive(args, up_to_date=True) as library:
        library.check_output(args.file, replace=args.overwrite)  # before the work, not after
        collection = library.export_annotations()
        protected = library.protected_folders
    target = args.file
    with writing(target, ".json", protected, replace=args.overwrite) as partial, \
            partial.open("w", encoding="utf-8") as handle:
        json.dump(collection, handle, ensure_ascii=False, indent=1)
    out.write(f"exported {collection['total']} annotations to {target}\n")
    return 0


def _import(args: argparse.Namespace, out: TextIO) -> int:
    try:
        with open_archive(args, up_to_date=True) as library:
            report = library.import_annotations(_read_json_text(args.file))
    except AnnotationFormatError as exc:
        return fail(f"cannot import {args.file}: {exc}")
    out.write(
        f"imported {args.file}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged,"
        f" {report.orphaned} orphaned, {len(report.skipped)} skipped\n"
    )
    for theme_id in report.themes_created:
        out.write(f"  new theme: {theme_id}\n")
    for s in report.skipped:
        out.write(f"  skipped item {s.index}{' ' + s.id if s.id else ''}: {for_terminal(s.reason, out)}\n")
    return 0


def _read_json_text(path: Path) -> str:
    """The file's text, read no further than an import accepts (``/dev/zero`` ends too)."""
    with path.open("rb") as handle:
        data = handle.read(MAX_CHARS + 1)
    if len(data) > MAX_CHARS:
        raise AnnotationFormatError(f"larger than {MAX_CHARS // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnnotationFormatError(f"not UTF-8 text ({exc.reason})") from exc


HANDLERS: dict[str, Handler] = {"suggest": cmd_suggest, "annotations": cmd_annotations}
