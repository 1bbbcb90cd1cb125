"""Fixtures for the core: real archives on disk, built from the bundled sample documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive.library import Archive
from archive.locations import SAMPLE_ARCHIVE


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(SAMPLE_ARCHIVE, root)
    return root


@pytest.fixture
def indexed(sample_root: Path):
    archive = Archive(sample_root)
    archive.update_index()
    yield archive
    archive.close()
