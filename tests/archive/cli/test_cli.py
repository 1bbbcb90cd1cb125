"""The command-line contract of DESIGN section 9, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.archive.sample_docs import FACT_SHEET, MEETING

MAIN = Path(__file__).resolve().parents[3] / "main.py"


def wathaiq(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess:
    env = None
    if env_home:
        import os

        env = {**os.environ, "XDG_DATA_HOME": str(env_home / "data"), "XDG_CACHE_HOME": str(env_home / "cache")}
    return subprocess.run(
        [sys.executable, str(MAIN), *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_search_json_indexes_first_and_follows_the_contract(sample_root):
    done = wathaiq("search", "--archive", str(sample_root), "--json", "مكافحة الإرهاب")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["query"] == "مكافحة الإرهاب"
    assert payload["total"] == len(payload["hits"]) >= 1
    hit = next(h for h in payload["hits"] if h["path"] == FACT_SHEET)
    assert set(hit) == {"path", "title", "date", "score", "themes", "snippet", "matches"}
    assert hit["date"] == "2013-11-21"
    text = (sample_root / FACT_SHEET).read_text("utf-8")
    assert {text[s:e] for s, e in hit["matches"]} >= {"مكافحة", "الإرهاب"}


def test_search_brings_the_index_up_to_date(sample_root):
    assert wathaiq("index", "--archive", str(sample_root)).returncode == 0
    (sample_root / "late.txt").write_text("ملف أضيف بعد الفهرسة عن الزراعة", "utf-8")
    done = wathaiq("search", "--archive", str(sample_root), "--json", "الزراعة")
    assert [h["path"] for h in json.loads(done.stdout)["hits"]] == ["late.txt"]


def test_human_output_lists_hits(sample_root):
    done = wathaiq("search", "--archive", str(sample_root), "DGSN")
    assert done.returncode == 0
    assert MEETING in done.stdout and "1 documents" in done.stdout


def test_analyze_json_offsets_are_surface_forms():
    text = "وزيرالمالية يزور الرباط ١٧ مارس"
    done = wathaiq("analyze", "--json", text)
    tokens = json.loads(done.stdout)["tokens"]
    assert [text[t["start"]:t["end"]] for t in tokens][:2] == ["وزير", "المالية"]
    assert [t["position"] for t in tokens] == list(range(len(tokens)))
    assert "17" in [t["term"] for t in tokens]


def test_index_reports_counts_and_problems(sample_root):
    (sample_root / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    done = wathaiq("index", "--archive", str(sample_root))
    assert done.returncode == 0
    assert "indexed 2" in done.stdout and "broken.docx" in done.stdout


def test_index_progress_json_lines(sample_root):
    done = wathaiq("index", "--archive", str(sample_root), "--progress", "json")
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[-1]["phase"] == "done" and lines[-1]["indexed"] == 2
    assert any(line["phase"] == "index" for line in lines[:-1])


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("search",), 2),  # missing query
        (("search", "--limit", "x", "q"), 2),
        (("frobnicate",), 2),
        (("search", "--archive", "/no/such/folder", "q"), 1),
    ],
)
def test_failures_are_one_line_with_the_right_status(args, status):
    done = wathaiq(*args)
    assert done.returncode == status
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_empty_query_is_a_usage_error(sample_root):
    done = wathaiq("search", "--archive", str(sample_root), "  ")
    assert done.returncode == 2 and "query" in done.stderr


def test_default_archive_is_created_from_the_sample(tmp_path):
    done = wathaiq("search", "--json", "DGSN", env_home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [h["path"] for h in json.loads(done.stdout)["hits"]] == [MEETING]
    assert (tmp_path / "data" / "wathaiq" / "sample-archive" / MEETING).is_file()


def test_two_indexers_at_once_agree(tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(150):
        (root / f"d{i:03d}.txt").write_text(f"وثيقة رقم {i} عن التعاون الأمني " * 20, "utf-8")
    args = [sys.executable, str(MAIN), "index", "--archive", str(root)]
    first, second = (
        subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)
    )
    outs = [p.communicate(timeout=120) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outs
    from archive.library import Library

    with Library(root) as library:
        assert library.document_count == 150
        assert len(library.documents()) == 150
        assert library.search("التعاون", limit=1, facets=False).total == 150


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("theme:securty", "there is no theme 'securty'; did you mean theme:security?"),
        ("year:abc", "year:abc is not a year"),
        ('"مجلس الأمن', "a quote is not closed"),
    ],
)
def test_a_query_that_cannot_mean_anything_exits_2_with_one_line(sample_root, query, said):
    done = wathaiq("search", "--archive", str(sample_root), query)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and said in done.stderr


def test_correct_sets_a_title_and_date_that_search_shows(sample_root):
    (sample_root / "loose.txt").write_text("مذكرة بلا تاريخ عن الزراعة", "utf-8")
    archive = ("--archive", str(sample_root))
    done = wathaiq("correct", *archive, "loose.txt", "--title", "Farming memo", "--date", "2014-06")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "loose.txt: Farming memo, 2014-06 (yours)\n"
    hit = json.loads(wathaiq("search", "--archive", str(sample_root), "--json", "الزراعة").stdout)["hits"][0]
    assert (hit["title"], hit["date"]) == ("Farming memo", "2014-06")
    refused = wathaiq("correct", "--archive", str(sample_root), "loose.txt", "--date", "2014-13")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "not a date" in refused.stderr
    back = wathaiq("correct", "--archive", str(sample_root), "loose.txt", "--title", "", "--date", "")
    assert back.stdout == "loose.txt: مذكرة بلا تاريخ عن الزراعة, undated (from the file: none)\n"
