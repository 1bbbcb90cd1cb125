"""Where a writer may write: the one check every export, annotation export and backup
passes its target through before it writes anything.

An output never lands inside the archive's folders (the user's documents, which Wathaiq never
modifies, and its state: the index and the store of notes), never replaces a device, a FIFO or
a folder, and replaces an existing file only when the caller says so (the command line's
``--overwrite``, or the window's save dialog, which asks). The file itself is written beside
the target and renamed into place (``archive.atomic.replacing``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from archive.atomic import replacing
from archive.errors import UnsafeOutput

# Why a target is refused (``UnsafeOutput.reason``): clients word each one.
INSIDE_ARCHIVE, DEVICE, FIFO, DIRECTORY, EXISTS = "inside-archive", "device", "fifo", "directory", "exists"
REASONS = (INSIDE_ARCHIVE, DEVICE, FIFO, DIRECTORY, EXISTS)


def check_output(target: Path | str, protected: Iterable[Path] = (), *, replace: bool = True) -> Path:
    """``target`` if a writer may write it, else ``UnsafeOutput``.

    ``protected`` are folders nothing may be written into (any depth, symbolic links followed);
    ``replace`` allows replacing an existing regular file.
    """
    target = Path(target)
    real = target.resolve()  # through symbolic links: a link to a document is that document
    for folder in protected:
        if real.is_relative_to(Path(folder).resolve()):
            raise UnsafeOutput(str(target), INSIDE_ARCHIVE)
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(mode):
        raise UnsafeOutput(str(target), DIRECTORY)
    if stat.S_ISFIFO(mode):
        raise UnsafeOutput(str(target), FIFO)
    if not stat.S_ISREG(mode):  # character or block device, socket
        raise UnsafeOutput(str(target), DEVICE)
    if not replace:
        raise UnsafeOutput(str(target), EXISTS)
    return target


@contextmanager
def writing(
    target: Path | str, suffix: str, protected: Iterable[Path] = (), *, replace: bool = True
) -> Iterator[Path]:
    """Check ``target``, then give a temporary path beside it that becomes it when the block
    succeeds (see ``archive.atomic.replacing``)."""
    checked = check_output(target, protected, replace=replace)
    with replacing(checked, suffix) as partial:
        yield partial
