"""Every reader, fed junk or damaged files, raises IngestError and nothing else."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest import IngestError, extract
from tests.archive.ingest.test_ingest_pdf import LINES, make_pdf  # the hand-written PDF builder

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _valid_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("نص عربي في 29 يناير 2021")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


VALID = {
    ".html": '<html><head><meta charset="utf-8"><title>ت</title></head><p>نص</p>'.encode(),
    ".md": "---\ntitle: ت\n---\n# عنوان\nنص\n".encode(),
    ".docx": _valid_docx(),
    ".pdf": make_pdf(LINES, b"/Title (T) /CreationDate (D:20210129)"),
}


def _check(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    with contextlib.suppress(IngestError):
        extract(path)


@FUZZ
@given(suffix=st.sampled_from(sorted(VALID)), data=st.binary(max_size=400))
def test_junk_bytes(tmp_path, suffix, data):
    _check(tmp_path / f"junk{suffix}", data)


@FUZZ
@given(
    suffix=st.sampled_from(sorted(VALID)),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
)
def test_damaged_valid_files(tmp_path, suffix, cut, flips):
    data = bytearray(VALID[suffix])
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    _check(tmp_path / f"damaged{suffix}", bytes(data[: max(1, int(cut * len(data)))]))


def test_valid_seeds_are_readable(tmp_path):
    for suffix, data in VALID.items():
        path = tmp_path / f"seed{suffix}"
        path.write_bytes(data)
        assert extract(path).text
