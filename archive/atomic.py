"""Files that appear whole or not at all."""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(target: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A fresh path beside ``target`` to write; renamed over ``target`` when the block
    succeeds, removed when it fails, so an interrupted write never leaves half a file or
    spoils an old one. The caller creates the file, which gets the user's usual permissions.
    """
    target = Path(target)
    if not target.parent.is_dir():  # say so about the folder, not about our temporary name
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(target.parent))
    partial = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}{suffix}")
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)  # gone already after a successful rename
