"""The themes chart (issue 15): PNG and SVG files that open, and the chart inside HTML and
DOCX exports."""

from __future__ import annotations

import base64
import io
import re
import xml.etree.ElementTree as ET

import docx
from PIL import Image

from archive.export import ExportOptions, export
from archive.export.chart import theme_chart

SVG = "{http://www.w3.org/2000/svg}svg"


def test_chart_is_a_png_and_an_svg_of_the_themes_over_the_years(excerpts) -> None:
    library = excerpts.library
    overview = library.theme_overview("year")
    themes = library.themes()
    chart = theme_chart(overview, {t.id: t.label("ar") for t in themes}, {t.id: t.color for t in themes}, "ar")
    image = Image.open(io.BytesIO(chart.png))
    image.verify()
    assert image.format == "PNG" and image.size[0] > image.size[1] > 300
    root = ET.fromstring(chart.svg)
    assert root.tag == SVG
    # Text is drawn as outlines (no text layer), and given in logical order: no presentation forms.
    assert root.find(".//{http://www.w3.org/2000/svg}text") is None
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufefe]", chart.svg.decode("utf-8"))
    assert chart.title == "المقاطع المرمّزة حسب الموضوع والسنة"


def test_html_export_holds_the_chart_as_svg(excerpts, tmp_path) -> None:
    model = excerpts.library.export_model(ExportOptions(chart="month"))
    assert model.chart is not None
    page = export(model, "html", tmp_path / "briefing.html").read_text("utf-8")
    found = re.search(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="([^"]+)">', page)
    assert found and found.group(2) == "Coded passages per theme, by month"
    assert ET.fromstring(base64.b64decode(found.group(1))).tag == SVG


def test_docx_export_holds_the_chart_as_a_picture(excerpts, tmp_path) -> None:
    without = export(excerpts.library.export_model(), "docx", tmp_path / "plain.docx")
    assert len(docx.Document(str(without)).inline_shapes) == 0
    path = export(excerpts.library.export_model(ExportOptions(chart="year")), "docx", tmp_path / "b.docx")
    (shape,) = docx.Document(str(path)).inline_shapes
    assert shape.width > 0
