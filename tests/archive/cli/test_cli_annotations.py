"""``wathaiq suggest`` and ``wathaiq annotations export|import`` (DESIGN section 9)."""

from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from archive.cli import commands as cli
from archive.library import Library
from archive.types import Anchor, Annotation, DocumentTag, Kind
from tests.archive.userdata.anno_samples import FACT_SHEET, MEETING

MAIN = Path(__file__).resolve().parents[3] / "main.py"


def wathaiq(*args: str) -> tuple[int, str]:
    out = StringIO()
    status = cli.run(cli.parse_args(list(args)), out)
    return status, out.getvalue()


def test_suggest_json_follows_the_contract(sample_root: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(MAIN), "suggest", "--archive", str(sample_root), "--json", MEETING],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert set(payload) == {"path", "themes"} and payload["path"] == MEETING
    assert payload["themes"][0]["id"] == "nonproliferation"
    text = (sample_root / MEETING).read_text("utf-8")
    for theme in payload["themes"]:
        assert set(theme) == {"id", "score", "evidence"}
        for e in theme["evidence"]:
            assert set(e) == {"term", "start", "end"} and text[e["start"] : e["end"]].strip()


def test_suggest_for_people(sample_root: Path) -> None:
    status, out = wathaiq("suggest", "--archive", str(sample_root), FACT_SHEET)
    assert status == 0
    ranked = [line.split()[1] for line in out.splitlines() if line[:3].strip().isdigit()]
    assert {"security", "trade", "migration", "democracy", "peacekeeping", "customs", "labor"} <= set(ranked)


def test_suggest_unknown_document_fails_in_one_line(sample_root: Path, capsys) -> None:
    status, _ = wathaiq("suggest", "--archive", str(sample_root), "no/such.txt")
    assert status == 1
    assert capsys.readouterr().err.strip().count("\n") == 0


def test_export_then_import_into_a_fresh_copy(sample_root: Path, tmp_path: Path) -> None:
    with Library(sample_root) as library:
        library.update_index()
        doc = library.document(MEETING)
        start = doc.text.index("مركز ستيمسون")
        library.add_document_tag(DocumentTag.new(doc.record.id, "nonproliferation"))
        library.add_annotations(
            [Annotation.new(doc.record.id, Kind.NOTE, Anchor.at(doc.text, start, start + 12), body="ملاحظة")]
        )
    exported = tmp_path / "notes.json"
    status, out = wathaiq("annotations", "export", "--archive", str(sample_root), str(exported))
    assert status == 0 and "2 annotations" in out
    assert json.loads(exported.read_text("utf-8"))["type"] == "AnnotationCollection"

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for name in (FACT_SHEET, MEETING):
        (fresh / name).write_bytes((sample_root / name).read_bytes())
    status, out = wathaiq("annotations", "import", "--archive", str(fresh), str(exported))
    assert status == 0 and "2 added" in out
    status, out = wathaiq("annotations", "import", "--archive", str(fresh), str(exported))
    assert status == 0 and "0 added" in out and "2 unchanged" in out
    with Library(fresh) as library:
        [note] = library.annotations()
        assert note.body == "ملاحظة" and note.anchor.exact == "مركز ستيمسون"


def test_import_of_a_broken_file_fails_in_one_line(sample_root: Path, tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    status, _ = wathaiq("annotations", "import", "--archive", str(sample_root), str(broken))
    assert status == 1
    err = capsys.readouterr().err
    assert err.startswith("wathaiq: cannot import") and err.count("\n") == 1
    missing = tmp_path / "missing.json"
    status, _ = wathaiq("annotations", "import", "--archive", str(sample_root), str(missing))
    assert status == 1


def test_annotations_needs_a_subcommand(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.parse_args(["annotations"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
