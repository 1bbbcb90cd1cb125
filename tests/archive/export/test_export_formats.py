"""Every text and office format, opened with an independent reader: html.parser for HTML,
the csv and json modules, python-docx for DOCX (direction, fonts, logical order)."""

from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from archive import export
from archive.export import ExportModel, ExportOptions, build_model
from archive.export.text import LRI, PDI
from tests.archive.export.export_samples import (
    ARABIC_FIRST_NOTE,
    ARABIC_NOTE,
    DIPLOMACY,
    ENGLISH_NOTE,
    FACT_SHEET,
    MEETING,
    SECURITY,
    USAID_NOTE,
    USAID_PASSAGE,
    add_mixed_directions,
)


def _write(excerpts, fmt: str, tmp_path: Path, **options) -> tuple[Path, ExportModel]:
    model = build_model(excerpts.library, ExportOptions(**options))
    return export.export(model, fmt, tmp_path / f"out.{fmt}"), model


# -- JSON and CSV: data formats --------------------------------------------------------


def test_json_has_exactly_the_documented_shape(excerpts, tmp_path):
    path, model = _write(excerpts, "json", tmp_path, lang="ar")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data) == ["excerpts"]
    keys = ["path", "title", "date", "text", "start", "end", "themes", "notes", "citation"]
    assert all(list(item) == keys for item in data["excerpts"])
    assert [item["text"] for item in data["excerpts"]] == [e.text for e in model.excerpts]
    first = data["excerpts"][1]
    assert first["path"] == MEETING and first["themes"] == ["security"] and first["notes"] == [ARABIC_NOTE]
    assert first["citation"].endswith("الفقرة 3") and LRI not in first["citation"]  # raw, no controls


def test_csv_has_a_bom_the_columns_and_a_row_per_excerpt(excerpts, tmp_path):
    path, model = _write(excerpts, "csv", tmp_path, group="theme")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["document", "title", "date", "text", "themes", "notes", "citation", "start", "end"]
    assert len(rows) - 1 == len(model.excerpts) == 4  # once each, even when grouped
    diplomacy = next(r for r in rows[1:] if r[3].startswith(DIPLOMACY))
    assert diplomacy[0] == FACT_SHEET and diplomacy[2] == "2013-11-21" and diplomacy[4] == "diplomacy"
    assert diplomacy[5] == ENGLISH_NOTE and int(diplomacy[7]) < int(diplomacy[8])


def test_theme_filter_reaches_the_output(excerpts, tmp_path):
    path, _ = _write(excerpts, "json", tmp_path, themes=("security",))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [item["text"][:len(SECURITY)] for item in data["excerpts"]] == [SECURITY]


# -- HTML --------------------------------------------------------------------------------


