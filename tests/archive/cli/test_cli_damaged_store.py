"""Damage is survived and said (issue 13, part 2): automatic backups, a damaged, empty or
missing store named in one line with the command that restores the latest backup, a lost
index rebuilt, index and store brought back into agreement by every ``index`` run."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

from archive.library import Library
from archive.progress import Progress
from archive.types import DocumentTag
from archive.userdata.annotations import Annotations
from archive.userdata.safekeeping import BACKUP_FOLDER, EVERY_S, automatic_backups
from tests.archive.cli.test_cli import wathaiq
from tests.archive.sample_docs import MEETING
from tests.internals import open_store


def _tagged_archive(root: Path) -> Path:
    """Index, tag MEETING, and let a day pass: the next open backs the tag up."""
    with Library(root) as library:
        library.update_index()
        meeting = next(record for record in library.documents() if record.path == MEETING)
        library.add_document_tag(DocumentTag.new(meeting.id, "security"))
        library.refresh_themes([meeting.id])
    backups = root / ".wathaiq" / BACKUP_FOLDER
    day_ago = time.time() - EVERY_S - 60
    for old in automatic_backups(backups):
        os.utime(old, (day_ago, day_ago))
    Library(root).close()
    return automatic_backups(backups)[0]


def _theme_hits(root: Path) -> list[str]:
    done = wathaiq("search", "--archive", str(root), "--json", "theme:security")
    assert done.returncode == 0, done.stderr
    return [h["path"] for h in json.loads(done.stdout)["hits"]]


def _one_line(done) -> str:
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_a_store_truncated_to_nothing_is_said_and_its_backup_restores_it(sample_root):
    latest = _tagged_archive(sample_root)
    store = sample_root / ".wathaiq" / "wathaiq.sqlite"
    store.write_bytes(b"")
    line = _one_line(wathaiq("search", "--archive", str(sample_root), "DGSN"))
    assert "is empty" in line and str(latest) in line
    command = line.split(": wathaiq ", 1)[1].split()
    assert command == ["restore", "--archive", str(sample_root), str(latest)]
    done = wathaiq(*command)
    assert done.returncode == 0, done.stderr
    assert _theme_hits(sample_root) == [MEETING]


def test_a_store_damaged_in_the_middle_is_said_on_every_command(sample_root):
    latest = _tagged_archive(sample_root)
    store = sample_root / ".wathaiq" / "wathaiq.sqlite"
    data = bytearray(store.read_bytes())
    assert len(data) > 3 * 4096
    data[4096 : 3 * 4096] = b"\xff" * (2 * 4096)  # pages 2 and 3: tables' b-trees
    store.write_bytes(bytes(data))
    archive = ["--archive", str(sample_root)]
    for command in (["index"], ["search", "DGSN"], ["suggest", MEETING], ["annotations", "export"]):
        line = _one_line(wathaiq(*command, *archive, *(["out.json"] if "export" in command else [])))
        assert "is damaged" in line and str(latest) in line, command


def test_a_missing_store_that_had_backups_is_said(sample_root):
    latest = _tagged_archive(sample_root)
    (sample_root / ".wathaiq" / "wathaiq.sqlite").unlink()
    line = _one_line(wathaiq("index", "--archive", str(sample_root)))
    assert "is missing" in line and str(latest) in line


def test_backups_rotate_at_most_daily_and_few_are_kept(sample_root):
    backups = sample_root / ".wathaiq" / BACKUP_FOLDER
    for day in range(8):
        Library(sample_root).close()
        assert len(automatic_backups(backups)) == min(day + 1, 5)
        Library(sample_root).close()  # the same day: no new one
        assert len(automatic_backups(backups)) == min(day + 1, 5)
        for old in automatic_backups(backups):
            stamp = old.stat().st_mtime - EVERY_S - 1
            os.utime(old, (stamp, stamp))


def test_an_index_deleted_while_searching_is_rebuilt(indexed):
    assert [h.path for h in indexed.search("DGSN").hits] == [MEETING]
    shutil.rmtree(indexed.index_dir)
    assert [h.path for h in indexed.search("DGSN").hits] == [MEETING]


def test_a_tag_committed_just_before_a_kill_reaches_the_index_on_the_next_run(sample_root):
    assert wathaiq("index", "--archive", str(sample_root)).returncode == 0
    with Library(sample_root) as library:
        store = open_store(library)
        meeting = store.document_by_path(MEETING)
        assert meeting is not None
        # What an import does before it refreshes the index: the process dies here.
        Annotations(store).add_document_tag(DocumentTag.new(meeting.id, "security"))
        store.close()
        assert library.search("theme:security").hits == []  # the index is behind the store
    assert wathaiq("index", "--archive", str(sample_root)).returncode == 0
    assert _theme_hits(sample_root) == [MEETING]


def test_a_file_moved_away_and_back_during_indexing_stays_searchable(indexed, sample_root, tmp_path):
    paths = [record.path for record in indexed.documents()]
    away = tmp_path / "away"
    away.mkdir()
    moved: list[str] = []

    def progress(p: Progress) -> None:
        if p.phase == "index" and not moved:  # the first document is read: take the others away
            moved.extend(path for path in paths if path != p.detail)
            for path in moved:
                (sample_root / path).rename(away / path)

    indexed.update_index(rebuild=True, progress=progress)
    for path in moved:
        (away / path).rename(sample_root / path)
    indexed.update_index()
    assert [h.path for h in indexed.search("DGSN").hits] == [MEETING]
    assert indexed.document_count == len(paths)


def test_an_automatic_backup_is_one_self_contained_file(sample_root):
    Library(sample_root).close()
    backups = sample_root / ".wathaiq" / BACKUP_FOLDER
    assert [p.suffix for p in backups.iterdir()] == [".sqlite"]
