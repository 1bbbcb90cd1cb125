"""Hostile files cost bounded work: each is refused quickly, as a problem, or read whole.

The files are made in tmp_path, small but sufficient: sparse files claim their size, bombs
are a few kilobytes that expand.
"""

from __future__ import annotations

import io
import os
import struct
import time
import zipfile
from pathlib import Path

import docx
import pytest

from archive.ingest import MAX_TEXT_BYTES, IngestError, base, content_hash, extract, max_bytes_for, text
from archive.ingest.limits import MAX_HTML_TAGS, MAX_LINE_BYTES, MAX_PDF_PAGES, MAX_RATIO, MAX_XML_BYTES
from archive.library import Library
from tests.archive.ingest.test_ingest_pdf import _stream


def reason_of(path: Path, budget_s: float = 1.0) -> str:
    started = time.perf_counter()
    with pytest.raises(IngestError) as info:
        extract(path)
    assert time.perf_counter() - started < budget_s
    return info.value.reason


def test_a_50_mb_single_line_is_refused_after_its_first_megabyte(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"word " * (10 * 1024 * 1024))  # 50 MB, no line end
    assert reason_of(path) == "too_large"


def test_lines_up_to_the_limit_are_read(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"a" * (MAX_LINE_BYTES - 1) + b"\r" + b"b" * (MAX_LINE_BYTES - 1))
    assert len(extract(path).text) == 2 * MAX_LINE_BYTES - 1


@pytest.mark.parametrize(("codec", "name"), [("cp1256", "cp1256"), ("utf_8_sig", "utf_8"), ("utf_16", "utf_16")])
def test_a_text_file_above_the_whole_file_limit_is_read_in_pieces(tmp_path, monkeypatch, codec, name):
    # Lower the size above which text is judged on its first piece, so a small file takes
    # that path; the encoding found there decodes the rest, its byte order mark dropped.
    monkeypatch.setattr(text, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    body = "السطر الأول من التقرير\n" * 400
    path.write_bytes(body.encode(codec))
    result = extract(path)
    assert (result.text, result.encoding) == (body, name)


def test_past_the_text_maximum_is_refused_by_what_is_read(tmp_path):
    path = tmp_path / "many.txt"
    path.write_bytes(b"line\n" * 300)
    assert extract(path, max_bytes=1500).text.count("line") == 300
    with pytest.raises(IngestError) as info:
        extract(path, max_bytes=1499)
    assert info.value.reason == "too_large"


def test_a_sparse_terabyte_is_neither_read_nor_hashed(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(1 << 40)
    assert reason_of(path) == "too_large"
    started = time.perf_counter()
    with pytest.raises(IngestError):
        content_hash(path)
    assert time.perf_counter() - started < 0.5
    assert MAX_TEXT_BYTES < 1 << 40


def test_hashing_stops_at_the_limit_whatever_the_size_says(tmp_path):
    path = tmp_path / "grown.txt"
    path.write_bytes(b"x" * 3000)
    with pytest.raises(IngestError) as info:
        content_hash(path, max_bytes=2000)
    assert info.value.reason == "too_large"


def test_markdown_built_to_backtrack_is_read_at_once(tmp_path):
    brackets = tmp_path / "brackets.md"
    brackets.write_text("[" * 100_000 + "\n# العنوان الحقيقي\n", "utf-8")
    spaces = tmp_path / "spaces.md"
    spaces.write_text("---\ntitle: x" + " " * 150_000 + "y\n---\n# عنوان\n", "utf-8")
    padded = tmp_path / "padded.md"  # front matter short enough to be read as such
    padded.write_text("---\ntitle: x" + " " * 50_000 + "y\n---\n# عنوان\n", "utf-8")
    started = time.perf_counter()
    assert extract(brackets).title == "العنوان الحقيقي"
    assert extract(spaces).format == "md"
    assert extract(padded).title == "x y"
    assert time.perf_counter() - started < 1.0


def test_markdown_front_matter_fields_lose_their_trailing_blanks(tmp_path):
    path = tmp_path / "fields.md"
    path.write_text('---\ntitle: "التقرير"  \t\nauthor:   \n---\nنص\n', "utf-8")
    result = extract(path)
    assert (result.title, result.source) == ("التقرير", None)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def page_bomb(fan: tuple[int, int, int] = (30, 30, 100)) -> bytes:
    """One page named fan[0] * fan[1] * fan[2] times (90,000) through a shared page tree."""
    a, b, c = fan
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b"6 0 R " * a + b"] /Count %d >>" % (a * b * c),
        b"<< /Type /Page /Parent 7 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(b"BT /F1 11 Tf 72 720 Td (Page) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [" + b"7 0 R " * b + b"] /Count %d >>" % (b * c),
        b"<< /Type /Pages /Parent 6 0 R /Kids [" + b"3 0 R " * c + b"] /Count %d >>" % c,
    ])


