"""Exports of 1,000 excerpts finish in seconds, in every format (bound generous for CI).

Run with ``-s`` to see the figures."""

from __future__ import annotations

import random
import shutil
import time

import pytest

from archive import export
from archive.export import FORMATS, ExportOptions, build_model
from archive.library import Library
from archive.locations import SAMPLE_ARCHIVE
from archive.types import Anchor, Annotation, Kind

EXCERPTS, COPIES, BOUND_S = 1000, 50, 20.0


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory):
    """100 documents (the samples, 50 times), 10 highlights each, a note on every third."""
    root = tmp_path_factory.mktemp("big") / "archive"
    root.mkdir()
    for source in sorted(SAMPLE_ARCHIVE.glob("*.txt")):
        for copy in range(COPIES):
            shutil.copyfile(source, root / f"{copy:02d}-{source.name}")
    library = Library(root)
    library.update_index()
    docs = [library.document(r.path) for r in library.documents()]
    themes = [t.id for t in library.themes()]
    rnd = random.Random(8)
    items = []
    for i in range(EXCERPTS):
        doc = docs[i % len(docs)]
        start = (i // len(docs)) * 400 % (len(doc.text) - 400)
        span = Anchor.at(doc.text, start, start + rnd.randrange(80, 300))
        items.append(Annotation.new(doc.record.id, Kind.HIGHLIGHT, span, theme_id=rnd.choice(themes)))
        if i % 3 == 0:
            note = Anchor.at(doc.text, start, start + 20)
            items.append(Annotation.new(doc.record.id, Kind.NOTE, note, body=f"ملاحظة {i}: راجع GCTF 2014."))
    library.add_annotations(items)
    yield library
    library.close()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_thousand_excerpts_in_seconds(big_archive, tmp_path, qapp, fmt):
    export.register("pdf", "desktop.excerpts.pdf_writer:write")
    started = time.perf_counter()
    model = build_model(big_archive, ExportOptions(group="theme", lang="ar"))
    built = time.perf_counter()
    path = export.export(model, fmt, tmp_path / f"big.{fmt}")
    finished = time.perf_counter()
    assert len(model.excerpts) == EXCERPTS and path.stat().st_size > 0
    print(f"\n{fmt}: model {built - started:.2f} s, write {finished - built:.2f} s")
    assert finished - started < BOUND_S
