"""A received archive is data, never code: planted pickles do not run, links in its state
are refused (issue 13, part 1)."""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import shutil
import sqlite3
import struct
from pathlib import Path

from archive.locations import index_dir_for
from archive.search.term_arrays import SUFFIX, SegmentArrays
from tests.archive.cli.test_cli import wathaiq
from tests.archive.sample_docs import MEETING


class _Payload:
    """Unpickling this creates ``marker``: proof that a pickle ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def _planted_arrays(marker: Path) -> bytes:
    directory = pickle.dumps(_Payload(marker))
    return b"WQA1" + directory + struct.pack("<Q", 4)


def test_pickles_planted_in_the_archive_index_never_run(sample_root, tmp_path):
    assert wathaiq("index", "--archive", str(sample_root)).returncode == 0
    # The archive as received: carrying an index whose pickles would run when read.
    planted = sample_root / ".wathaiq" / "index"
    shutil.copytree(index_dir_for(sample_root), planted)
    marker = tmp_path / "pickle-ran"
    arrays = list(planted.glob(f"*{SUFFIX}"))
    assert arrays
    for path in arrays:
        path.write_bytes(_planted_arrays(marker))
    for toc in planted.glob("*.toc"):
        toc.write_bytes(pickle.dumps(_Payload(marker)))
    shutil.rmtree(index_dir_for(sample_root))  # on the receiver's machine

    done = wathaiq("search", "--archive", str(sample_root), "--json", "DGSN")
    assert done.returncode == 0, done.stderr
    assert [h["path"] for h in json.loads(done.stdout)["hits"]] == [MEETING]
    assert not marker.exists()


def test_the_planted_arrays_file_is_live_code(tmp_path):
    """The payload of the test above does run when read the way an index file is read."""
    marker = tmp_path / "pickle-ran"
    with contextlib.suppress(Exception):  # it is not a directory: the harm is done before
        SegmentArrays.read(memoryview(_planted_arrays(marker)))
    assert marker.exists()


def _refused(done, name: str) -> None:
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "refusing to open" in lines[0] and name in lines[0], done.stderr


def test_a_state_folder_that_is_a_link_is_refused(sample_root, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep me", "utf-8")
    (sample_root / ".wathaiq").symlink_to(elsewhere)
    _refused(wathaiq("index", "--archive", str(sample_root)), ".wathaiq")
    assert [p.name for p in elsewhere.iterdir()] == ["precious.txt"]


def _other_program_database(path: Path) -> bytes:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE accounts (name TEXT)")
        db.execute("INSERT INTO accounts VALUES ('x')")
    return path.read_bytes()


def test_a_store_linked_to_another_database_is_refused(sample_root, tmp_path):
    other = tmp_path / "other.sqlite"
    before = _other_program_database(other)
    (sample_root / ".wathaiq").mkdir()
    (sample_root / ".wathaiq" / "wathaiq.sqlite").symlink_to(other)
    _refused(wathaiq("search", "--archive", str(sample_root), "DGSN"), "wathaiq.sqlite")
    assert other.read_bytes() == before


def test_a_store_hard_linked_to_another_database_is_refused(sample_root, tmp_path):
    other = tmp_path / "other.sqlite"
    before = _other_program_database(other)
    (sample_root / ".wathaiq").mkdir()
    os.link(other, sample_root / ".wathaiq" / "wathaiq.sqlite")
    _refused(wathaiq("index", "--archive", str(sample_root)), "wathaiq.sqlite")
    assert other.read_bytes() == before


def test_a_journal_beside_the_store_that_is_a_link_is_refused(sample_root, tmp_path):
    target = tmp_path / "victim"
    target.write_bytes(b"data")
    (sample_root / ".wathaiq").mkdir()
    (sample_root / ".wathaiq" / "wathaiq.sqlite-wal").symlink_to(target)
    _refused(wathaiq("index", "--archive", str(sample_root)), "wathaiq.sqlite-wal")
    assert target.read_bytes() == b"data"
