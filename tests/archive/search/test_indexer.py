"""Incremental indexing: new, changed, moved and deleted files; damaged indexes; bad files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive.errors import Cancelled
from archive.library import Library
from archive.progress import CancelToken, Progress
from archive.search import index as index_module
from archive.search import indexer as indexer_module
from archive.search import term_arrays
from archive.search.indexer import merge_small_segments
from archive.userdata.store import Store
from tests.archive.sample_docs import FACT_SHEET, MEETING
from tests.internals import whoosh_index


def doc_id(library: Library, path: str) -> str:
    return library.document(path).record.id


def test_first_run_indexes_every_document(sample_root):
    with Library(sample_root) as library:
        report = library.update_index()
        assert report.indexed == 2 and library.document_count == 2
        assert not report.problems


def test_unchanged_archive_reads_nothing(indexed):
    report = indexed.update_index()
    assert (report.indexed, report.removed, report.unchanged) == (0, 0, 2)


def test_new_file_is_indexed(indexed, sample_root):
    (sample_root / "sub").mkdir()
    (sample_root / "sub" / "new.txt").write_text("تقرير عن الطاقة الشمسية", "utf-8")
    assert indexed.update_index().indexed == 1
    assert [h.path for h in indexed.search("الشمسية").hits] == ["sub/new.txt"]


def test_changed_file_keeps_its_identity(indexed, sample_root):
    before = doc_id(indexed, MEETING)
    path = sample_root / MEETING
    path.write_text(path.read_text("utf-8") + "\nفقرة جديدة عن الطاقة الشمسية", "utf-8")
    assert indexed.update_index().indexed == 1
    assert doc_id(indexed, MEETING) == before
    assert [h.path for h in indexed.search("الشمسية").hits] == [MEETING]


def test_moved_file_keeps_its_identity(indexed, sample_root):
    before = doc_id(indexed, MEETING)
    (sample_root / "moved").mkdir()
    os.rename(sample_root / MEETING, sample_root / "moved" / "meeting.txt")
    indexed.update_index()
    assert doc_id(indexed, "moved/meeting.txt") == before
    assert [h.path for h in indexed.search("DGSN").hits] == ["moved/meeting.txt"]


def test_deleted_file_leaves_the_results_but_not_the_registry(indexed, sample_root):
    before = doc_id(indexed, MEETING)
    (sample_root / MEETING).unlink()
    assert indexed.update_index().removed == 1
    assert indexed.search("DGSN").hits == []
    assert indexed.record(before).missing  # its identity waits for the file


def test_touched_but_unchanged_file_is_not_reindexed(indexed, sample_root):
    os.utime(sample_root / FACT_SHEET, (1, 1))
    assert indexed.update_index().indexed == 0


def test_bad_files_are_reported_and_skipped(indexed, sample_root):
    (sample_root / "empty.txt").write_bytes(b"")
    (sample_root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (sample_root / "good.txt").write_text("نص سليم عن الشراكة", "utf-8")
    report = indexed.update_index()
    assert {p.path for p in report.problems} == {"empty.txt", "binary.txt"}
    assert report.indexed == 1


def test_damaged_index_is_rebuilt(sample_root):
    with Library(sample_root) as library:
        library.update_index()
        index_dir = library.index_dir
    for segment in index_dir.glob("*.seg"):
        segment.write_bytes(b"garbage")
    for toc in index_dir.glob("*.toc"):
        toc.write_bytes(b"\0" * 10)
    with Library(sample_root) as library:
        assert library.index_was_created
        library.update_index()
        assert [h.path for h in library.search("DGSN").hits] == [MEETING]


def test_index_of_another_analyzer_version_is_rebuilt(sample_root, monkeypatch):
    with Library(sample_root) as library:
        library.update_index()
    monkeypatch.setattr(index_module, "ANALYZER_VERSION", "older")
    with Library(sample_root) as library:
        assert library.index_was_created


def test_index_lost_after_registry_write_is_repaired(indexed):
    """A process killed after the registry was written but before the index committed."""
    with whoosh_index(indexed).writer() as writer:
        writer.delete_by_term("doc_id", doc_id(indexed, MEETING))
    assert indexed.search("DGSN").hits == []
    assert indexed.update_index().indexed == 1
    assert [h.path for h in indexed.search("DGSN").hits] == [MEETING]


def test_cancel_commits_what_is_done(tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(30):
        (root / f"d{i:02d}.txt").write_text(f"وثيقة رقم {i} عن التعاون", "utf-8")
    cancel = CancelToken()
    seen: list[Progress] = []

    def progress(p):
        if p.phase == "index":
            seen.append(p.done)
            if p.done == 10:
                cancel.cancel()

    with Library(root) as library:
        report = library.update_index(progress=progress, cancel=cancel)
        assert report.cancelled and report.indexed == 10
        assert library.document_count == 10
        assert library.update_index().indexed == 20


def test_rebuild_keeps_identities(indexed):
    before = doc_id(indexed, FACT_SHEET)
    report = indexed.update_index(rebuild=True)
    assert report.indexed == 2 and doc_id(indexed, FACT_SHEET) == before


def test_read_only_archive_keeps_its_state_elsewhere(tmp_path, sample_root, monkeypatch):
    from archive import locations

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # Root ignores permission bits, so say "read-only" the way the code asks.
    monkeypatch.setattr(locations.os, "access", lambda path, mode: Path(path) != sample_root)
    with Library(sample_root) as library:
        library.update_index()
        assert [h.path for h in library.search("DGSN").hits] == [MEETING]
        assert not (sample_root / ".wathaiq").exists()
        assert tmp_path / "data" in library.state_dir.parents


def test_hostile_folder_indexes_with_problems(indexed, sample_root):
    """Undecodable names, link loops, deep folders: a list of problems, no crash."""
    (sample_root / os.fsdecode(b"bad-\xff-name.txt")).write_text("نص", "utf-8")
    (sample_root / "loop").symlink_to(sample_root)  # a link back up: never followed
    deep = sample_root.joinpath(*[f"d{i}" for i in range(40)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("وثيقة في مجلد عميق جدا", "utf-8")
    (sample_root / "عربي ملف.txt").write_text("ملف باسم عربي عن الفلاحة", "utf-8")
    report = indexed.update_index()
    assert report.indexed == 2
    assert [p.path for p in report.problems] == ["bad-\ufffd-name.txt"]
    assert indexed.search("عميق").hits[0].path.endswith("d39/deep.txt")
    assert [h.path for h in indexed.search("الفلاحة").hits] == ["عربي ملف.txt"]


def test_small_updates_merge_small_segments(tmp_path):
    root = tmp_path / "growing"
    root.mkdir()
    with Library(root) as library:
        for i in range(12):
            (root / f"d{i:02d}.txt").write_text(f"وثيقة رقم {i} عن التعاون", "utf-8")
            library.update_index(procs=2)  # small runs use one writer, which merges
        assert len(whoosh_index(library)._segments()) <= 3
        assert library.search("التعاون").total == 12


def _index_with_small_segments(root: Path) -> Library:
    """An archive whose index is one segment of 20 documents and three of 2."""
    root.mkdir()
    for i in range(20):
        (root / f"d{i:02d}.txt").write_text(f"وثيقة رقم {i} عن التعاون", "utf-8")
    library = Library(root)
    library.update_index()
    for batch in range(3):
        writer = whoosh_index(library).writer()
        for i in range(2):
            name = f"extra-{batch}-{i}"
            writer.add_document(doc_id=name, path=name, content="ملحق عن التعاون")
        writer.commit(merge=False)  # as a bulk run's commits leave them
    return library


def test_bulk_indexing_leaves_small_segments_merged(tmp_path):
    with _index_with_small_segments(tmp_path / "segments") as library:
        assert len(whoosh_index(library)._segments()) == 4
        phases: list[Progress] = []
        merged = merge_small_segments(whoosh_index(library), progress=phases.append)
        assert merged == 3 and len(whoosh_index(library)._segments()) == 2
        assert [p.phase for p in phases] == ["merge"] * 3
        assert library.search("التعاون").total == 26
        assert library.search("ملحق").total == 6


def test_cancelled_merge_leaves_the_index_as_it_was(tmp_path):
    with _index_with_small_segments(tmp_path / "segments") as library:
        cancel = CancelToken()
        cancel.cancel()
        with pytest.raises(Cancelled):
            merge_small_segments(whoosh_index(library), cancel=cancel)
        assert len(whoosh_index(library)._segments()) == 4
        assert library.search("التعاون").total == 26
        with whoosh_index(library).writer() as writer:  # the write lock was released
            writer.add_document(doc_id="after", content="بعد الدمج")


def _arrays_files(library: Library) -> tuple[set[str], set[str]]:
    """The term arrays files in the index folder, and those of the current segments."""
    present = {p.name for p in Path(whoosh_index(library).storage.folder).glob("*" + term_arrays.SUFFIX)}
    return present, {seg.make_filename(term_arrays.SUFFIX) for seg in whoosh_index(library)._segments()}


def test_a_run_prepares_the_term_arrays_a_killed_one_left_out(indexed):
    present, expected = _arrays_files(indexed)
    assert present == expected and expected
    folder = Path(whoosh_index(indexed).storage.folder)
    for name in present:
        (folder / name).unlink()
    partial = folder / ".MAIN_killed-1a2b3c4d.wqa-partial"  # as a killed write leaves it
    partial.write_bytes(b"WQA1")
    phases: list[Progress] = []
    indexed.update_index(progress=phases.append)  # nothing to index
    assert "prepare" in [p.phase for p in phases]
    assert _arrays_files(indexed)[0] == expected and not partial.exists()


def test_merged_segments_lose_their_term_arrays(tmp_path):
    with _index_with_small_segments(tmp_path / "segments") as library:
        present, expected = _arrays_files(library)
        assert len(present) == 1 and len(expected) == 4  # the extra commits were not runs
        cancelled = CancelToken()
        cancelled.cancel()
        with pytest.raises(Cancelled):
            term_arrays.write_missing(whoosh_index(library), cancel=cancelled)
        assert _arrays_files(library)[0] == present
        assert term_arrays.write_missing(whoosh_index(library)) == 3
        merge_small_segments(whoosh_index(library))
        assert term_arrays.write_missing(whoosh_index(library)) == 1  # the merged segment's
        present, expected = _arrays_files(library)
        assert present == expected and len(expected) == 2
        assert library.search("ملحق").total == 6


def test_an_unchanged_archive_is_checked_without_reading_the_index_keys(indexed, monkeypatch):
    indexed.update_index()  # leaves the marker of a completed run

    def unexpected(ix):
        raise AssertionError("read every key of an index known to match the registry")

    monkeypatch.setattr(indexer_module, "indexed_keys", unexpected)
    assert indexed.update_index().unchanged == 2


def test_a_run_killed_after_its_registry_write_is_repaired_by_the_next(indexed, sample_root, monkeypatch):
    (sample_root / "new.txt").write_text("تقرير عن الطاقة الشمسية", "utf-8")
    write = Store.save_documents

    def write_then_die(self, records, missing_ids):
        write(self, records, missing_ids)
        if records:
            raise KeyboardInterrupt  # killed between the registry write and the index commit

    monkeypatch.setattr(Store, "save_documents", write_then_die)
    with pytest.raises(KeyboardInterrupt):
        indexed.update_index()
    monkeypatch.undo()
    assert indexed.search("الشمسية").hits == []
    assert indexed.update_index().indexed == 1
    assert [h.path for h in indexed.search("الشمسية").hits] == ["new.txt"]


@pytest.mark.parametrize(
    ("title", "text", "ranked"),
    [
        ("تقرير الأمن", "تقرير الأمن\n\nنص التقرير", True),  # a line of its own
        ("تقرير الأمن", "تقرير الأمن", True),
        ("عنوان من البيانات الوصفية", "نص لا يذكره", True),  # metadata
        ("بداية فقرة طويلة…", "بداية فقرة طويلة جدا تستمر بعد ذلك", False),  # cut
        ("جملة أولى.", "جملة أولى. ثم جملة ثانية في السطر نفسه", False),  # first sentence
    ],
)
def test_only_a_heading_is_ranked_as_a_title(title, text, ranked):
    assert indexer_module.heading(title, text) == (title if ranked else "")


def test_a_paragraph_start_is_shown_as_the_title_but_not_ranked_as_one(tmp_path):
    root = tmp_path / "passages"
    root.mkdir()
    paragraph = "الطاقة الشمسية " + "مصدر نظيف ومتجدد للكهرباء في المناطق الصحراوية " * 4
    (root / "passage.txt").write_text(paragraph, "utf-8")
    with Library(root) as library:
        library.update_index()
        hit = library.search("الشمسية").hits[0]
        assert hit.title.startswith("الطاقة الشمسية") and hit.title.endswith("…")
        assert library.search("title:الشمسية").hits == []
        library.refresh_themes([hit.doc_id])  # a tag change rewrites the entry: the same again
        assert library.search("الشمسية").hits[0].title == hit.title
        assert library.search("title:الشمسية").hits == []
