"""Wathaiq: the window by default, headless commands when a subcommand is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from archive import export
    from archive.cli import commands as cli
    from archive.logs import set_up_logging

    export.register("pdf", "desktop.excerpts.pdf_writer:write")  # imported (with Qt) only to write a PDF
    args = cli.parse_args(argv)
    if args.command:
        # Warnings of the core (a damaged index rebuilt, say) as one line each on stderr;
        # the libraries' own (pypdf on a damaged PDF) only in the log file.
        set_up_logging()
        return cli.run(args)
    from desktop.shell.app import run_gui  # Qt is loaded only for the window

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
