"""A user's title and date for a document (issue 12, part 2): kept apart from the file,
which is never written, and winning over it everywhere the user sees a document."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from archive.errors import InvalidCorrection
from archive.export.model import ExportOptions
from archive.library import Library
from archive.types import UNDATED, Anchor, Annotation
from tests.internals import open_store

TEXT = "مذكرة عن التعاون الأمني\nنص بلا تاريخ عن التعاون"


@pytest.fixture
def library(tmp_path: Path):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "memo.txt").write_text(TEXT, "utf-8")
    (root / "other.txt").write_text("وثيقة أخرى عن التعاون\nالرباط 3 مارس 2020", "utf-8")
    with Library(root) as opened:
        opened.update_index()
        yield opened


def memo(library: Library):
    return next(r for r in library.documents() if r.path == "memo.txt")


def hit_of(library: Library, query: str = "التعاون"):
    return next(h for h in library.search(query).hits if h.path == "memo.txt")


def test_a_corrected_title_and_date_show_in_search_facets_and_order(library):
    before = hashlib.sha256((library.root / "memo.txt").read_bytes()).hexdigest()
    assert hit_of(library).date is None and library.search("التعاون").facets["year"][UNDATED] == 1
    record = library.correct(memo(library).id, title="Memo on security cooperation", date="2012-05")
    assert (record.title, record.date, record.date_source) == ("Memo on security cooperation", "2012-05", "user")
    hit = hit_of(library)
    assert (hit.title, hit.date) == ("Memo on security cooperation", "2012-05")
    assert library.search("التعاون").facets["year"] == {"2012": 1, "2020": 1}
    assert [h.path for h in library.search("year:2012").hits] == ["memo.txt"]
    assert [h.path for h in library.search("التعاون", sort="date").hits] == ["other.txt", "memo.txt"]
    assert [h.path for h in library.search("title:security").hits] == ["memo.txt"]  # the title is searchable
    assert hashlib.sha256((library.root / "memo.txt").read_bytes()).hexdigest() == before  # never written


def test_corrections_survive_reindexing_a_changed_file(library):
    library.correct(memo(library).id, date="2012-05-02")
    (library.root / "memo.txt").write_text(TEXT + "\nفقرة جديدة", "utf-8")
    library.update_index()
    assert hit_of(library).date == "2012-05-02"
    library.update_index(rebuild=True)
    assert hit_of(library).date == "2012-05-02"


def test_taking_a_correction_back_shows_the_files_own_again(library):
    doc_id = memo(library).id
    library.correct(doc_id, title="T", date="2012")
    library.correct(doc_id, title="", date="")
    record = memo(library)
    assert (record.title, record.date, record.date_source) == ("مذكرة عن التعاون الأمني", None, None)
    assert hit_of(library).date is None
    assert library.search("التعاون").facets["year"][UNDATED] == 1


@pytest.mark.parametrize("bad", ["2012-13", "2012-02-30", "12-05-2012", "soon", "1066"])
def test_an_impossible_date_is_refused_and_nothing_changes(library, bad):
    with pytest.raises(InvalidCorrection):
        library.correct(memo(library).id, date=bad)
    assert memo(library).date is None


def test_citations_of_an_export_carry_the_corrected_title_and_date(library):
    doc = memo(library)
    start = TEXT.index("التعاون")
    anchor = Anchor.at(TEXT, start, start + len("التعاون الأمني"))
    library.add_annotations([Annotation.new(doc.id, "highlight", anchor)])
    library.correct(doc.id, title="Memo", date="2012-05-02")
    model = library.export_model(ExportOptions())
    assert [(e.title, e.date) for e in model.excerpts] == [("Memo", "2012-05-02")]


def test_a_backup_carries_the_corrections(library, tmp_path):
    library.correct(memo(library).id, date="2012-05-02")
    library.backup(tmp_path / "backup.sqlite")
    library.correct(memo(library).id, date="")
    library.restore(tmp_path / "backup.sqlite")
    assert memo(library).date == "2012-05-02"
    assert hit_of(library).date == "2012-05-02"


def test_a_correction_whose_index_rewrite_was_killed_is_caught_up_by_the_next_run(library):
    # As a process killed between the store's commit and the index's: only the store has it.
    store = open_store(library)
    try:
        store.correct(memo(library).id, "date", "2011-09", "2026-12-04T00:00:00Z")
    finally:
        store.close()
    assert hit_of(library).date is None
    library.update_index()
    assert hit_of(library).date == "2011-09"
