"""Killing the process in the middle of writes leaves a consistent database that keeps
everything it committed (DESIGN section 11)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from archive.userdata.annotations import Annotations
from archive.userdata.store import Store

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from archive.types import Anchor
    from archive.userdata.annotations import Annotation, Annotations, DocumentTag, Kind
    from archive.userdata.store import DocumentRecord, Store
    from archive.userdata.themes import Themes, load_taxonomy

    store = Store(Path(sys.argv[1]))
    Themes(store, load_taxonomy())
    annotations = Annotations(store)
    doc_id = "doc-" + sys.argv[2]
    store.save_documents([DocumentRecord(doc_id, doc_id + ".txt", "h", 1, 1)], [])
    text = "نص الوثيقة " * 50
    n = 0
    while True:
        n += 1
        anchor = Anchor.at(text, n % 400, n % 400 + 5)
        note = Annotation.new(doc_id, Kind.NOTE, anchor, body="ملاحظة " * (n % 50), theme_id="trade")
        tag = Annotation.new(doc_id, Kind.TAG, anchor, theme_id="security")
        annotations.add_annotations([note, tag])
        annotations.update_note(note.id, "تعديل %d" % n)
        print(note.id, tag.id, flush=True)  # reported only once committed
    """
)


@pytest.mark.parametrize("round_", range(3))
def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path, round_: int) -> None:
    db = tmp_path / "wathaiq.sqlite"
    committed: set[str] = set()
    for run in range(2):  # a second writer after the first one was killed
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), f"{round_}-{run}"], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None  # stdout=PIPE
        wanted = 20 + 37 * round_ + 11 * run
        for _ in range(wanted):
            line = child.stdout.readline()
            assert line, "the writer died on its own"
            committed.update(line.split())
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()

        store = Store(db)
        try:
            assert store.query("PRAGMA integrity_check")[0][0] == "ok"
            assert store.query("PRAGMA foreign_key_check") == []
            present = {a.id for a in Annotations(store).all()}
            assert committed <= present
            # update_note committed with or before the id was printed
            assert all(
                a.body.startswith("تعديل") for a in Annotations(store).all() if a.id in committed and a.body
            )
        finally:
            store.close()
