"""``wathaiq themes`` and ``wathaiq export --theme`` with coded passages (issue 15)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

from archive.cli import commands as cli
from archive.library import Library
from archive.types import Anchor, Annotation, DocumentTag, Kind
from tests.archive.cli.test_cli import wathaiq as wathaiq_process
from tests.archive.sample_docs import FACT_SHEET, MEETING

MEMO = "notes/memo.txt"  # dated by its dateline
NOTE = "الهجرة غير النظامية: مصدر التقرير"


def wathaiq(*args: str) -> tuple[int, str]:
    out = StringIO()
    status = cli.run(cli.parse_args(list(args)), out)
    return status, out.getvalue()


@dataclass
class Coded:
    root: Path
    migration_tag: str  # a passage tag with a note on the same span, no highlight


@pytest.fixture
def coded(sample_root: Path) -> Coded:
    """A passage tagged migration with a note (fact sheet, 2013), a security highlight with a
    passage tag inside it (meeting, 2021: one excerpt), a document tag on the meeting, and a
    memo of June 2019 in a folder with a trade tag on a passage."""
    (sample_root / "notes").mkdir()
    (sample_root / MEMO).write_text("الرباط 15 يونيو 2019\nملاحظات عن التجارة والاستثمار بين البلدين\n", "utf-8")
    with Library(sample_root) as library:
        library.update_index()
        fact, meeting, memo = (library.document(p) for p in (FACT_SHEET, MEETING, MEMO))
        f, m = fact.text, meeting.text
        tag = Annotation.new(fact.record.id, Kind.TAG, Anchor.at(f, 10, 60), theme_id="migration")
        library.add_annotations([
            tag,
            Annotation.new(fact.record.id, Kind.NOTE, Anchor.at(f, 10, 60), body=NOTE),
            Annotation.new(meeting.record.id, Kind.HIGHLIGHT, Anchor.at(m, 100, 200)),
            Annotation.new(meeting.record.id, Kind.TAG, Anchor.at(m, 120, 150), theme_id="security"),
            Annotation.new(memo.record.id, Kind.TAG, Anchor.at(memo.text, 0, 20), theme_id="trade"),
        ])
        library.add_document_tag(DocumentTag.new(meeting.record.id, "diplomacy"))
    return Coded(sample_root, tag.id)


def test_themes_json_by_year_counts_documents_and_coded_passages(coded: Coded) -> None:
    done = wathaiq_process("themes", "--archive", str(coded.root), "--json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert set(payload) == {"by", "themes", "rows"} and payload["by"] == "year"
    assert {"migration", "security", "diplomacy", "trade"} <= set(payload["themes"])
    rows = payload["rows"]
    assert [r["key"] for r in rows] == ["2013", "2019", "2021"]
    assert all(set(r) == {"key", "documents", "passages"} for r in rows)
    by_key = {r["key"]: r for r in rows}
    assert by_key["2013"]["documents"]["migration"] == 1 and by_key["2013"]["passages"]["migration"] == 1
    # The meeting: tagged diplomacy as a whole (no passage), one security excerpt (the highlight).
    assert by_key["2021"]["documents"]["diplomacy"] == 1 and by_key["2021"]["passages"]["diplomacy"] == 0
    assert by_key["2021"]["passages"]["security"] == 1
    assert by_key["2019"]["passages"]["trade"] == 1
    assert by_key["2013"]["documents"]["security"] == 0


@pytest.mark.parametrize(("by", "keys"), [
    ("month", ["2013-11", "2019-06", "2021-01"]),
    ("folder", [".", "notes"]),
    ("document", sorted([FACT_SHEET, MEETING, MEMO])),
])
def test_themes_by_month_folder_and_document(coded: Coded, by: str, keys: list) -> None:
    status, out = wathaiq("themes", "--archive", str(coded.root), "--by", by, "--json")
    assert status == 0
    rows = json.loads(out)["rows"]
    assert [r["key"] for r in rows] == keys
    total = sum(r["passages"]["migration"] + r["passages"]["security"] + r["passages"]["trade"] for r in rows)
    assert total == 3


def test_themes_table_for_people(coded: Coded) -> None:
    status, out = wathaiq("themes", "--archive", str(coded.root))
    assert status == 0
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("year"))
    assert "migration" in header.split() and "labor" not in header.split()  # only themes with counts
    row_2013 = next(line for line in lines if line.startswith("2013"))
    column = header.split().index("migration")
    assert row_2013.split()[column] == "1/1"


def test_themes_unknown_grouping_is_a_usage_error(coded: Coded) -> None:
    done = wathaiq_process("themes", "--archive", str(coded.root), "--by", "week")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


def test_export_theme_keeps_a_coded_passage_with_its_note(coded: Coded) -> None:
    status, out = wathaiq("export", "--archive", str(coded.root), "--format", "json", "--output", "-",
                          "--theme", "migration")
    assert status == 0
    excerpts = json.loads(out)["excerpts"]
    assert len(excerpts) == 1
    (excerpt,) = excerpts
    text = (coded.root / FACT_SHEET).read_text("utf-8")
    assert excerpt["path"] == FACT_SHEET and excerpt["text"] == text[10:60]
    assert excerpt["themes"] == ["migration"] and excerpt["notes"] == [NOTE]
