"""PDF export through Qt, read back with poppler (pdftotext, pdffonts): Arabic in logical
order as plain letters, right-to-left paragraphs on the right, page numbers, fonts embedded.

``qapp`` makes sure the application is pytest-qt's QApplication (the writer would otherwise
create a bare QGuiApplication, which later widget tests could not use).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest

from archive import export
from archive.export import ExportOptions, build_model
from archive.export.pdf_text import build_cmap, parse_cmap
from archive.types import Anchor, Annotation, Kind
from tests.archive.export.export_samples import (
    ARABIC_FIRST_NOTE,
    ARABIC_NOTE,
    ENGLISH_NOTE,
    FACT_SHEET,
    MEETING,
    SECURITY,
    add_mixed_directions,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
# pdftotext marks embedded runs with these; they are its own, not the PDF's.
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def pdf(excerpts, tmp_path, qapp):
    export.register("pdf", "desktop.excerpts.pdf_writer:write")

    def make(**options) -> Path:
        model = build_model(excerpts.library, ExportOptions(**options))
        return export.export(model, "pdf", tmp_path / "out.pdf")

    return make


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _plain(text: str) -> str:
    return " ".join(BIDI_MARKS.sub("", text).split())


def test_arabic_extracts_in_logical_order_as_plain_letters(pdf):
    text = pdftotext(pdf(lang="ar", group="theme"))
    assert not PRESENTATION_FORMS.search(text)
    plain = _plain(text)
    # Lam-alef (الاجتماع, الأمنية) and hamza forms come back whole and in reading order.
    assert SECURITY in plain
    assert "الأمن ومكافحة الإرهاب" in plain  # a group heading
    assert ENGLISH_NOTE in plain
    compact = re.sub(r"\s+", "", plain)
    assert re.sub(r"\s+", "", ARABIC_NOTE) in compact  # pdftotext moves the space around ":"
    # Citations. pdftotext does not see the isolates that keep a date and a path apart
    # inside Arabic, so it may give the two in either order: look for each piece.
    assert "الفقرة 3" in plain and "2021-01-29" in plain and "2013-11-21" in plain
    for path in (FACT_SHEET, MEETING):
        assert all(piece in compact for piece in re.findall(r"[^-]+-?", path)), path


def test_page_numbers_on_every_page(pdf, excerpts):
    library = excerpts.library
    doc = library.document(FACT_SHEET)
    library.add_annotations([  # enough for several pages
        Annotation.new(doc.record.id, Kind.HIGHLIGHT, Anchor.at(doc.text, start, start + 400))
        for start in range(0, len(doc.text) - 400, 150)
    ])
    pages = [p for p in pdftotext(pdf(lang="ar")).split("\f") if p.strip()]
    assert len(pages) > 2
    for number, page in enumerate(pages, 1):
        last = [line for line in BIDI_MARKS.sub("", page).splitlines() if line.strip()][-1]
        assert re.fullmatch(rf"\s*{number}\s*/\s*{len(pages)}\s*", last), last


def _words(path: Path) -> list[tuple[str, str, str]]:
    """(xMin, xMax, word) of every word, as pdftotext -bbox lists them."""
    return re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                      pdftotext(path, "-bbox"))


def test_right_to_left_paragraphs_sit_on_the_right(pdf):
    words = _words(pdf(lang="ar"))
    # -bbox lists words as they lie on the page: an Arabic word's letters from left to right.
    first_arabic = next((float(x0), float(x1)) for x0, x1, w in words if w[::-1] == SECURITY.split()[0])
    first_latin = next((float(x0), float(x1)) for (x0, x1, w), (_, _, after) in pairwise(words)
                       if (w, after) == ("GCTF", "meeting"))  # the English note's first word
    page_width = 595
    assert first_arabic[1] > page_width * 0.8  # the first word of an RTL paragraph: far right
    assert first_latin[0] < page_width * 0.2  # the English note reads from the left


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_paragraph_direction_follows_most_letters_not_the_first(pdf, excerpts, lang):
    add_mixed_directions(excerpts)
    words = _words(pdf(lang=lang))
    page_width = 595
    # The passage and the note that start with USAID are Arabic: USAID stands at the right.
    usaid = [float(x1) for x0, x1, w in words if w == "USAID"]
    assert len(usaid) == 2 and all(x1 > page_width * 0.8 for x1 in usaid)
    # The English note that starts with an Arabic word reads from the left, that word first.
    first = ARABIC_FIRST_NOTE.split()
    arabic = next(float(x0) for (x0, _, w), (_, _, after) in pairwise(words)
                  if (w[::-1], after) == (first[0], first[1]))
    assert arabic < page_width * 0.2


def test_cancelled_between_pages_leaves_no_file(excerpts, tmp_path, qapp):
    from archive.errors import Cancelled
    from archive.progress import CancelToken

    export.register("pdf", "desktop.excerpts.pdf_writer:write")
    cancel = CancelToken()
    seen = []

    def progress(p):
        seen.append(p.phase)
        if p.phase == "pages":
            cancel.cancel()

    (tmp_path / "out").mkdir()
    model = build_model(excerpts.library, ExportOptions())
    with pytest.raises(Cancelled):
        export.export(model, "pdf", tmp_path / "out" / "x.pdf", progress=progress, cancel=cancel)
    assert seen == ["write"] * 4 + ["pages"] and list((tmp_path / "out").iterdir()) == []


def test_fonts_are_embedded(pdf):
    listing = subprocess.run(["pdffonts", str(pdf(lang="ar"))], check=True, capture_output=True,
                             text=True).stdout.splitlines()[2:]
    assert any("NotoNaskhArabic" in line for line in listing)
    for line in listing:
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_english_export(pdf):
    plain = _plain(pdftotext(pdf(lang="en", group="document")))
    assert "Excerpts" in plain and SECURITY in plain and "paragraph 3" in plain


def test_cmap_round_trip():
    cmap = build_cmap({1: "ا", 2: "لا", 3: "ffi", 300: "."})
    assert parse_cmap(cmap) == {1: "ا", 2: "لا", 3: "ffi", 300: "."}
    qt_style = ("2 beginbfrange\n<0001> <0003> [<0627> <FEF3> <0031>]\n<000A> <000C> <0041>\nendbfrange\n")
    assert parse_cmap(qt_style) == {1: "ا", 2: "\ufef3", 3: "1", 10: "A", 11: "B", 12: "C"}


def test_without_a_glyph_log_presentation_forms_are_still_undone(tmp_path, qapp):
    """The fallback when page streams and drawn glyphs cannot be matched: Qt's own text map,
    with presentation forms decomposed."""
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from archive.export.pdf_text import repair_text_maps
    from desktop.excerpts.pdf_writer import _fonts

    path = tmp_path / "plain.pdf"
    writer = QPdfWriter(str(path))
    doc = QTextDocument()
    doc.setDefaultFont(_fonts().content(12))
    doc.setPlainText(SECURITY)
    doc.print_(writer)
    del writer
    assert PRESENTATION_FORMS.search(pdftotext(path))  # what Qt writes
    assert repair_text_maps(path, [], {}) is False
    assert not PRESENTATION_FORMS.search(pdftotext(path))