def test_a_page_count_bomb_is_refused_before_its_pages_are_listed(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(page_bomb())
    assert path.stat().st_size < 8192 and MAX_PDF_PAGES < 90_000
    assert reason_of(path, budget_s=0.3) == "too_large"


def test_a_shared_page_tree_within_the_limit_is_read(tmp_path):
    path = tmp_path / "shared.pdf"
    path.write_bytes(page_bomb((2, 2, 3)))
    assert extract(path).text.split("\n") == ["Page"] * 12


def test_a_page_tree_that_contains_itself_is_refused(tmp_path):
    path = tmp_path / "loop.pdf"
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]))
    assert reason_of(path) == "too_large"


def lying_docx(path: Path, inflated: int) -> Path:
    """A DOCX whose text part inflates to about ``inflated`` bytes while its central
    directory claims a compressed size that keeps the ratio under MAX_RATIO.

    A stored part of random bytes follows it, so the claimed size stays inside the file.
    """
    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    buffer = io.BytesIO()
    document.save(buffer)
    padding = os.urandom(max(8192, inflated // 90))
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            part = source.read(item)
            if item.filename == "word/document.xml":
                part = part.replace(b"PLACEHOLDER", b"x" * inflated)
            target.writestr(item.filename, part)
            if item.filename == "word/document.xml":
                target.writestr("word/media/padding.bin", padding, zipfile.ZIP_STORED)
    data = bytearray(out.getvalue())
    start = data.find(b"PK\x01\x02")
    while start != -1:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length] == b"word/document.xml":
            struct.pack_into("<I", data, start + 20, len(padding))  # the compressed size lies
        start = data.find(b"PK\x01\x02", start + 4)
    path.write_bytes(bytes(data))
    return path


def test_a_docx_lying_about_its_compression_is_judged_by_what_it_inflates_to(tmp_path):
    bomb = lying_docx(tmp_path / "bomb.docx", MAX_XML_BYTES + 1024)
    assert bomb.stat().st_size < 400_000
    with zipfile.ZipFile(bomb) as package:
        info = package.getinfo("word/document.xml")
        assert info.file_size / info.compress_size < MAX_RATIO  # what the headers say
    assert reason_of(bomb) == "too_large"
    small = lying_docx(tmp_path / "small.docx", 10_000)
    assert extract(small).text == "x" * 10_000


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_reader_past_its_time_gives_up(tmp_path, monkeypatch, suffix):
    path = tmp_path / f"slow{suffix}"
    if suffix == ".pdf":
        path.write_bytes(page_bomb((1, 2, 3)))
    else:
        lying_docx(path, 100)
    assert extract(path).text  # readable in time
    monkeypatch.setattr(base, "MAX_SECONDS", 0.0)  # no time at all
    with pytest.raises(IngestError) as info:
        extract(path)
    assert info.value.reason == "too_large" and "took more than" in str(info.value)


def test_an_archive_of_hostile_files_lists_them_and_indexes_the_rest(tmp_path):
    (tmp_path / "dump.txt").write_bytes(b"x" * (MAX_LINE_BYTES + 1))
    (tmp_path / "bomb.pdf").write_bytes(page_bomb())
    with (tmp_path / "huge.md").open("wb") as handle:
        handle.truncate(1 << 40)
    (tmp_path / "brackets.md").write_text("[" * 100_000 + "\nالتعاون الجمركي\n", "utf-8")
    (tmp_path / "fine.txt").write_text("تقرير عن التعاون الجمركي", "utf-8")
    started = time.perf_counter()
    with Library(tmp_path) as library:
        report = library.update_index()
        found = sorted(hit.path for hit in library.search("الجمركي").hits)
    assert time.perf_counter() - started < 3.0
    assert found == ["brackets.md", "fine.txt"]
    assert sorted((p.path, p.reason) for p in report.problems) == [
        ("bomb.pdf", "too_large"), ("dump.txt", "too_large"), ("huge.md", "too_large"),
    ]


def test_html_with_more_tags_than_the_limit_is_refused_before_parsing(tmp_path):
    bomb = tmp_path / "nested.html"
    bomb.write_text("<div>" * (MAX_HTML_TAGS + 1) + "نص", "utf-8")  # 1 MB
    assert reason_of(bomb, budget_s=0.5) == "too_large"
    page = tmp_path / "page.html"
    page.write_text("<p>نص</p>" * 1000, "utf-8")  # closing tags make no objects
    assert extract(page).text.count("نص") == 1000
    assert max_bytes_for(bomb) < max_bytes_for(tmp_path / "big.txt")
