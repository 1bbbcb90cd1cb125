"""Small archives written for one test module: relative path -> text."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from archive.library import Library


@contextmanager
def indexed_archive(root: Path, documents: Mapping[str, str]) -> Iterator[Library]:
    """``documents`` written under ``root`` (files all modified now, as a fresh copy's are),
    opened and indexed."""
    for name, text in documents.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    with Library(root) as library:
        library.update_index()
        yield library
