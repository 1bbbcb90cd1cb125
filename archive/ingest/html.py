"""HTML files (.html, .htm): shown as text.

Nothing runs and nothing is fetched: the markup is only parsed (html.parser) and its text
read. Scripts, styles and embedded documents are dropped with everything they contain.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

from archive.ingest.base import (
    Extracted,
    IngestError,
    clean_meta,
    collapse,
    finish,
    join_paragraphs,
    read_limited,
)
from archive.ingest.dates import parse_metadata_date
from archive.ingest.encoding import canonical_name, decode_bytes
from archive.ingest.limits import MAX_HTML_TAGS

# Skipped with everything inside. Not <head> itself: html.parser nests the whole body in
# a <head> left unclosed; its text-bearing children (title, style, script) are named here.
_DROPPED = frozenset(
    {"script", "style", "noscript", "template", "iframe", "svg", "math", "object", "embed", "title", "meta", "link",
     "base"}
)
_HIDDEN_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
# Stack markers for the end of a block element (a line break) and of a <pre>.
_END_BLOCK = object()
_END_PRE = object()
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "fieldset", "figcaption",
     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
     "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
)
_DATE_METAS = ("article:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date")
_SOURCE_METAS = ("author", "og:site_name")
# Looked for in the first bytes only, as browsers do.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# What may open an element, a comment or a declaration (not a closing tag): counted before
# parsing, since each becomes an object of the tree.
_TAG_START = re.compile(r"<[A-Za-z!?]")
# Marks a line break while the text is assembled; removed from the source text first.
_BREAK = "\ue000"


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode an HTML file, honouring its <meta charset> declaration.

    A byte order mark beats the declaration, as in browsers. So does valid UTF-8: pages
    are often re-saved as UTF-8 with their old declaration kept, and single-byte text
    practically never passes as UTF-8 by accident.
    """
    declared = _META_CHARSET.search(data[:_SNIFF_BYTES])
    name = canonical_name(declared.group(1).decode("ascii")) if declared else None
    if name and not data.startswith(_BOMS) and b"\x00" not in data:
        try:
            data.decode("utf_8")
        except UnicodeDecodeError:
            return data.decode(name, "replace"), name
    return decode_bytes(data)


def _meta(soup: BeautifulSoup, names: tuple[str, ...]) -> str | None:
    """The content of the first <meta name=...> or <meta property=...> among ``names``."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        name = tag.get("name") or tag.get("property")
        key = name.strip().lower() if isinstance(name, str) else ""
        content = clean_meta(tag.get("content"))
        if key in names and content and key not in found:
            found[key] = content
    return next((found[name] for name in names if name in found), None)


def _date(soup: BeautifulSoup) -> datetime.date | None:
    if (value := _meta(soup, _DATE_METAS)) and (found := parse_metadata_date(value)):
        return found
    for tag in soup.find_all("time"):
        if found := parse_metadata_date(tag.get("datetime")):
            return found
    return None


def _title(soup: BeautifulSoup) -> str | None:
    for name in ("title", "h1"):
        tag = soup.find(name)
        if tag and (text := collapse(tag.get_text(" "))):
            return text
    return None


def _body_text(soup: BeautifulSoup) -> str:
    """The visible text, one block a line.

    One iterative walk: no recursion on deeply nested pages, and no tree edits, which
    cost bs4 time in proportion to the document for each edit.
    """
    parts: list[str] = []
    pre_depth = 0
    stack: list[PageElement | object] = [soup]
    while stack:
        node = stack.pop()
        if node is _END_PRE:
            pre_depth -= 1
        if node is _END_BLOCK or node is _END_PRE:
            parts.append(_BREAK)
        elif isinstance(node, NavigableString):
            if not isinstance(node, _HIDDEN_STRINGS):
                # Inside <pre> the author's line breaks are the text's line breaks.
                parts.append(node.replace("\n", _BREAK) if pre_depth else node)
        elif isinstance(node, Tag) and node.name not in _DROPPED:
            if node.name == "br":
                parts.append(_BREAK)
                continue
            if node.name == "pre":
                pre_depth += 1
            if node.name in _BLOCKS:
                parts.append(_BREAK)
                stack.append(_END_PRE if node.name == "pre" else _END_BLOCK)
            stack.extend(reversed(node.contents))
    return join_paragraphs("".join(parts).split(_BREAK))


def read_html(path: Path, max_bytes: int) -> Extracted:
    """Read an .html/.htm file: visible text, title, date and source from the markup."""
    source_text, encoding = decode_html(read_limited(path, max_bytes))
    tags = sum(1 for _ in _TAG_START.finditer(source_text))
    if tags > MAX_HTML_TAGS:
        raise IngestError("too_large", f"{tags} tags, limit {MAX_HTML_TAGS}")
    soup = BeautifulSoup(source_text.replace(_BREAK, ""), "html.parser")
    title, date, source = _title(soup), _date(soup), _meta(soup, _SOURCE_METAS)
    return finish(
        path, _body_text(soup), "html", title=title, date=date, source=source, encoding=encoding
    )
