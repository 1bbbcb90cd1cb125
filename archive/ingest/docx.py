"""Word documents (.docx), read with python-docx after a zip-bomb check."""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from archive.ingest.base import (
    Extracted,
    IngestError,
    finish,
    join_paragraphs,
    read_limited,
)

# A .docx is a zip: its declared sizes are checked before anything is inflated. zipfile
# never inflates a member past its declared size, so the declared sizes are a safe bound.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
# Members smaller than this are not judged by their ratio: small repetitive XML parts
# compress far more than 100:1 and are harmless.
RATIO_FLOOR_BYTES = 1024 * 1024

# python-docx's own template carries these; a document created by python-docx without
# setting them would otherwise be dated 23 December 2013 and signed "python-docx".
_TEMPLATE_CREATED = datetime.datetime(2013, 12, 23, 23, 15, tzinfo=datetime.UTC)
_TEMPLATE_AUTHOR = "python-docx"


def check_zip(data: bytes) -> None:
    """Refuse data that is not a zip ("corrupt") or that would inflate too far ("too_large")."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as library:
            members = library.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise IngestError("corrupt", f"not a valid zip: {exc}") from exc
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise IngestError("too_large", f"declares {total} uncompressed bytes")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise IngestError("too_large", f"{member.filename} inflates {ratio:.0f} times")


def _blocks(container) -> Iterator[str]:
    """Paragraph texts of a body or a table cell, in document order, tables cell by cell."""
    for item in container.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item.text
        elif isinstance(item, Table):
            # A merged cell comes back once for every grid cell it spans: read it once.
            seen = set()
            for row in item.rows:
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.add(cell._tc)
                        yield from _blocks(cell)


def read_docx(path: Path, max_bytes: int) -> Extracted:
    """Read a .docx file: paragraphs and table cells one a line; core properties as metadata."""
    data = read_limited(path, max_bytes)
    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_blocks(document))
        properties = document.core_properties
        title, author, created = properties.title, properties.author, properties.created
    except Exception as exc:  # python-docx and lxml raise many types on a damaged package
        raise IngestError("corrupt", f"{type(exc).__name__}: {exc}") from exc
    if created == _TEMPLATE_CREATED:
        created = None
        author = None if author == _TEMPLATE_AUTHOR else author
    return finish(
        path,
        join_paragraphs(paragraphs),
        "docx",
        title=title,
        date=created.date() if created else None,
        source=author,
        encoding=None,
    )
