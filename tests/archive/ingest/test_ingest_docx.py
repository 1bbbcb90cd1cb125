"""DOCX reading: paragraphs and tables, core properties, damaged files and zip bombs."""

from __future__ import annotations

import datetime
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from archive.ingest import IngestError, extract


def build_docx(path: Path, *, title="", author=None, created=None) -> Path:
    document = docx.Document()
    document.add_heading("التعاون   الأمني", level=1)
    document.add_paragraph("فقرة أولى\tمع  مسافات")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "خلية أ"
    table.cell(0, 1).text = "خلية ب"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "خلية مدمجة"
    document.add_paragraph("English paragraph after the table.")
    properties = document.core_properties
    properties.title = title
    if author is not None:
        properties.author = author
    if created is not None:
        properties.created = created
    document.save(str(path))
    return path


def reason_of(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        extract(path)
    return info.value.reason


def test_paragraphs_tables_and_core_properties(tmp_path):
    path = build_docx(
        tmp_path / "report.docx",
        title="تقرير الاجتماع",
        author="وزارة الخارجية",
        created=datetime.datetime(2021, 1, 29, 9, 30),
    )
    result = extract(path)
    assert result.text == (
        "التعاون الأمني\nفقرة أولى مع مسافات\nخلية أ\nخلية ب\nخلية مدمجة\n"
        "English paragraph after the table."
    )
    assert (result.title, result.source) == ("تقرير الاجتماع", "وزارة الخارجية")
    assert (result.date, result.date_source) == ("2021-01-29", "metadata")
    assert (result.encoding, result.format) == (None, "docx")


def test_merged_and_nested_cells_are_read_once(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "A"
    table.cell(0, 1).text = "B"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "vertical"
    table.cell(1, 1).text = "C"
    table.cell(2, 1).text = "D"
    table.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = "nested"
    path = tmp_path / "cells.docx"
    document.save(str(path))
    assert extract(path).text == "A\nB\nnested\nvertical\nC\nD"


def test_python_docx_template_defaults_are_not_metadata(tmp_path):
    # python-docx's template says "python-docx", 23 December 2013: not the document's data.
    result = extract(build_docx(tmp_path / "plain.docx"))
    assert result.title == "التعاون الأمني"
    assert result.source is None
    assert (result.date, result.date_source) == (None, None)


def test_truncated_docx_is_corrupt(tmp_path):
    data = build_docx(tmp_path / "full.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    assert reason_of(path) == "corrupt"


@pytest.mark.parametrize("data", [b"not a zip at all", b"PK\x03\x04" + b"\x00" * 40])
def test_non_zip_docx_is_corrupt(tmp_path, data):
    path = tmp_path / "fake.docx"
    path.write_bytes(data)
    assert reason_of(path) == "corrupt"


def test_zip_without_word_parts_is_corrupt(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as library:
        library.writestr("hello.txt", "hi")
    assert reason_of(path) == "corrupt"


def copy_with_extra_member(source: Path, target: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr(name, data)
    return target


def declare_size(path: Path, name: str, size: int) -> None:
    """Rewrite the uncompressed size that the central directory declares for ``name``."""
    data = bytearray(path.read_bytes())
    start = data.find(b"PK\x01\x02")
    while start != -1:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, start + 24, size)
        start = data.find(b"PK\x01\x02", start + 4)
    path.write_bytes(bytes(data))


def test_huge_declared_member_is_too_large(tmp_path):
    source = build_docx(tmp_path / "ok.docx")
    path = copy_with_extra_member(source, tmp_path / "bomb.docx", "word/media/x.bin", b"x" * 100)
    declare_size(path, "word/media/x.bin", 3_000_000_000)
    assert zipfile.ZipFile(path).getinfo("word/media/x.bin").file_size == 3_000_000_000
    assert reason_of(path) == "too_large"


def test_highly_compressed_member_is_too_large(tmp_path):
    source = build_docx(tmp_path / "ok.docx")
    zeros = bytes(8 << 20)  # 8 MB that deflate to a few kilobytes
    path = copy_with_extra_member(source, tmp_path / "ratio.docx", "word/media/z.bin", zeros)
    assert path.stat().st_size < 100_000
    assert reason_of(path) == "too_large"


def test_file_size_limit_applies(tmp_path):
    path = build_docx(tmp_path / "ok.docx")
    with pytest.raises(IngestError) as info:
        extract(path, max_bytes=1000)
    assert info.value.reason == "too_large"


def test_docx_without_text_is_empty(tmp_path):
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    assert reason_of(path) == "empty"
