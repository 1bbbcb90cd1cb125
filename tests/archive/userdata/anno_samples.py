"""Names and helpers shared by the annotation tests."""

from __future__ import annotations

from archive.types import DocumentRecord
from archive.userdata.store import Store

FACT_SHEET = "2013-us-morocco-partnership-fact-sheet.txt"
MEETING = "2021-rabat-nonproliferation-meeting.txt"

TEXT = (
    "The first paragraph speaks of trade and customs between the two countries.\n"
    "A second paragraph: Morocco hosts the GCTF coordination committee meeting in spring.\n"
    "The third paragraph is about migration policy and refugees in the region.\n"
)


def register(store: Store, path: str = "doc.txt", digest: str = "h1", doc_id: str | None = None) -> str:
    """Put one document in the registry (as a scan would); returns its id."""
    doc_id = doc_id or store.new_id()
    store.save_documents([DocumentRecord(doc_id, path, digest, 100, 0, title=path)], [])
    return doc_id
