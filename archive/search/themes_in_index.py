"""Which themes the index holds for each document, read from the theme field's postings.

Tags are written to the store first and to the index after (``refresh_themes``); a process
killed in between leaves the index behind. Each update compares this with the store.
"""

from __future__ import annotations

from whoosh.index import FileIndex


def indexed_themes(ix: FileIndex) -> dict[str, set[str]]:
    """doc_id -> theme ids in the index, for every live document that has any.

    Reads the theme terms' postings and the ``key`` column, never the stored fields.
    """
    found: dict[str, set[str]] = {}
    with ix.reader() as reader:
        if reader.doc_count() == 0:
            return found
        keys = reader.column_reader("key")
        for btext in reader.lexicon("theme"):
            theme = btext.decode("utf-8")
            for docnum in reader.postings("theme", btext).all_ids():  # deleted ones filtered
                found.setdefault(keys[docnum].split(":", 1)[0], set()).add(theme)
    return found