class _Paragraphs(HTMLParser):
    """Collects (tag, attributes, text) of every element with a ``dir``, and any URL."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[list] = []
        self.urls: list[str] = []
        self._open: list[list] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.urls += [v for k, v in attrs.items() if k in ("src", "href") and v]
        if "dir" in attrs:
            item = [tag, attrs, ""]
            self.items.append(item)
            self._open.append(item)

    def handle_endtag(self, tag):
        if self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_data(self, data):
        for item in self._open:
            item[2] += data


def test_html_sets_dir_per_paragraph_from_its_content(excerpts, tmp_path):
    path, _ = _write(excerpts, "html", tmp_path, lang="en", group="theme")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    parser = _Paragraphs()
    parser.feed(page)
    assert parser.urls == [] and "url(" not in page and "@import" not in page  # nothing remote
    html_tag = next(i for i in parser.items if i[0] == "html")
    assert html_tag[1] == {"lang": "en", "dir": "ltr"}
    by_text = {text.strip(): attrs["dir"] for tag, attrs, text in parser.items if tag == "p"}
    assert by_text[ARABIC_NOTE] == "rtl" and by_text[ENGLISH_NOTE] == "ltr"
    excerpt = next(t for t in by_text if t.startswith(SECURITY))
    assert by_text[excerpt] == "rtl"
    citations = [(attrs, text) for tag, attrs, text in parser.items if attrs.get("class") == "citation"]
    assert len(citations) == 4 and all(a["dir"] == "ltr" for a, _ in citations)  # interface language
    assert "#d62728" in page  # the security theme's colour
    headings = [text for tag, attrs, text in parser.items if tag == "h2"]
    assert headings == ["Security and counter-terrorism", "Non-proliferation and WMD",
                        "Diplomacy and political cooperation", "No theme"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_direction_follows_most_letters_not_the_first(excerpts, tmp_path, lang):
    add_mixed_directions(excerpts)
    parser = _Paragraphs()
    parser.feed(_write(excerpts, "html", tmp_path, lang=lang)[0].read_text(encoding="utf-8"))
    by_text = {text.strip(): attrs["dir"] for tag, attrs, text in parser.items if tag == "p"}
    passage = next(t for t in by_text if t.startswith(USAID_PASSAGE))
    assert by_text[passage] == "rtl" and by_text[USAID_NOTE] == "rtl"
    assert by_text[ARABIC_FIRST_NOTE] == "ltr"


def test_html_escapes_text(excerpts, tmp_path):
    excerpts.library.update_note(
        next(a.id for a in excerpts.library.annotations() if a.body == ENGLISH_NOTE), "<script>x</script> & co"
    )
    page = _write(excerpts, "html", tmp_path)[0].read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt; &amp; co" in page


def test_html_in_arabic_is_right_to_left(excerpts, tmp_path):
    parser = _Paragraphs()
    parser.feed(_write(excerpts, "html", tmp_path, lang="ar")[0].read_text(encoding="utf-8"))
    assert next(i for i in parser.items if i[0] == "html")[1] == {"lang": "ar", "dir": "rtl"}
    citations = [(attrs["dir"], text) for tag, attrs, text in parser.items if attrs.get("class") == "citation"]
    assert len(citations) == 4 and all(direction == "rtl" for direction, _ in citations)
    assert any(f"{LRI}{FACT_SHEET}{PDI}" in text for _, text in citations)


# -- Markdown ------------------------------------------------------------------------------


def test_markdown_headings_quotes_notes_and_citations(excerpts, tmp_path):
    text = _write(excerpts, "md", tmp_path, lang="ar", group="document")[0].read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# مقتطفات"
    assert sum(line.startswith("## ") for line in lines) == 2
    assert f"> {SECURITY}" in text and f"- {ARABIC_NOTE}" in text
    assert "**المواضيع:** الأمن ومكافحة الإرهاب" in text
    assert any(line.startswith("*«") and line.endswith(f"الفقرة {LRI}3{PDI}*") for line in lines)


def test_markdown_leaves_out_what_is_not_wanted(excerpts, tmp_path):
    text = _write(excerpts, "md", tmp_path, include_notes=False, include_citations=False,
                  include_themes=False)[0].read_text(encoding="utf-8")
    assert ARABIC_NOTE not in text and "paragraph" not in text and "Themes" not in text
    assert SECURITY in text


def test_markdown_escapes_markup(excerpts, tmp_path):
    note = next(a for a in excerpts.library.annotations() if a.body == ENGLISH_NOTE)
    excerpts.library.update_note(note.id, "*not bold* [no link](x)")
    text = _write(excerpts, "md", tmp_path)[0].read_text(encoding="utf-8")
    assert r"\*not bold\* \[no link\](x)" in text


# -- DOCX ------------------------------------------------------------------------------------


def _bidi(paragraph) -> bool:
    p_pr = paragraph._p.pPr
    return p_pr is not None and p_pr.find(qn("w:bidi")) is not None


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _style_name(paragraph) -> str | None:
    style = paragraph.style
    assert style is not None  # python-docx falls back to the default style
    return style.name


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_docx_marks_arabic_paragraphs_and_runs_right_to_left(excerpts, tmp_path, lang):
    path, model = _write(excerpts, "docx", tmp_path, lang=lang)
    document = docx.Document(str(path))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]
    # Logical order: the text reads back exactly as it was exported.
    excerpt = next(p for p in paragraphs if p.text.startswith(SECURITY))
    assert excerpt.text == model.excerpts[1].text
    assert _bidi(excerpt)
    for run in excerpt.runs + [r for p in paragraphs for r in p.runs]:
        r_pr = run._r.rPr
        assert r_pr is not None and r_pr.rFonts is not None
        assert r_pr.rFonts.get(qn("w:cs")) == "Noto Naskh Arabic"
        assert r_pr.find(qn("w:szCs")) is not None
        if any("\u0621" <= ch <= "\u064a" for ch in run.text):
            assert run.font.rtl, run.text
        if any(ch.isascii() and ch.isalpha() for ch in run.text):
            assert not run.font.rtl, run.text  # Latin words never sit in an RTL run
    english = next(p for p in paragraphs if p.text == ENGLISH_NOTE)
    assert not _bidi(english) and english.paragraph_format.left_indent is not None
    citations = [p for p in paragraphs if FACT_SHEET in p.text or MEETING in p.text]
    assert len(citations) == 4
    assert all(_bidi(p) == (lang == "ar") for p in citations)
    assert all(_has_arabic(t) for t in texts if t.startswith(DIPLOMACY))
    assert _style_name(document.paragraphs[0]) == "Title"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_docx_direction_follows_most_letters_not_the_first(excerpts, tmp_path, lang):
    add_mixed_directions(excerpts)
    document = docx.Document(str(_write(excerpts, "docx", tmp_path, lang=lang)[0]))
    by_text = {p.text: p for p in document.paragraphs}
    passage = next(p for text, p in by_text.items() if text.startswith(USAID_PASSAGE))
    assert _bidi(passage) and _bidi(by_text[USAID_NOTE])
    assert not _bidi(by_text[ARABIC_FIRST_NOTE])


def test_docx_headings_per_group(excerpts, tmp_path):
    document = docx.Document(str(_write(excerpts, "docx", tmp_path, lang="ar", group="theme")[0]))
    headings = [p for p in document.paragraphs if _style_name(p) == "Heading 1"]
    assert [p.text for p in headings] == [
        "الأمن ومكافحة الإرهاب", "عدم الانتشار وأسلحة الدمار الشامل", "الدبلوماسية والتعاون السياسي", "بلا موضوع"
    ]
    assert all(_bidi(p) for p in headings)
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None


def test_export_is_atomic_and_reports_progress(excerpts, tmp_path):
    from archive.errors import Cancelled
    from archive.progress import CancelToken, Progress

    model = build_model(excerpts.library)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "keep.docx"
    target.write_bytes(b"old")
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        export.export(model, "docx", target, cancel=cancel)
    assert target.read_bytes() == b"old" and sorted(p.name for p in target.parent.iterdir()) == ["keep.docx"]
    seen: list[Progress] = []
    export.export(model, "md", tmp_path / "x.md", progress=seen.append)
    assert [p.done for p in seen] == [1, 2, 3, 4] and seen[-1].total == 4


def test_unknown_format(excerpts):
    with pytest.raises(export.UnknownFormat):
        export.export(build_model(excerpts.library), "rtf", Path("x.rtf"))
