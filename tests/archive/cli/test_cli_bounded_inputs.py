"""Every input bounded (issue 13, part 3): hostile annotation files, queries and names end in
an answer or one line, never a traceback or a hang, and data never reaches the terminal as
escape sequences."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from archive.library import Library
from archive.userdata.anchoring import find_quote
from tests.archive.cli.test_cli import wathaiq
from tests.archive.sample_docs import MEETING


def _note(source: str, exact: str, **extra) -> dict:
    item = {
        "type": "Annotation", "motivation": "commenting",
        "body": {"type": "TextualBody", "purpose": "commenting", "value": "ملاحظة"},
        "target": {"source": source, "selector": {"type": "TextQuoteSelector", "exact": exact}},
    }
    return {**item, **extra}


def _one_line(done, status: int) -> str:
    assert done.returncode == status, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_an_import_keeps_the_good_items_and_skips_each_bad_one_in_a_line(sample_root, tmp_path):
    position = {"type": "TextPositionSelector", "start": 10**30, "end": 10**30 + 5}
    items = [
        _note(MEETING, "DGSN"),
        {**_note(MEETING, "DGSN"), "target": {"source": MEETING, "selector": position}},
        _note(MEETING, "DGSN", created="9999-12-31T23:59:59-05:00"),
        _note(MEETING, "DGSN", extra="DEEP"),
        _note(MEETING, "DGSN", created="2024-01-31T09:00:00+01:00"),
    ]
    file = tmp_path / "hostile.json"
    file.write_text(json.dumps(items).replace('"DEEP"', "[" * 985 + "]" * 985), "utf-8")
    done = wathaiq("annotations", "import", "--archive", str(sample_root), str(file))
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stdout and "3 skipped" in done.stdout
    skipped = [line for line in done.stdout.splitlines() if line.strip().startswith("skipped item")]
    assert [line.split()[2].rstrip(":") for line in skipped] == ["1", "2", "3"]
    assert "TextPositionSelector" in skipped[0] and "created" in skipped[1] and "nested" in skipped[2]
    with Library(sample_root) as library:
        assert sorted(a.created for a in library.annotations())[0] == "2024-01-31T08:00:00Z"
        assert len(library.annotations()) == 2


def test_endless_or_too_deep_input_is_one_line(sample_root, tmp_path):
    line = _one_line(wathaiq("annotations", "import", "--archive", str(sample_root), "/dev/zero"), 1)
    assert "larger than" in line
    abyss = tmp_path / "abyss.json"
    abyss.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    line = _one_line(wathaiq("annotations", "import", "--archive", str(sample_root), str(abyss)), 1)
    assert "cannot import" in line


def test_quotes_of_a_word_found_everywhere_anchor_in_linear_time():
    text = "كلمة " * 400_000 + "والخاتمة"
    started = time.perf_counter()
    for n in range(40):  # 40 quote-only notes: none has context enough to pick an occurrence
        assert find_quote(text, "كلمة", prefix=f"سياق{n}", suffix="غائب") is None
    assert find_quote(text, "كلمة", prefix="", suffix=" والخاتمة") is not None
    assert time.perf_counter() - started < 2.0  # scoring every occurrence took minutes


@pytest.mark.parametrize("query", ["ب" * 25, "a" * 25 + "~", "a" * 25 + "~9", "a*" * 12 + "b", "?" * 25, "ب" * 1500])
def test_queries_of_repeated_letters_answer_or_refuse_at_once(indexed, query):
    started = time.perf_counter()
    try:
        indexed.search(query)
    except Exception as exc:
        assert type(exc).__name__ in ("QueryTooComplex", "QuerySyntaxError")
    assert time.perf_counter() - started < 0.5


def test_a_query_beyond_the_limits_is_exit_2_and_one_line(sample_root):
    line = _one_line(wathaiq("search", "--archive", str(sample_root), "a*" * 12 + "b"), 2)
    assert "too complex" in line and "wildcards" in line


def test_terminal_escapes_in_titles_texts_and_names_are_never_printed(sample_root):
    escape = "\x1b]0;owned\x07\x1b[2J"
    name = f"evil{escape}.txt"
    (sample_root / name).write_text(f"عنوان{escape} خبيث\nنص عن الزراعة{escape} والمياه", "utf-8")
    (sample_root / f"empty{escape}.txt").write_bytes(b"")
    outputs = [
        wathaiq("index", "--archive", str(sample_root)),
        wathaiq("search", "--archive", str(sample_root), "الزراعة"),
        wathaiq("suggest", "--archive", str(sample_root), name),
    ]
    for done in outputs:
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "skipped empty]0;owned[2J.txt" in outputs[0].stdout  # named, without its escapes
    assert "evil]0;owned[2J.txt" in outputs[1].stdout


def test_a_newline_or_undecodable_byte_in_a_path_stays_on_one_line(sample_root, tmp_path):
    line = _one_line(wathaiq("search", "--archive", str(tmp_path / "no\nsuch"), "x"), 1)
    assert "no\\nsuch" in line
    bad = os.fsdecode(b"bad-\xff-name.txt")
    line = _one_line(wathaiq("suggest", "--archive", str(sample_root), bad), 1)
    assert "no document at" in line


def test_undecodable_path_is_a_missing_document_in_the_core(indexed):
    from archive.errors import DocumentNotFound

    with pytest.raises(DocumentNotFound):
        indexed.document(os.fsdecode(b"bad-\xff-name.txt"))
    assert Path(MEETING).name in {record.path for record in indexed.documents()}
