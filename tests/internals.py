"""Tests that look behind the facade: the store and the Whoosh index of a library, opened
beside it on the same files (as a second process would)."""

from __future__ import annotations

from whoosh.index import FileIndex

from archive.library import Library
from archive.search.mapped import MappedStorage
from archive.userdata.store import Store


def open_store(library: Library) -> Store:
    """A second connection to the library's user data (the caller closes it)."""
    return Store(library.state_dir / "wathaiq.sqlite")


def whoosh_index(library: Library) -> FileIndex:
    """The library's Whoosh index, opened as the core opens it."""
    return MappedStorage(str(library.index_dir)).open_index()
