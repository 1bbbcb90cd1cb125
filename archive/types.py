"""The core's public data types: what the interface and the command line receive and send.

Plain frozen dataclasses and enums with no behaviour beyond their construction, importable
without Whoosh, SQLite or any document reader (the window imports them at start-up). The
rooms of the core build and consume them; ``archive.library.Library`` hands them out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from archive.errors import InvalidAnnotation
from archive.progress import CancelToken, Progress, ProgressCallback

__all__ = [
    "OVERVIEW_KEYS",
    "SORT_KEYS",
    "Acceptance",
    "Anchor",
    "AnchorState",
    "Annotation",
    "BackupSummary",
    "CancelToken",
    "Document",
    "DocumentRecord",
    "DocumentSuggestions",
    "DocumentTag",
    "Evidence",
    "Hit",
    "ImportReport",
    "IndexReport",
    "Kind",
    "ParagraphSuggestions",
    "Problem",
    "Progress",
    "ProgressCallback",
    "ReanchorReport",
    "SearchResults",
    "Skipped",
    "Suggestion",
    "Theme",
    "ThemeOverview",
    "ThemeOverviewRow",
    "Verdict",
    "utc_now",
]

# Characters of context kept on each side of a quoted passage (W3C TextQuoteSelector).
QUOTE_CONTEXT = 32
# The orders a search can come in: best first, or newest first.
SORT_KEYS = ("relevance", "date")
# The Years facet's key, and the ``year:`` value, of documents without a date.
UNDATED = "undated"
# What the theme overview counts by: a document's year or month, its folder, or itself.
OVERVIEW_KEYS = ("year", "month", "folder", "document")


def utc_now() -> str:
    """The current time as stored with user data: ISO 8601 in UTC, as W3C annotations write it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- documents ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """One registered document, as the store knows it."""

    id: str
    path: str
    hash: str
    size: int
    mtime_ns: int
    title: str = ""
    date: str | None = None
    date_source: str | None = None
    encoding: str | None = None
    format: str | None = None
    source: str | None = None
    missing: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """A document as the reader shows it: registry data and display text."""

    record: DocumentRecord
    text: str


# -- indexing -----------------------------------------------------------------------------


@dataclass(slots=True)
class Problem:
    """A file that could not be indexed, and why (an IngestError reason)."""

    path: str
    reason: str
    detail: str


@dataclass(slots=True)
class IndexReport:
    indexed: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0
    bytes_read: int = 0


# -- searching ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    doc_id: str
    path: str
    title: str
    date: str | None  # ISO 8601: a day, a month or a year (see DocumentRecord.date)
    score: float
    themes: list[str]
    snippet: str
    snippet_start: int  # offset of the snippet in the display text
    matches: list[tuple[int, int]]  # offsets into the display text


@dataclass(slots=True)
class SearchResults:
    """One page of a search: ``hits`` are the ranks ``offset`` .. ``offset + len(hits)``."""

    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # "theme"/"year" -> counts
    offset: int = 0


# -- annotations --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Anchor:
    """A passage: ``text[start:end] == exact`` in the text it was made on."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def at(cls, text: str, start: int, end: int) -> Anchor:
        """The anchor of ``text[start:end]``, with its quote and context."""
        if not 0 <= start < end <= len(text):
            raise InvalidAnnotation(f"span {start}-{end} outside a text of {len(text)} characters")
        return cls(
            start, end, text[start:end],
            text[max(0, start - QUOTE_CONTEXT) : start], text[end : end + QUOTE_CONTEXT],
        )


class Kind(StrEnum):
    HIGHLIGHT = "highlight"
    NOTE = "note"
    TAG = "tag"


class AnchorState(StrEnum):
    ANCHORED = "anchored"  # where the user made it
    REANCHORED = "reanchored"  # found again by its quote after the text changed
    ORPHANED = "orphaned"  # not found: kept with its old anchor, listed for the user


@dataclass(frozen=True, slots=True)
class Annotation:
    """A highlight, a note or a passage tag. ``position`` orders excerpts (None: last)."""

    id: str
    document_id: str
    kind: Kind
    anchor: Anchor
    theme_id: str | None = None
    body: str = ""
    anchor_state: AnchorState = AnchorState.ANCHORED
    created: str = ""
    modified: str = ""
    position: float | None = None

    @classmethod
    def new(
        cls, document_id: str, kind: Kind | str, anchor: Anchor, *, theme_id: str | None = None, body: str = ""
    ) -> Annotation:
        now = utc_now()
        return cls(
            str(uuid.uuid4()), document_id, Kind(kind), anchor, theme_id, body, created=now, modified=now
        )


@dataclass(frozen=True, slots=True)
class DocumentTag:
    """A theme on a whole document."""

    id: str
    document_id: str
    theme_id: str
    created: str

    @classmethod
    def new(cls, document_id: str, theme_id: str) -> DocumentTag:
        return cls(str(uuid.uuid4()), document_id, theme_id, utc_now())


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    kept: int = 0
    moved: int = 0
    orphaned: int = 0


@dataclass(frozen=True, slots=True)
class Skipped:
    """An item of an imported file that was not imported, and why."""

    index: int
    id: str | None
    reason: str


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orphaned: int = 0  # imported, but their passage was not found in the document
    themes_created: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup file holds: schema version and row counts of the user tables."""

    path: Path
    version: int
    counts: dict[str, int]


# -- themes and suggestions ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme as the user sees it now."""

    id: str
    label_ar: str
    label_en: str
    color: str
    builtin: bool = False
    hidden: bool = False
    merged_into: str | None = None
    position: int = 0

    def label(self, lang: str) -> str:
        return self.label_ar if lang == "ar" else self.label_en


@dataclass(frozen=True, slots=True)
class Evidence:
    """A lexicon entry (as written in the taxonomy) and where it matched: ``text[start:end]``."""

    term: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Suggestion:
    theme_id: str
    score: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class ParagraphSuggestions:
    """Suggestions for one line of the display text (``text[start:end]``, 0-based index)."""

    paragraph: int
    start: int
    end: int
    themes: tuple[Suggestion, ...]


@dataclass(frozen=True, slots=True)
class DocumentSuggestions:
    themes: tuple[Suggestion, ...]
    paragraphs: tuple[ParagraphSuggestions, ...]


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Acceptance:
    """What accepting a suggestion did, for undo."""

    document_id: str
    theme_id: str
    paragraph: int | None
    previous: Verdict | None
    tag: DocumentTag | None = None  # the document tag it created (None if one existed)
    annotation: Annotation | None = None  # the passage tag it created


# -- themes across the archive --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThemeOverviewRow:
    """One key (a year, a month, a folder or a document path; None: undated) and, per theme id,
    how many of its documents are tagged and how many coded passages (excerpts) it has;
    ``passage_ids`` are those excerpts' annotation ids, so that a cell can open them."""

    key: str | None
    documents: dict[str, int]
    passages: dict[str, int]
    passage_ids: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class ThemeOverview:
    """Themes across the archive: rows in key order, undated last; ``themes`` in the user's order."""

    by: str
    themes: tuple[str, ...]
    rows: tuple[ThemeOverviewRow, ...]
