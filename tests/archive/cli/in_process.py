"""The command line run in this process, for tests that need its exit status and stderr
(``tests.archive.cli.test_cli.wathaiq`` runs it as a real process instead)."""

from __future__ import annotations

from io import StringIO

from archive.cli import commands as cli
from archive.library import Library


def wathaiq(*args: str) -> int:
    return cli.run(cli.parse_args(list(args)), StringIO())


def one_line(capsys) -> str:
    """What the command printed on stderr, checked to be the one line of the contract."""
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("wathaiq: ") and "Traceback" not in err, err
    return err


def user_data(library: Library) -> tuple[int, int]:
    return len(library.annotations()), len(library.document_tags())
