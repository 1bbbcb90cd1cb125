"""PDF reading: text layer, paragraphs, presentation forms, metadata, refusals.

The PDFs are written by hand (a few objects and an xref table), so no binary fixture is
committed and every byte of the input is known.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from archive.export import ExportOptions, build_model
from archive.export.html import render
from archive.ingest import IngestError, extract
from archive.ingest.pdf import page_paragraphs
from archive.library import Library
from archive.text.display import OffsetMap
from archive.text.forms import PRESENTATION_FORMS
from archive.types import Anchor, Annotation, Kind

# Codes 1..4 of the test font stand for presentation forms: seen (initial), lam (medial),
# alef (final), meem (isolated), which spell سلام; code 5 for the basmala ligature, which
# NFKC leaves alone.
TO_UNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Test def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
5 beginbfchar <01> <FEB3> <02> <FEE0> <03> <FE8E> <04> <FEE1> <05> <FDFD> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end"""


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def make_pdf(lines: list[bytes], info: bytes = b"", *, arabic_font: bool = False) -> bytes:
    """A one-page PDF showing ``lines`` (PDF string syntax, e.g. b"(Hello)") one per line."""
    shows = b" T* ".join(line + b" Tj" for line in lines)
    content = b"BT /F1 11 Tf 14 TL 72 720 Td " + shows + b" ET" if lines else b""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
    font += b" /ToUnicode 7 0 R >>" if arabic_font else b" >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        font,
        b"<< " + info + b" >>",
        _stream(TO_UNICODE),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


LINES = [
    b"(Cooperation Report)",
    b"(The regional meeting on non-proliferation was held remotely over four days and)",
    b"(brought together experts from both countries.)",
    b"(Next steps)",
    b"(Signed in Rabat on 3 March 2020.)",
]


def write(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def reason_of(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        extract(path)
    return info.value.reason


def test_text_layer_one_paragraph_a_line(tmp_path):
    result = extract(write(tmp_path, make_pdf(LINES)))
    assert result.text == (
        "Cooperation Report\n"
        "The regional meeting on non-proliferation was held remotely over four days and "
        "brought together experts from both countries.\n"
        "Next steps\n"
        "Signed in Rabat on 3 March 2020."
    )
    assert result.title == "Cooperation Report"
    assert (result.date, result.date_source) == ("2020-03-03", "text")
    assert (result.source, result.encoding, result.format) == (None, None, "pdf")


def test_document_info_is_metadata(tmp_path):
    info = b"/Title (Annual report) /Author (Ministry) /CreationDate (D:20210129103000+01'00')"
    result = extract(write(tmp_path, make_pdf(LINES, info)))
    assert (result.title, result.source) == ("Annual report", "Ministry")
    assert (result.date, result.date_source) == ("2021-01-29", "metadata")


def test_presentation_forms_are_folded(tmp_path):
    # Glyphs stand left to right as on the page (visual order): meem, alef, lam, seen.
    # pypdf gives them back in reading order.
    pdf = make_pdf([b"<04030201>", b"(Rabat office)"], arabic_font=True)
    result = extract(write(tmp_path, pdf))
    assert result.text == "سلام\nRabat office"


def test_presentation_forms_are_searched_read_and_exported_as_base_letters(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    write(root, make_pdf([b"<04030201>", b"(Rabat office)", b"<05>"], arabic_font=True), "report.pdf")
    with Library(root) as library:
        library.update_index()
        for word in ("الرحمن", "سلام"):  # NFKC alone keeps the basmala one unsearchable symbol
            assert [hit.path for hit in library.search(word).hits] == ["report.pdf"], word
        document = library.document("report.pdf")
        assert document.text == "سلام\nRabat office\nبسم الله الرحمن الرحيم"
        assert OffsetMap(document.text).shown == document.text  # the reader shows it as stored
        library.add_annotations([
            Annotation.new(document.record.id, Kind.HIGHLIGHT, Anchor.at(document.text, 0, len(document.text)))
        ])
        page = render(build_model(library, ExportOptions(lang="ar")))
    assert '<p dir="rtl">بسم الله الرحمن الرحيم</p>' in page and not PRESENTATION_FORMS.search(page)


def test_page_paragraphs():
    page = "Title\nA long wrapped line of text that goes\non and ends here.\n\nShort one\nLast"
    assert page_paragraphs(page) == [
        "Title",
        "A long wrapped line of text that goes on and ends here.",
        "Short one",
        "Last",
    ]


def test_page_without_text_layer_is_empty(tmp_path):
    path = write(tmp_path, make_pdf([]))
    with pytest.raises(IngestError) as info:
        extract(path)
    assert (info.value.reason, str(info.value)) == ("empty", "no text layer")


def test_blank_page_from_pypdf_is_empty(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert reason_of(write(tmp_path, buffer.getvalue())) == "empty"


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n garbage", b"not a pdf", make_pdf(LINES)[:60]],
    ids=["garbage", "text", "cut"],
)
def test_damaged_pdf_is_corrupt(tmp_path, data):
    assert reason_of(write(tmp_path, data)) == "corrupt"


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(LINES))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_password_protected_pdf_is_corrupt(tmp_path):
    assert reason_of(write(tmp_path, _encrypted("secret"))) == "corrupt"


def test_pdf_encrypted_with_empty_user_password_opens(tmp_path):
    assert extract(write(tmp_path, _encrypted(""))).title == "Cooperation Report"
