"""What every command of the command line shares."""

from __future__ import annotations

import argparse
import sys

from archive.library import Library
from archive.locations import default_archive

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def open_archive(args: argparse.Namespace, *, up_to_date: bool = False) -> Library:
    """The archive of ``--archive``, else the default one; with ``up_to_date`` the index is
    first brought up to date with the files (DESIGN section 9)."""
    library = Library(getattr(args, "archive", None) or default_archive())
    if up_to_date:
        library.update_index()
    return library


def fail(message: str, status: int = EXIT_FAILURE) -> int:
    """Say what went wrong in one line on stderr; returns the exit status."""
    print(f"wathaiq: {message}", file=sys.stderr)
    return status
