"""Word documents (.docx), read with python-docx after a zip-bomb check."""

from __future__ import annotations

import datetime
import io
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from archive.ingest.base import (
    Deadline,
    Extracted,
    IngestError,
    finish,
    join_paragraphs,
    read_limited,
)
from archive.ingest.limits import (
    MAX_INFLATED_BYTES,
    MAX_RATIO,
    MAX_XML_BYTES,
    PIECE_BYTES,
    RATIO_FLOOR_BYTES,
)

# python-docx's own template carries these; a document created by python-docx without
# setting them would otherwise be dated 23 December 2013 and signed "python-docx".
_TEMPLATE_CREATED = datetime.datetime(2013, 12, 23, 23, 15, tzinfo=datetime.UTC)
_TEMPLATE_AUTHOR = "python-docx"


def check_zip(data: bytes, deadline: Deadline) -> None:
    """Refuse data that is not a zip ("corrupt") or that inflates too far ("too_large").

    The sizes a zip declares may lie: they are a quick no, and then every part is inflated
    once here, in pieces, counting the bytes it really gives (python-docx reads the same
    bytes with the same zipfile module afterwards).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            if sum(member.file_size for member in members) > MAX_INFLATED_BYTES:
                raise IngestError("too_large", f"declares more than {MAX_INFLATED_BYTES} bytes")
            total = xml = 0
            for member in members:
                # A declared compressed size cannot be larger than the package itself.
                compressed = max(1, min(member.compress_size, len(data)))
                inflated = _inflate(package, member, compressed, MAX_INFLATED_BYTES - total, deadline)
                total += inflated
                if member.filename.endswith((".xml", ".rels")):
                    xml += inflated
                if xml > MAX_XML_BYTES:
                    raise IngestError("too_large", f"XML parts inflate past {MAX_XML_BYTES} bytes")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, zlib.error, NotImplementedError) as exc:
        raise IngestError("corrupt", f"not a valid zip: {exc}") from exc


def _inflate(
    package: zipfile.ZipFile, member: zipfile.ZipInfo, compressed: int, room: int, deadline: Deadline
) -> int:
    """How many bytes ``member`` inflates to; IngestError past ``room`` or MAX_RATIO."""
    inflated = 0
    with package.open(member) as entry:
        while piece := entry.read(PIECE_BYTES):
            inflated += len(piece)
            if inflated > room:
                raise IngestError("too_large", f"inflates past {MAX_INFLATED_BYTES} bytes")
            if inflated > RATIO_FLOOR_BYTES and inflated / compressed > MAX_RATIO:
                raise IngestError("too_large", f"{member.filename} inflates {inflated / compressed:.0f} times")
            deadline.check()
    return inflated


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
    deadline = Deadline()
    check_zip(data, deadline)
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = []
        for block in _blocks(document):
            deadline.check()
            paragraphs.append(block)
        properties = document.core_properties
        title, author, created = properties.title, properties.author, properties.created
    except IngestError:
        raise
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
