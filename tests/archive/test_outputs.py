"""``archive.outputs``: the one check of every writer's target."""

from __future__ import annotations

import os

import pytest

from archive.errors import UnsafeOutput
from archive.outputs import DIRECTORY, EXISTS, FIFO, INSIDE_ARCHIVE, check_output, writing


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "archive"
    (root / "deep" / "er").mkdir(parents=True)
    (root / "deep" / "er" / "doc.txt").write_text("a document")
    return root


def reason(target, protected=(), replace=True) -> str | None:
    try:
        check_output(target, protected, replace=replace)
    except UnsafeOutput as exc:
        return exc.reason
    return None


def test_anything_under_a_protected_folder_is_refused_however_it_is_spelled(archive, tmp_path, monkeypatch):
    state = tmp_path / "elsewhere" / "state"  # a read-only archive's state, in the user data folder
    state.mkdir(parents=True)
    protected = (archive, state)
    assert reason(archive / "deep" / "er" / "doc.txt", protected) == INSIDE_ARCHIVE
    assert reason(archive / "not" / "yet" / "made.md", protected) == INSIDE_ARCHIVE
    assert reason(tmp_path / "outside" / ".." / "archive" / "x.md", protected) == INSIDE_ARCHIVE
    assert reason(state / "wathaiq.sqlite", protected) == INSIDE_ARCHIVE
    monkeypatch.chdir(archive / "deep")
    assert reason("er/doc.txt", protected) == INSIDE_ARCHIVE
    assert reason(tmp_path / "archive-exports.md", protected) is None  # a neighbour, not inside


def test_kinds_of_files(archive, tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    existing = tmp_path / "existing.md"
    existing.write_text("mine")
    assert reason(fifo) == FIFO
    assert reason(tmp_path) == DIRECTORY
    assert reason(existing, replace=False) == EXISTS
    assert reason(existing) is None
    assert reason(tmp_path / "new.md", replace=False) is None


def test_a_refused_write_never_starts(archive, tmp_path):
    with pytest.raises(UnsafeOutput), writing(archive / "deep" / "er" / "doc.txt", ".txt", (archive,)) as partial:
        partial.write_text("never")
    assert sorted(p.name for p in (archive / "deep" / "er").iterdir()) == ["doc.txt"]
