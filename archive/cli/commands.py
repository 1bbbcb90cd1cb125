"""The command line (DESIGN section 9): argument parsing and the headless commands.

Exit status: 0 success, 2 usage error or a query that cannot be understood, 1 anything else.
Every failure is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import NoReturn, TextIO, cast

from archive.arabic import analyze
from archive.cli.annotations import HANDLERS as ANNOTATION_HANDLERS
from archive.cli.annotations import add_commands as add_annotation_commands
from archive.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Terminated,
    add_overwrite_option,
    fail,
    open_archive,
    refusal,
    terminated_as_exception,
)
from archive.cli.export import HANDLERS as EXPORT_HANDLERS
from archive.cli.export import add_commands as add_export_commands
from archive.cli.terminal import PrintableStream, for_terminal, one_line
from archive.cli.themes import HANDLERS as THEME_HANDLERS
from archive.cli.themes import add_commands as add_theme_commands
from archive.errors import (
    ArchiveBusy,
    ArchiveError,
    ArchiveNotFound,
    BackupError,
    DocumentNotFound,
    ForeignSchemaObjects,
    InvalidCorrection,
    QuerySyntaxError,
    QueryTooComplex,
    StoreDamaged,
    StoreError,
    StoreReadOnly,
    UnclosedQuote,
    UnknownFieldValue,
    UnsafeOutput,
    UnsafeStatePath,
)
from archive.progress import CancelToken, Progress
from archive.search import limits
from archive.types import SORT_KEYS
from archive.userdata.safekeeping import start_afresh


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors cut down to one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        print(f"wathaiq: {one_line(message)} (see --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="wathaiq", description="Offline archive browser for Arabic briefing documents.")
    archive_option = _Parser(add_help=False)
    archive_option.add_argument("--archive", type=Path, default=argparse.SUPPRESS, help="archive folder")
    parser.add_argument("--archive", type=Path, default=None, help="archive folder (default: the sample archive)")
    parser.add_argument("--lang", choices=("ar", "en"), help="interface language")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('wathaiq')}")
    parser.add_argument("--screenshot", type=Path, help="render the window offscreen to this PNG and exit")
    parser.add_argument("--query", help="with --screenshot: run this query")
    parser.add_argument("--open", dest="open_path", help="with --screenshot: open this document (relative path)")
    parser.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    index = commands.add_parser("index", parents=[archive_option], help="bring the index up to date")
    index.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    index.add_argument("--procs", type=int, default=1, help="indexing processes (Linux/macOS)")
    index.add_argument("--progress", choices=("none", "json"), default="none",
                       help="json: one progress object per line on stdout")

    search = commands.add_parser("search", parents=[archive_option], help="search the archive")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--sort", choices=SORT_KEYS, default="relevance")
    search.add_argument("--json", action="store_true")
    search.add_argument("query")

    analyze_cmd = commands.add_parser("analyze", help="show how text is analysed")
    analyze_cmd.add_argument("--json", action="store_true")
    analyze_cmd.add_argument("text")
    add_annotation_commands(commands, archive_option)
    add_export_commands(commands, archive_option)
    add_theme_commands(commands, archive_option)

    backup_cmd = commands.add_parser("backup", parents=[archive_option], help="back up tags, notes and highlights")
    backup_cmd.add_argument("file", type=Path, metavar="FILE.sqlite")
    add_overwrite_option(backup_cmd)
    restore_cmd = commands.add_parser("restore", parents=[archive_option], help="restore a backup")
    restore_cmd.add_argument("file", type=Path, metavar="FILE.sqlite")

    correct = commands.add_parser(
        "correct", parents=[archive_option], help="set a document's title or date (its file is not changed)"
    )
    correct.add_argument("path", help="the document's path relative to the archive")
    correct.add_argument("--title", help='the title to show and cite ("" takes yours back)')
    correct.add_argument("--date", help='YYYY, YYYY-MM or YYYY-MM-DD ("" takes yours back)')
    return parser


_TOO_COMPLEX = {
    "length": f"it is longer than {limits.MAX_QUERY_CHARS} characters",
    "terms": f"it has more than {limits.MAX_TERMS} words",
    "wildcards": f"a pattern has more than {limits.MAX_WILDCARDS} wildcards (* and ?)",
    "fuzzy": f"a fuzzy term allows more than {limits.MAX_FUZZY_DISTANCE} differences (word~2 at most)",
    "expansions": f"a pattern or fuzzy term matches more than {limits.MAX_EXPANSIONS} words; make it longer",
    "time": f"it took longer than {limits.TIME_BUDGET_S:g} s; make it narrower",
}


def _query_problem(exc: QuerySyntaxError) -> str:
    if isinstance(exc, QueryTooComplex):
        return f"query too complex: {_TOO_COMPLEX.get(exc.limit, exc.limit)}"
    if isinstance(exc, UnclosedQuote):
        return 'cannot understand the query: a quote is not closed (end the phrase with a second ")'
    if isinstance(exc, UnknownFieldValue) and exc.field == "year":
        return f"cannot understand the query: year:{exc.value} is not a year (write it as year:2013)"
    if isinstance(exc, UnknownFieldValue):
        hint = f"; did you mean {exc.field}:{exc.closest}?" if exc.closest else ""
        return f"cannot understand the query: there is no theme {exc.value!r}{hint}"
    return f"cannot understand the query: {exc}"


_UNSAFE_STATE = {
    "symlink": "it is a symbolic link (the archive's state must be its own files)",
    "hard link": "it has other hard links (it may be another program's file)",
    "outside": "it resolves outside its folder",
}


def _damage(path: str, state: str, backup: str | None, args: argparse.Namespace) -> str:
    """One line: what happened to the store, and the command that brings the latest backup back."""
    what = {"missing": "is missing", "empty": "is empty (0 bytes)", "damaged": "is damaged"}.get(state, state)
    if backup is None:
        return f"{path} {what}, and there is no automatic backup; restore one of yours: wathaiq restore FILE.sqlite"
    archive = f" --archive {args.archive}" if getattr(args, "archive", None) else ""
    return f"{path} {what}; the latest automatic backup is {backup}: wathaiq restore{archive} {backup}"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a headless command; returns the exit status."""
    out = out or sys.stdout
    if not _machine_output(args):  # JSON escapes control characters itself; exports are data
        out = cast(TextIO, PrintableStream(out))
    handler = _COMMANDS[args.command]
    try:
        with terminated_as_exception():
            return handler(args, out)
    except (Terminated, KeyboardInterrupt):
        return fail("stopped by a signal (SIGTERM or Ctrl+C); no file was left half-written")
    except UnsafeOutput as exc:
        return fail(refusal(exc.path, exc.reason), EXIT_USAGE)
    except QuerySyntaxError as exc:
        return fail(_query_problem(exc), EXIT_USAGE)
    except InvalidCorrection as exc:
        return fail(str(exc), EXIT_USAGE)
    except ArchiveNotFound as exc:
        return fail(f"no archive folder at {exc}")
    except ArchiveBusy:
        return fail("the archive is busy: another Wathaiq process is writing its index; try again")
    except ForeignSchemaObjects as exc:
        return fail(
            f"refusing to open the archive's database {exc.path}: it holds objects that are not Wathaiq's"
            f" ({', '.join(exc.objects)}); remove them or the file"
        )
    except UnsafeStatePath as exc:
        return fail(f"refusing to open {exc.path}: {_UNSAFE_STATE.get(exc.reason, exc.reason)}")
    except StoreDamaged as exc:
        return fail(_damage(exc.path, exc.state, exc.backup, args))
    except StoreReadOnly as exc:
        return fail(f"the archive is read-only: its notes are shown but cannot be changed ({exc})")
    except StoreError as exc:
        return fail(f"cannot open the archive's database: {exc}")
    except sqlite3.DatabaseError as exc:  # damage in a part of the file opening did not read
        return fail(_damage("the archive's database", f"damaged ({exc})", None, args))
    except BackupError as exc:
        return fail(f"backup: {exc}")
    except DocumentNotFound as exc:
        return fail(f"no document at {exc}")
    except ArchiveError as exc:
        return fail(f"{type(exc).__name__}: {exc}")
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))


