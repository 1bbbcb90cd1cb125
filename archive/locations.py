"""Where things live on disk: an archive's state folder, its index, the default archive,
resources.

Archives travel between people, so nothing read from an archive folder may be able to run
code (DESIGN section 3). Whoosh pickles its table of contents and its posting blocks, and the
term-arrays files hold a pickled directory: the index therefore lives in the user's data
folder, keyed by the archive's resolved path, and is never read from ``.wathaiq/index``
(an index found there, planted or left by an older version, is ignored). The index is a
cache, so a moved archive is simply indexed again. We chose this over signing the index
files (a keyed MAC checked before Whoosh opens them): it costs nothing per search, needs no
secret, and leaves no window between a commit and its signature in which another process
could read unsigned files.

The state paths we open for writing (``.wathaiq``, the store and its journal files, the
index folder, locks, backups) must not be symbolic links or resolve outside their folder:
a received archive could otherwise make us write or delete files elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import platformdirs

from archive.errors import ArchiveNotFound, UnsafeStatePath

APP_NAME = "wathaiq"
STATE_DIR_NAME = ".wathaiq"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_ARCHIVE = RESOURCES / "sample-archive"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def state_dir_for(root: Path) -> Path:
    """The archive's own state folder, or one in the user data directory if it is read-only."""
    local = root / STATE_DIR_NAME
    checked_state_path(local, root)
    if local.is_dir() and os.access(local, os.W_OK):
        return local
    if not local.exists() and os.access(root, os.W_OK):
        local.mkdir(exist_ok=True)  # a second process may create it at the same moment
        return local
    fallback = _private_folder(root)  # the index lives there too (see index_dir_for)
    fallback.mkdir(parents=True, exist_ok=True)
    return fallback


def received_store(root: Path, state_dir: Path) -> Path | None:
    """The store of an archive on read-only media: ``.wathaiq/wathaiq.sqlite`` when the state
    had to move to the user data folder (it is then opened read-only, never left unseen)."""
    local = root / STATE_DIR_NAME
    store = local / "wathaiq.sqlite"
    if state_dir == local or not store.is_file():
        return None
    return checked_state_path(store, local)


def index_dir_for(root: Path) -> Path:
    """Where the archive's search index lives: the user's data folder, never the archive."""
    folder = _private_folder(root)
    folder.mkdir(parents=True, exist_ok=True)
    return checked_state_path(folder / "index", folder)


def _private_folder(root: Path) -> Path:
    """The user's own folder for one archive, named after it and its resolved path."""
    key = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return user_data_dir() / "archives" / f"{root.name}-{key}"


def checked_state_path(path: Path, folder: Path) -> Path:
    """``path`` if opening it cannot reach outside ``folder``; else ``UnsafeStatePath``.

    Refused: a symbolic link, a path resolving outside ``folder``, a file with other hard
    links (another program's database linked into the archive would be changed).
    """
    if path.is_symlink():
        raise UnsafeStatePath(str(path), "symlink")
    if not path.resolve().is_relative_to(folder.resolve()):
        raise UnsafeStatePath(str(path), "outside")
    if path.is_file() and path.stat().st_nlink > 1:
        raise UnsafeStatePath(str(path), "hard link")
    return path


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
