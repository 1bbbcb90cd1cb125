"""Text helpers shared by every export writer: citations, direction runs, labels.

Paragraph direction is not decided here: writers take it from ``archive.text.direction``,
the rule the reader follows too.

Citations come in two forms. ``citation(..., isolate=False)`` is the raw string that data
formats (CSV, JSON) carry. Formats that render text (HTML, Markdown, DOCX, PDF) use
``isolate=True``: the title is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE,
and in Arabic the date, path and paragraph number in LEFT-TO-RIGHT ISOLATE ... PDI. Without
them the bidi algorithm garbles ``2013-us-morocco.txt`` inside Arabic (the leading digits
join the Arabic run), and a date after an Arabic title turns into Arabic numbers (rule W2).
"""

from __future__ import annotations

import unicodedata

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
# Bidi controls and other invisible format characters: never worth a glyph in a PDF.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

LABELS = {
    "en": {
        "excerpts": "Excerpts",
        "themes": "Themes",
        "notes": "Notes",
        "no_theme": "No theme",
        "paragraph": "paragraph",
        "undated": "undated",
        "separator": ", ",
    },
    "ar": {
        "excerpts": "مقتطفات",
        "themes": "المواضيع",
        "notes": "ملاحظات",
        "no_theme": "بلا موضوع",
        "paragraph": "الفقرة",
        "undated": "دون تاريخ",
        "separator": "، ",
    },
}


def labels(lang: str) -> dict[str, str]:
    """The fixed words of an export in ``lang`` (English for anything but Arabic)."""
    return LABELS["ar" if lang == "ar" else "en"]


def citation(
    title: str, date: str | None, path: str, paragraph: int | None, lang: str, *, isolate: bool
) -> str:
    """``“Title”, 2013-11-21, path/to/doc.txt, paragraph 3`` or its Arabic form; a document
    without a date says so (``undated``) rather than leaving a reader to guess."""
    words = labels(lang)
    arabic = lang == "ar"

    def ltr(text: str) -> str:  # paths and numbers stay left to right inside Arabic
        return f"{LRI}{text}{PDI}" if isolate and arabic else text

    shown_title = f"{FSI}{title}{PDI}" if isolate else title
    parts = [f"«{shown_title}»" if arabic else f"“{shown_title}”"]
    parts.append(ltr(date) if date else words["undated"])
    parts.append(ltr(path))
    if paragraph is not None:
        parts.append(f"{words['paragraph']} {ltr(str(paragraph))}")
    return words["separator"].join(parts)


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of an excerpt or note, each rendered as its own paragraph."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def direction_runs(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into (segment, right_to_left) runs for formats that mark runs (DOCX).

    Arabic letters and Arabic digits make right-to-left runs; Latin letters and European
    digits left-to-right ones; neutrals and marks join the run they follow (or the first
    strong one, at the start), so that Latin words and numbers never sit in an RTL run.
    """
    runs: list[list] = []
    pending = ""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL", "AN"):
            rtl: bool | None = True
        elif kind in ("L", "EN"):
            rtl = False
        else:
            rtl = None
        if rtl is None or (runs and runs[-1][1] == rtl):
            if runs:
                runs[-1][0] += ch
            else:
                pending += ch
            continue
        runs.append([pending + ch, rtl])
        pending = ""
    if pending:  # no strong character at all
        runs.append([pending, False])
    return [(segment, rtl) for segment, rtl in runs]


def join_labels(items: list[str], lang: str) -> str:
    return labels(lang)["separator"].join(items)
