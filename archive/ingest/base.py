"""Shared pieces of the readers: the result type, the error type and small helpers.

Kept apart from ``__init__`` so that each reader can import them without a cycle.
"""

from __future__ import annotations

import datetime
import io
import time
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from archive.ingest.dates import date_from_path, find_dateline, find_latest_date, iter_dates
from archive.ingest.limits import MAX_SECONDS, PIECE_BYTES
from archive.ingest.titles import title_from_text

REASONS = frozenset(
    {"empty", "binary", "too_large", "undecodable", "corrupt", "unsupported", "unreadable", "outside_archive"}
)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a reader gives back: the display text and the document's metadata."""

    text: str
    title: str
    date: str | None  # ISO 8601: a day, or a month or year when only the folder says it
    date_source: str | None  # "metadata" | "dateline" | "path" | "text"; None: undated
    source: str | None
    encoding: str | None
    format: str  # "txt" | "md" | "html" | "docx" | "pdf"


class IngestError(Exception):
    """A file that cannot be ingested.

    ``reason`` is a stable machine key (see ``REASONS``) that the UI translates; ``str(err)``
    is a short English detail for logs and the command line.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown ingest reason: {reason!r}")
        super().__init__(detail or reason)
        self.reason = reason


def read_limited(path: Path, max_bytes: int, *, max_line: int | None = None) -> bytes:
    """The file's bytes, read in pieces and judged by what is read, not by its stated size.

    Refused ("too_large") past ``max_bytes`` or, with ``max_line``, when a line (ended by
    LF or CR) is longer than that: reading stops at the first piece that tells.
    """
    piece_bytes = min(PIECE_BYTES, max_line or PIECE_BYTES)  # a line within a piece fits
    buffer = io.BytesIO()
    line = 0  # bytes since the last line end
    try:
        size = path.stat().st_size
        if size > max_bytes:  # a quick no; the count below is what holds
            raise IngestError("too_large", f"{size} bytes, limit {max_bytes}")
        with path.open("rb") as handle:
            while piece := handle.read(piece_bytes):
                if buffer.tell() + len(piece) > max_bytes:
                    raise IngestError("too_large", f"more than {max_bytes} bytes")
                buffer.write(piece)
                if max_line is not None:
                    ends = piece.replace(b"\r", b"\n")
                    first, last = ends.find(b"\n"), ends.rfind(b"\n")
                    if line + (len(piece) if first < 0 else first) > max_line:
                        raise IngestError("too_large", f"a line longer than {max_line} bytes")
                    line = line + len(piece) if last < 0 else len(piece) - last - 1
    except OSError as exc:
        raise IngestError("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from exc
    return buffer.getvalue()


class Deadline:
    """The time a reader has left for one file; ``check`` between pages or parts."""

    def __init__(self, seconds: float | None = None) -> None:
        self._seconds = MAX_SECONDS if seconds is None else seconds
        self._end = time.monotonic() + self._seconds

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise IngestError("too_large", f"took more than {self._seconds:g} s")


def collapse(text: str) -> str:
    """Collapse every whitespace run (newlines included) to one space and trim."""
    return " ".join(text.split())


def join_paragraphs(paragraphs: list[str]) -> str:
    """Display text of an extracted format: one non-blank, collapsed paragraph a line."""
    return "\n".join(p for p in map(collapse, paragraphs) if p)


def clean_meta(value: object) -> str | None:
    """A metadata string with its whitespace collapsed, or None when blank or absent."""
    if not isinstance(value, str):
        return None
    return collapse(value) or None


# False while ``extract(..., metadata=False)`` runs: the reader wants the text only (the
# registry already has title and date), so the whole-text date search is skipped.
FIND_METADATA: ContextVar[bool] = ContextVar("find_metadata", default=True)
# The document's path inside the archive while ``extract(..., location=...)`` runs: archives
# file documents by date (2015/03/...), which dates a document whose text does not.
LOCATION: ContextVar[str | None] = ContextVar("location", default=None)


def finish(
    path: Path,
    text: str,
    fmt: str,
    *,
    title: str | None = None,
    date: datetime.date | None = None,
    source: str | None = None,
    encoding: str | None = None,
) -> Extracted:
    """Build the result, falling back for the title and the date.

    Title: the metadata title, else the first meaningful line, else the file name.
    Date: see ``_dated``; a file's modification time is never a date (copies all have the
    day they were copied).
    """
    if not text.strip():
        raise IngestError("empty", "no text")
    title = clean_meta(title) or title_from_text(text) or path.stem
    found, date_source = _dated(text, date)
    return Extracted(
        text=text,
        title=title,
        date=found,
        date_source=date_source,
        source=clean_meta(source),
        encoding=encoding,
        format=fmt,
    )


def _dated(text: str, metadata: datetime.date | None) -> tuple[str | None, str | None]:
    """(ISO date, where it came from): the file's metadata, a dateline near the start, the
    folders the archive files it under (sharpened by a date of the text inside that period),
    the latest date in the text; (None, None) undated."""
    if metadata is not None:
        return metadata.isoformat(), "metadata"
    if not FIND_METADATA.get():
        return None, None
    if (found := find_dateline(text)) is not None:
        return found.isoformat(), "dateline"
    location = LOCATION.get()
    if location and (filed := date_from_path(location)):
        # The folder says 2015 and the text 12 March 2015: the text's day is the sharper date.
        within = max((d for d in iter_dates(text) if d.isoformat().startswith(filed)), default=None)
        return (within.isoformat(), "text") if within else (filed, "path")
    if (found := find_latest_date(text)) is not None:
        return found.isoformat(), "text"
    return None, None
