"""Text to paste into a briefing: a passage with its citation, or a document's citation.

The citation is the excerpt exports' (``archive.export.text.citation``: title, date, path and
paragraph, in the interface language, with bidi isolates so a path or a date keeps its order
inside Arabic); the paragraph is counted as the exports count it.
"""

from __future__ import annotations

from archive.export.text import citation
from desktop.reader.loader import PreparedDocument


def document_citation(title: str, date: str | None, path: str, lang: str) -> str:
    return citation(title, date, path, None, lang, isolate=True)


def passage_with_citation(prepared: PreparedDocument, qt_start: int, qt_end: int, lang: str) -> str:
    """The passage between two Qt positions of the reader, then its citation on a line of its own."""
    text = prepared.text
    quote = text.shown_between(qt_start, qt_end)
    start = text.to_source(min(qt_start, qt_end))
    paragraph = text.source.count("\n", 0, start) + 1
    return f"{quote}\n{citation(prepared.title, prepared.date, prepared.path, paragraph, lang, isolate=True)}"
