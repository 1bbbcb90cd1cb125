"""Fixtures for the annotation tests: a bare store with themes, and real sample archives."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.library import Library
from archive.locations import copy_sample_archive
from archive.userdata.annotations import Annotations
from archive.userdata.store import Store
from archive.userdata.themes import Themes, load_taxonomy


@pytest.fixture
def store(tmp_path: Path):
    store = Store(tmp_path / "wathaiq.sqlite")
    yield store
    store.close()


@pytest.fixture
def themes(store: Store) -> Themes:
    return Themes(store, load_taxonomy())


@pytest.fixture(name="annotations")  # a function named so would shadow the __future__ import
def annotations_fixture(store: Store, themes: Themes) -> Annotations:
    return Annotations(store)


@pytest.fixture
def library(indexed: Library) -> Library:
    return indexed


@pytest.fixture
def fresh_archive(tmp_path: Path):
    """A second, untouched copy of the sample archive (for export then import)."""
    library = Library(copy_sample_archive(tmp_path / "fresh"))
    library.update_index()
    yield library
    library.close()
