"""Ingestion: one reader per document format, each giving the display text and metadata.

``extract`` is the only entry point the rest of the app needs. It never raises anything but
``IngestError``, whose ``reason`` says why a file was skipped.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from pathlib import Path

from archive.ingest.base import FIND_METADATA, LOCATION, REASONS, Extracted, IngestError

__all__ = [
    "MAX_FILE_BYTES",
    "REASONS",
    "SUPPORTED_SUFFIXES",
    "Extracted",
    "IngestError",
    "content_hash",
    "extract",
]

# Applies to every format: a briefing document is far smaller, and a file above this is
# more likely a dump or a scan than something to read.
MAX_FILE_BYTES = 50 * 1024 * 1024

# suffix -> (module, function); imported on first use, since pypdf, python-docx and
# BeautifulSoup cost about a second of start-up that a folder of .txt files never needs.
_READERS: dict[str, tuple[str, str]] = {
    ".txt": ("text", "read_text"),
    ".md": ("markdown", "read_markdown"),
    ".html": ("html", "read_html"),
    ".htm": ("html", "read_html"),
    ".docx": ("docx", "read_docx"),
    ".pdf": ("pdf", "read_pdf"),
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)

_HASH_CHUNK = 1024 * 1024


def extract(
    path: Path, *, max_bytes: int = MAX_FILE_BYTES, metadata: bool = True, location: str | None = None
) -> Extracted:
    """Read a document by its suffix (case-insensitive); raise only IngestError.

    ``metadata=False`` is for showing a document whose title and date are known already:
    the date is then only taken from the file's own metadata, never searched for in the text.
    ``location`` is the document's path inside the archive, which may date it (2015/...).
    """
    path = Path(path)
    entry = _READERS.get(path.suffix.lower())
    if entry is None:
        raise IngestError("unsupported", f"unsupported suffix {path.suffix!r}")
    module, function = entry
    reader: Callable[[Path, int], Extracted] = getattr(
        importlib.import_module(f"archive.ingest.{module}"), function
    )
    token, place = FIND_METADATA.set(metadata), LOCATION.set(location)
    try:
        return reader(path, max_bytes)
    except IngestError:
        raise
    except MemoryError as exc:
        raise IngestError("too_large", "out of memory") from exc
    except OSError as exc:
        raise IngestError("unreadable", f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # a reader bug or a library choking on odd input: skip the file
        raise IngestError("corrupt", f"{type(exc).__name__}: {exc}") from exc
    finally:
        FIND_METADATA.reset(token)
        LOCATION.reset(place)


def content_hash(path: Path) -> str:
    """SHA-256 of the file's bytes, hex, read in chunks.

    An unreadable file raises OSError, untranslated: callers hash before they extract and
    report the problem themselves.
    """
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
