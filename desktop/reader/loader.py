"""Preparing a document for the reader, on a worker thread.

Everything that costs time in proportion to the document's size happens here, off the UI
thread: reading and decoding the file (the core), folding presentation forms, deciding each
paragraph's direction, finding the hits and converting their offsets to Qt positions. The UI
thread then only hands the prepared text to Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from archive.text.direction import Paragraphs, paragraph_directions
from archive.text.display import OffsetMap, one_line

if TYPE_CHECKING:
    from archive.library import Library

Spans = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document ready for the reader: shown text, directions and hits in Qt positions."""

    path: str
    doc_id: str
    title: str
    date: str | None
    encoding: str | None
    format: str | None
    text: OffsetMap
    paragraphs: Paragraphs
    query: str = ""
    hits: Spans = field(default_factory=list)  # Qt positions, in document order
    date_source: str | None = None  # "metadata" | "dateline" | "path" | "text"; None: undated


def prepare_document(
    library: Library, path: str, query: str = "", matches: Spans | None = None
) -> PreparedDocument:
    """Load ``path`` and find the hits of ``query`` (unless ``matches`` already gives them)."""
    document = library.document(path)
    record = document.record
    text = OffsetMap(document.text)
    if matches is None:
        matches = query_matches(library, document.text, query)
    return PreparedDocument(
        path=record.path,
        doc_id=record.id,
        title=one_line(record.title) or record.path,
        date=record.date,
        date_source=record.date_source,
        encoding=record.encoding,
        format=record.format,
        text=text,
        paragraphs=paragraph_directions(text.shown),
        query=query,
        hits=qt_spans(text, matches),
    )


def qt_spans(text: OffsetMap, matches: Spans) -> Spans:
    """Matches (offsets of the display text) as the reader's hits: Qt positions, in order,
    overlaps merged."""
    return text.spans_to_qt(merge_spans(sorted(matches)))


def query_hits(library: Library, text: OffsetMap, query: str) -> Spans:
    """The reader's hits of ``query`` in a document already shown (its query changed)."""
    return qt_spans(text, query_matches(library, text.source, query))


def query_matches(library: Library, text: str, query: str) -> Spans:
    """Offsets of the words a search query matches; none for an empty or broken query."""
    from archive.errors import QuerySyntaxError

    if not query.strip():
        return []
    try:
        return library.matches(text, query)
    except QuerySyntaxError:
        return []


def find_in_text(library: Library, text: OffsetMap, needle: str) -> Spans:
    """Find-in-document: the query's word matches (every spelling variant the analyzer
    knows) together with the literal, case-insensitive occurrences of what was typed (so
    part of a word is found too). Returns Qt positions, sorted, without overlaps."""
    needle = needle.strip()
    if not needle:
        return []
    spans = set(query_matches(library, text.source, needle))
    literal = re.compile(re.escape(needle), re.IGNORECASE)
    spans.update(m.span() for m in literal.finditer(text.source))
    return qt_spans(text, list(spans))


def merge_spans(spans: Spans) -> Spans:
    merged: Spans = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
