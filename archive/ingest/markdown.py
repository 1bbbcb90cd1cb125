"""Markdown files (.md): shown as their source text, which is already readable."""

from __future__ import annotations

import re
from pathlib import Path

from archive.ingest.base import Extracted, finish
from archive.ingest.dates import parse_metadata_date
from archive.ingest.text import load_display_text
from archive.ingest.titles import title_from_text

# YAML ("---") or TOML ("+++") front matter at the very start of the file.
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n(?:\1|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Front matter closes within this many characters or is not front matter: the search for
# its end is then bounded.
MAX_FRONT_MATTER_CHARS = 64 * 1024
# The value is taken greedily and its trailing blanks stripped afterwards: a lazy value
# followed by "[ \t]*$" backtracked quadratically over a line of 150,000 spaces.
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)$", re.MULTILINE)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Top-level ``key: value`` fields of the front matter (lower-case keys), and the body.

    Only flat string fields are read: enough for title, date and author, without a YAML
    dependency.
    """
    head = text[:MAX_FRONT_MATTER_CHARS]
    match = _FRONT_MATTER.match(head)
    # A match that ends at the cut may be a longer line cut short ("---" of "----"): none.
    if not match or (match.end() == len(head) < len(text) and not head.endswith("\n")):
        return {}, text
    fields = {
        key.lower(): value.rstrip(" \t").strip("\"'")
        for key, value in _FIELD.findall(match.group(2))
        if value.strip(" \t")
    }
    return fields, text[match.end() :]


def read_markdown(path: Path, max_bytes: int) -> Extracted:
    """Read a .md file; title, date and author from its front matter when it has one."""
    text, encoding = load_display_text(path, max_bytes)
    fields, body = front_matter(text)
    return finish(
        path,
        text,
        "md",
        title=fields.get("title") or title_from_text(body, markdown=True),
        date=parse_metadata_date(fields.get("date", "")),
        source=fields.get("author") or fields.get("source"),
        encoding=encoding,
    )
