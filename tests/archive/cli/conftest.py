from __future__ import annotations

import pytest

from archive.library import Library
from tests.archive.export.export_samples import add_excerpts


@pytest.fixture
def library(indexed: Library) -> Library:
    """The indexed sample archive with the export samples' excerpts, notes and tags."""
    add_excerpts(indexed)
    return indexed
