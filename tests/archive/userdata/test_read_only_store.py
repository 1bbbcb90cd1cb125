"""An archive on read-only media that holds notes: they are shown, writes are refused, the
file is never changed (issue 13, part 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive import locations
from archive.errors import StoreReadOnly
from archive.library import Library
from archive.types import DocumentTag
from tests.archive.sample_docs import FACT_SHEET, MEETING


def test_notes_of_a_read_only_archive_are_shown_and_never_changed(sample_root, monkeypatch):
    with Library(sample_root) as library:
        library.update_index()
        meeting = next(record for record in library.documents() if record.path == MEETING)
        library.add_document_tag(DocumentTag.new(meeting.id, "security"))
    (sample_root / "late.txt").write_text("ملف جديد عن الزراعة", "utf-8")  # the registry must follow it
    store = sample_root / ".wathaiq" / "wathaiq.sqlite"
    before = store.read_bytes()
    state = sample_root / ".wathaiq"  # root ignores permission bits: say read-only as the code asks
    monkeypatch.setattr(locations.os, "access", lambda path, mode: Path(path) not in (sample_root, state))
    with Library(sample_root) as library:
        assert library.read_only
        library.update_index()
        assert [h.path for h in library.search("theme:security").hits] == [MEETING]
        assert [h.path for h in library.search("الزراعة").hits] == ["late.txt"]
        fact_sheet = next(record for record in library.documents() if record.path == FACT_SHEET)
        with pytest.raises(StoreReadOnly):
            library.add_document_tag(DocumentTag.new(fact_sheet.id, "trade"))
    assert store.read_bytes() == before
