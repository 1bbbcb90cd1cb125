"""Crash safety (DESIGN section 11): SIGKILL at random moments, 50 times, loses nothing.

Even rounds kill ``wathaiq index`` while it rewrites part of the archive; odd rounds kill a
process that is adding notes and tags through the facade. After every kill the archive
must open, its index must answer (rebuilt if it was damaged) and agree with the files, and
every annotation the killed process reported as committed must be there.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from archive.library import Library
from tests.internals import open_store

MAIN = Path(__file__).resolve().parents[3] / "main.py"
ROUNDS = 50
DOCS = 120

ANNOTATOR = textwrap.dedent(
    """
    import sys
    from archive.library import Library
    from archive.types import Anchor, Annotation, Kind

    archive = Library(sys.argv[1])
    records = [r for r in archive.documents() if not r.missing]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        record = records[n % len(records)]
        text = archive.document(record.path).text
        anchor = Anchor.at(text, 0, min(len(text), 12))
        note = Annotation.new(record.id, Kind.NOTE, anchor, body="ملاحظة %d" % n)
        tag = Annotation.new(record.id, Kind.TAG, anchor, theme_id="security")
        archive.add_annotations([note, tag])
        print(note.id, tag.id, flush=True)  # only after the commit
    """
)

WORDS = [
    "التعاون", "الأمني", "مكافحة", "الإرهاب", "الهجرة", "التجارة", "الاستثمار", "الجمارك", "الديمقراطية", "السلام",
]


def write_docs(root: Path, rng: random.Random, count: int, generation: int) -> None:
    for i in rng.sample(range(DOCS), count):
        body = " ".join(rng.choices(WORDS, k=400))
        (root / f"doc-{i:03d}.txt").write_text(f"وثيقة {i} جيل {generation}\n{body}", "utf-8")


def test_fifty_kills_lose_nothing(tmp_path: Path) -> None:
    rng = random.Random(20261130)
    root = tmp_path / "archive"
    root.mkdir()
    write_docs(root, rng, DOCS, 0)
    with Library(root) as library:
        library.update_index()
    committed: set[str] = set()
    for round_ in range(ROUNDS):
        if round_ % 2 == 0:
            write_docs(root, rng, 40, round_)
            command = [sys.executable, str(MAIN), "index", "--archive", str(root)]
        else:
            command = [sys.executable, "-c", ANNOTATOR, str(root)]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if round_ % 2:
            assert child.stdout is not None  # stdout=PIPE
            assert child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.02, 0.4))
        else:
            time.sleep(rng.uniform(0.2, 1.4))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        if round_ % 2:
            committed.update(out.split())

        with Library(root) as library:
            with open_store(library) as store:
                assert store.query("PRAGMA integrity_check")[0][0] == "ok"
            report = library.update_index()
            assert not report.problems
            assert library.document_count == DOCS
            assert library.search("الإرهاب", limit=1).total == DOCS
            newest = f"جيل {round_ - round_ % 2}" if round_ else "جيل 0"
            assert library.search(f'"{newest}"').total >= 1  # the latest rewrite is searchable
            present = {a.id for a in library.annotations()}
            assert committed <= present, f"round {round_}: committed annotations lost"
    assert len(committed) > 0
