"""Shared test set-up.

Qt runs offscreen: the variable is set here, before any test module imports Qt (pytest-qt
creates the QApplication later, on first use of ``qapp``/``qtbot``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from archive.library import Library
from archive.locations import copy_sample_archive


@pytest.fixture(scope="session", autouse=True)
def private_user_data(tmp_path_factory) -> Iterator[Path]:
    """The user's data folder (indexes, default archive) is a temporary one for the whole
    session, before any other fixture runs, and in the processes tests start (platformdirs
    reads XDG_DATA_HOME)."""
    folder = tmp_path_factory.mktemp("userdata")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(folder))
        yield folder


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    """A private, writable copy of ``resources/sample-archive`` (not indexed yet)."""
    return copy_sample_archive(tmp_path / "archive")


@pytest.fixture
def indexed(sample_root: Path):
    """The sample archive copy, opened and indexed."""
    library = Library(sample_root)
    library.update_index()
    yield library
    library.close()
