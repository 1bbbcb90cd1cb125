"""Wathaiq: the window by default, headless commands when a subcommand is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from archive import cli, export

    export.register("pdf", "desktop.export_pdf:write")  # imported (with Qt) only to write a PDF
    args = cli.parse_args(argv)
    if args.command:
        return cli.run(args)
    from desktop.app import run_gui  # Qt is loaded only for the window

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
