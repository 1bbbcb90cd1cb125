"""PDF files (.pdf): the text layer, read with pypdf.

pypdf gives the text line by line as laid out on the page; lines are joined back into
paragraphs. Arabic often comes out as presentation forms (the shaped glyphs), which are
folded back to base letters (``archive.text.forms``) so that search finds them. Some PDFs
store Arabic in visual order; nothing tells reliably which ones, so the order is left as
extracted.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

from pypdf import PasswordType, PdfReader

from archive.ingest.base import (
    Deadline,
    Extracted,
    IngestError,
    finish,
    join_paragraphs,
    read_limited,
)
from archive.ingest.dates import parse_metadata_date
from archive.ingest.limits import MAX_PDF_PAGES
from archive.text.forms import fold_forms

# A line shorter than this share of the page's longest line ends its paragraph: the text
# stopped before the margin.
WRAPPED_LINE_SHARE = 0.8
_PARAGRAPH_END = (".", "!", "?", ":", "؟", "۔", "…")


def page_paragraphs(page_text: str) -> list[str]:
    """Join a page's wrapped lines into paragraphs.

    A paragraph ends at a blank line, at a line that stops short of the longest line, or
    at a line ending with closing punctuation.
    """
    lines = [" ".join(line.split()) for line in page_text.split("\n")]
    full = WRAPPED_LINE_SHARE * max(map(len, lines), default=0)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        if current and (not line or len(line) < full or line.endswith(_PARAGRAPH_END)):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _open(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data))
    # Many PDFs are encrypted with an empty user password only to restrict printing or
    # copying; any viewer opens them, and so do we.
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise IngestError("corrupt", "encrypted with a password")
    return reader


def check_page_count(reader: PdfReader) -> None:
    """Refuse ("too_large") a page tree of more than MAX_PDF_PAGES pages, before pypdf
    lists them: a tree may name one subtree many times (90,000 pages in 8 kB), or itself.

    The walk stops at the limit, so it costs at most a few times MAX_PDF_PAGES steps.
    """
    pages = steps = 0
    stack = [reader.root_object["/Pages"]]
    while stack:
        node = stack.pop().get_object()
        kids = node.get("/Kids") if isinstance(node, Mapping) else None
        if kids is None:
            pages += 1
        else:
            stack.extend(kids.get_object())
        steps += 1
        if pages > MAX_PDF_PAGES or steps > 4 * MAX_PDF_PAGES:
            raise IngestError("too_large", f"more than {MAX_PDF_PAGES} pages")


def read_pdf(path: Path, max_bytes: int) -> Extracted:
    """Read a .pdf file: its text layer, one paragraph a line, and its document info."""
    data = read_limited(path, max_bytes)
    deadline = Deadline()
    try:
        reader = _open(data)
        check_page_count(reader)
        pages = list(reader.pages)
        info: Mapping[str, object] = reader.metadata or {}
        title, author, created = info.get("/Title"), info.get("/Author"), info.get("/CreationDate")
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise IngestError("corrupt", f"{type(exc).__name__}: {exc}") from exc
    paragraphs: list[str] = []
    failed = 0
    for page in pages:
        deadline.check()
        try:
            page_text = page.extract_text()
        except Exception:  # one broken page (a bad font, a bad stream) spoils only itself
            failed += 1
            continue
        paragraphs.extend(page_paragraphs(fold_forms(page_text)))
    if pages and failed == len(pages):
        raise IngestError("corrupt", "no page could be read")
    text = join_paragraphs(paragraphs)
    if not text:
        raise IngestError("empty", "no text layer")
    return finish(
        path,
        text,
        "pdf",
        title=fold_forms(title) if isinstance(title, str) else None,
        date=parse_metadata_date(created),
        source=author if isinstance(author, str) else None,
    )
