"""Fixtures for the export tests: a copy of the sample archive with excerpts."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.library import Library
from archive.locations import copy_sample_archive
from tests.archive.export.export_samples import add_excerpts


@pytest.fixture
def excerpts(tmp_path: Path):
    root = copy_sample_archive(tmp_path / "archive")
    library = Library(root)
    library.update_index()
    yield add_excerpts(library)
    library.close()
