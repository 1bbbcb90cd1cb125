"""Fixtures for the core: real archives on disk, built from the bundled sample documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.library import Archive


@pytest.fixture
def indexed(sample_root: Path):
    archive = Archive(sample_root)
    archive.update_index()
    yield archive
    archive.close()