def _machine_output(args: argparse.Namespace) -> bool:
    return args.command == "export" or getattr(args, "json", False) or getattr(args, "progress", "none") == "json"


def _print_progress_json(out: TextIO) -> Callable[[Progress], None]:
    def report(p: Progress) -> None:
        line = {"phase": p.phase, "done": p.done, "total": p.total, "path": p.detail}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        out.flush()

    return report


def _cmd_index(args: argparse.Namespace, out: TextIO) -> int:
    cancel = CancelToken()
    # SIGTERM (the desktop's cancel button) commits what is done, then stops.
    signal.signal(signal.SIGTERM, lambda *_: cancel.cancel())
    with open_archive(args) as library:
        progress = _print_progress_json(out) if args.progress == "json" else None
        report = library.update_index(
            progress=progress, cancel=cancel, rebuild=args.rebuild, procs=args.procs
        )
        summary = {
            "cancelled": report.cancelled,
            "indexed": report.indexed,
            "removed": report.removed,
            "unchanged": report.unchanged,
            "documents": library.document_count,
            "seconds": round(report.seconds, 3),
            "problems": [{"path": p.path, "reason": p.reason, "detail": p.detail} for p in report.problems],
        }
    if args.progress == "json":
        out.write(json.dumps({"phase": "done", **summary}, ensure_ascii=False) + "\n")
        return EXIT_OK
    out.write(
        ("cancelled: " if report.cancelled else "")
        + f"indexed {report.indexed}, removed {report.removed}, unchanged {report.unchanged}; "
        f"{summary['documents']} documents in the index ({report.seconds:.2f} s)\n"
    )
    for p in report.problems:
        out.write(f"  skipped {for_terminal(p.path, out)}: {p.reason} ({p.detail})\n")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    if args.limit < 1:
        return fail("--limit must be at least 1", EXIT_USAGE)
    if not args.query.strip():
        return fail("cannot understand the query: it is empty", EXIT_USAGE)
    with open_archive(args, up_to_date=True) as library:
        results = library.search(args.query, limit=args.limit, sort=args.sort, facets=False)
    if args.json:
        payload = {
            "query": results.query,
            "total": results.total,
            "hits": [
                {
                    "path": h.path,
                    "title": h.title,
                    "date": h.date,
                    "score": round(h.score, 4),
                    "themes": h.themes,
                    "snippet": h.snippet,
                    "matches": [list(m) for m in h.matches],
                }
                for h in results.hits
            ],
        }
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return EXIT_OK
    out.write(f"{results.total} documents match {for_terminal(results.query, out)}\n")
    for rank, h in enumerate(results.hits, 1):
        when = (h.date or "undated").ljust(10)
        out.write(f"{rank:>3}. {when}  {h.score:7.2f}  {h.path}\n")
        out.write(f"     {for_terminal(h.title, out)}\n")
        snippet = " ".join(h.snippet.split())
        out.write(f"     {for_terminal(snippet, out)}\n")
    return EXIT_OK


