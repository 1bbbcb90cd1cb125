"""Where things live on disk: an archive's state folder, the default archive, resources."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import platformdirs

from archive.errors import ArchiveNotFound

APP_NAME = "wathaiq"
STATE_DIR_NAME = ".wathaiq"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_ARCHIVE = RESOURCES / "sample-archive"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def state_dir_for(root: Path) -> Path:
    """The archive's own state folder, or one in the user data directory if it is read-only."""
    local = root / STATE_DIR_NAME
    if local.is_dir() and os.access(local, os.W_OK):
        return local
    if not local.exists() and os.access(root, os.W_OK):
        local.mkdir(exist_ok=True)  # a second process may create it at the same moment
        return local
    key = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    fallback = user_data_dir() / "archives" / f"{root.name}-{key}"
    fallback.mkdir(parents=True, exist_ok=True)
    return fallback


def resolve_root(root: Path | str) -> Path:
    path = Path(root).expanduser()
    if not path.is_dir():
        raise ArchiveNotFound(str(path))
    return path.resolve()


def copy_sample_archive(target: Path) -> Path:
    """A writable copy of the bundled sample archive, without any state left beside it."""
    # copyfile, not copy2: installed resources may be read-only, and copies get edited.
    shutil.copytree(
        SAMPLE_ARCHIVE, target, copy_function=shutil.copyfile,
        ignore=shutil.ignore_patterns(STATE_DIR_NAME),
    )
    return target


def default_archive() -> Path:
    """The user's default archive, created from the bundled sample on first use."""
    target = user_data_dir() / "sample-archive"
    if not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(target.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        copy_sample_archive(staging)
        staging.rename(target)  # atomic: a half-copied archive is never taken for the real one
    return target
