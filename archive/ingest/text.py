"""Plain text files (.txt)."""

from __future__ import annotations

from pathlib import Path

from archive.ingest.base import Extracted, finish, read_limited
from archive.ingest.encoding import decode_bytes, decode_large
from archive.ingest.limits import MAX_FILE_BYTES, MAX_LINE_BYTES


def load_display_text(path: Path, max_bytes: int) -> tuple[str, str]:
    """The display text of a text file and its encoding.

    Display text: the decoded file with CRLF and lone CR turned into "\\n" and a leading
    byte order mark dropped; nothing else changes, since every offset in the app counts
    in this text. A file larger than the formats parsed whole have as their limit is
    judged on its first piece only (``decode_large``).
    """
    data = read_limited(path, max_bytes, max_line=MAX_LINE_BYTES)
    decode = decode_large if len(data) > MAX_FILE_BYTES else decode_bytes
    raw, encoding = decode(data)  # drops the mark itself
    return raw.replace("\r\n", "\n").replace("\r", "\n"), encoding


def read_text(path: Path, max_bytes: int) -> Extracted:
    """Read a .txt file: title and date come from the text itself."""
    text, encoding = load_display_text(path, max_bytes)
    return finish(path, text, "txt", encoding=encoding)