def _cmd_analyze(args: argparse.Namespace, out: TextIO) -> int:
    tokens = analyze(args.text)
    if args.json:
        data = [{"term": t.term, "start": t.start, "end": t.end, "position": t.position} for t in tokens]
        out.write(json.dumps({"tokens": data}, ensure_ascii=False) + "\n")
        return EXIT_OK
    width = max((len(args.text[t.start:t.end]) for t in tokens), default=0)
    for t in tokens:
        surface = args.text[t.start:t.end]
        pad = " " * (width - len(surface))
        shown, term = for_terminal(surface, out), for_terminal(t.term, out)
        out.write(f"{t.position:>4}  {t.start:>5}-{t.end:<5}  {pad}{shown}  ->  {term}\n")
    return EXIT_OK


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in counts.items())


def _cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    with open_archive(args) as library:
        summary = library.backup(args.file, replace=args.overwrite)
    out.write(f"backed up to {summary.path} (checked): {_summary(summary.counts)}\n")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    try:
        open_archive(args).close()
    except StoreDamaged as exc:  # what restoring is for: set it aside, restore into a new one
        aside = start_afresh(Path(exc.path))
        out.write(f"the damaged database was moved to {aside}\n")
    with open_archive(args) as library:
        summary, kept = library.restore(args.file)
    out.write(f"restored {summary.path}: {_summary(summary.counts)}; previous data kept in {kept}\n")
    return EXIT_OK


def _cmd_correct(args: argparse.Namespace, out: TextIO) -> int:
    if args.title is None and args.date is None:
        return fail("correct: give --title, --date or both", EXIT_USAGE)
    path = args.path.replace(os.sep, "/")
    with open_archive(args, up_to_date=True) as library:
        record = library.correct(library.document(path).record.id, title=args.title, date=args.date)
    source = "yours" if record.date_source == "user" else f"from the {record.date_source or 'file: none'}"
    out.write(f"{for_terminal(path, out)}: {for_terminal(record.title, out)}, {record.date or 'undated'} ({source})\n")
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "index": _cmd_index,
    "search": _cmd_search,
    "analyze": _cmd_analyze,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "correct": _cmd_correct,
    **ANNOTATION_HANDLERS,
    **EXPORT_HANDLERS,
    **THEME_HANDLERS,
}
