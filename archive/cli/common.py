"""What every command of the command line shares."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from archive.cli.terminal import one_line
from archive.library import Library
from archive.locations import default_archive
from archive.outputs import DEVICE, DIRECTORY, EXISTS, FIFO, INSIDE_ARCHIVE

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def open_archive(args: argparse.Namespace, *, up_to_date: bool = False) -> Library:
    """The archive of ``--archive``, else the default one; with ``up_to_date`` the index is
    first brought up to date with the files (DESIGN section 9)."""
    library = Library(getattr(args, "archive", None) or default_archive())
    if up_to_date:
        library.update_index()
    return library


class Terminated(Exception):
    """SIGTERM arrived: raised in the main thread so that every ``finally`` runs (a file
    being written is removed, not left half-written beside its target)."""


@contextmanager
def terminated_as_exception() -> Iterator[None]:
    """While the block runs, SIGTERM raises ``Terminated`` instead of killing the process."""
    if threading.current_thread() is not threading.main_thread():  # only it receives signals
        yield
        return

    def handler(_signum, _frame):
        raise Terminated

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def add_overwrite_option(parser: argparse.ArgumentParser) -> None:
    """Every command that writes a file refuses to replace an existing one without this.
    (Also accepted before the command, ``wathaiq --overwrite export ...``: the main parser has it
    too, and SUPPRESS keeps the command's parser from resetting it.)"""
    parser.add_argument("--overwrite", action="store_true", default=argparse.SUPPRESS,
                        help="replace the file if it exists")


_REFUSALS = {
    INSIDE_ARCHIVE: "it is inside the archive (its documents and its .wathaiq state are never written to)",
    DEVICE: "it is a device, not a file",
    FIFO: "it is a named pipe (FIFO), not a file",
    DIRECTORY: "it is a folder",
    EXISTS: "it exists (add --overwrite to replace it)",
}


def refusal(path: str, reason: str) -> str:
    """Why a command will not write ``path`` (``archive.errors.UnsafeOutput``), in one line."""
    return f"will not write {path}: {_REFUSALS.get(reason, reason)}"


def fail(message: str, status: int = EXIT_FAILURE) -> int:
    """Say what went wrong in one line on stderr; returns the exit status."""
    print(f"wathaiq: {one_line(message)}", file=sys.stderr)
    return status
