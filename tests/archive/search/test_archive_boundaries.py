"""Only the archive's own files are indexed, and a finished run agrees with the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive.library import Library
from archive.progress import Progress
from archive.search import indexer, scan


def paths(library: Library, query: str) -> list[str]:
    return sorted(hit.path for hit in library.search(query).hits)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "reports").mkdir(parents=True)
    (root / "reports" / "a.txt").write_text("تقرير عن التعاون الجمركي", "utf-8")
    return root


def test_links_out_of_the_archive_are_listed_not_followed(archive, tmp_path):
    outside = tmp_path / "someone-else"
    outside.mkdir()
    (outside / "secret.txt").write_text("كلمة السر المخفية", "utf-8")
    (archive / "passwd.txt").symlink_to(outside / "secret.txt")
    (archive / "others").symlink_to(outside)
    (archive / "photo.jpg").symlink_to(outside / "secret.txt")  # not a document: not listed
    with Library(archive) as library:
        report = library.update_index()
        assert paths(library, "المخفية") == []
    assert sorted((p.path, p.reason) for p in report.problems) == [
        ("others", "outside_archive"), ("passwd.txt", "outside_archive"),
    ]


def test_links_inside_the_archive_are_followed_once(archive):
    (archive / "latest.txt").symlink_to(archive / "reports" / "a.txt")
    (archive / "shortcut").symlink_to(archive / "reports")  # its target is walked where it is
    (archive / "reports" / "up").symlink_to(archive)  # a loop, never entered
    (archive / "gone.txt").symlink_to(archive / "nothing.txt")
    with Library(archive) as library:
        report = library.update_index()
        assert paths(library, "الجمركي") == ["latest.txt", "reports/a.txt"]
    assert [(p.path, p.reason) for p in report.problems] == [("gone.txt", "unreadable")]


def test_an_unreadable_folder_is_listed(archive, monkeypatch):
    secret = archive / "secret"
    secret.mkdir()
    (secret / "b.txt").write_text("نص لا يقرأ", "utf-8")
    secret.chmod(0)
    if os.geteuid() == 0:
        # root reads whatever the mode says: make the listing fail as it would for a user.
        listing = os.scandir

        def refuse(path):
            if Path(path) == secret:
                raise PermissionError(13, "Permission denied", str(path))
            return listing(path)

        monkeypatch.setattr(scan.os, "scandir", refuse)
    try:
        with Library(archive) as library:
            report = library.update_index()
            assert paths(library, "يقرأ") == []
    finally:
        secret.chmod(0o755)
    assert [(p.path, p.reason) for p in report.problems] == [("secret/", "unreadable")]
    assert "Permission denied" in report.problems[0].detail


def test_files_changed_while_indexing_are_indexed_as_they_end_up(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    for name, word in [("a", "الأول"), ("b", "الثاني"), ("c", "الثالث"), ("d", "الرابع")]:
        (root / f"{name}.txt").write_text(f"الملف {word}", "utf-8")

    def meddle(p: Progress) -> None:
        if p.phase == "index" and p.detail == "b.txt":
            (root / "a.txt").unlink()  # already indexed
            (root / "c.txt").rename(root / "e.txt")  # not read yet
            (root / "d.txt").write_text("الملف الخامس", "utf-8")  # hashed, not read yet

    with Library(root) as library:
        report = library.update_index(progress=meddle)
        assert report.problems == []
        assert paths(library, "الملف") == ["b.txt", "d.txt", "e.txt"]
        assert paths(library, "الثالث") == ["e.txt"]
        assert paths(library, "الرابع") == [] and paths(library, "الخامس") == ["d.txt"]
        present = sorted(record.path for record in library.documents() if not record.missing)
        assert present == ["b.txt", "d.txt", "e.txt"]
        again = library.update_index()
    assert (again.indexed, again.removed) == (0, 0)


def test_a_file_that_failed_is_not_read_again_in_the_same_run(tmp_path, monkeypatch):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "a-empty.txt").write_text("   ", "utf-8")
    (root / "b.txt").write_text("نص أول", "utf-8")
    reads: list[str] = []
    extract = indexer.extract

    def counting(path, **options):
        reads.append(Path(path).name)
        return extract(path, **options)

    def meddle(p: Progress) -> None:
        if p.phase == "index" and p.detail == "b.txt" and not (root / "c.txt").exists():
            (root / "c.txt").write_text("نص ثان", "utf-8")  # makes the run take another pass

    monkeypatch.setattr(indexer, "extract", counting)
    with Library(root) as library:
        report = library.update_index(progress=meddle)
        assert paths(library, "نص") == ["b.txt", "c.txt"]
    assert sorted(reads) == ["a-empty.txt", "b.txt", "c.txt"]
    assert [(p.path, p.reason) for p in report.problems] == [("a-empty.txt", "empty")]
