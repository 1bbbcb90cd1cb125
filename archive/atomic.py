"""Files that appear whole or not at all."""

from __future__ import annotations

import errno
import glob
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_MARK = ".partial"  # in every temporary name, between the writer's pid and the suffix


@contextmanager
def replacing(target: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A fresh path beside ``target`` to write; renamed over ``target`` when the block
    succeeds, removed when it fails, so an interrupted write never leaves half a file or
    spoils an old one. The caller creates the file, which gets the user's usual permissions.

    A process killed outright (SIGKILL, power loss) cannot clean up after itself: its
    temporary file carries its pid, and the next write to the same target removes it.
    """
    target = Path(target)
    if not target.parent.is_dir():  # say so about the folder, not about our temporary name
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(target.parent))
    _remove_leftovers(target, suffix)
    partial = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{_MARK}{suffix}")
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)  # gone already after a successful rename


def _remove_leftovers(target: Path, suffix: str) -> None:
    """Delete temporary files of earlier writes to ``target`` whose process is gone."""
    pattern = f".{glob.escape(target.name)}.*{_MARK}{glob.escape(suffix)}"
    for leftover in target.parent.glob(pattern):
        pid = leftover.name[len(target.name) + 2:].partition("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True
