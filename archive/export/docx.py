"""DOCX export with python-docx.

Word needs direction spelled out: a right-to-left paragraph gets ``w:bidi`` in its
properties, and each run of Arabic text ``w:rtl``; runs of Latin text and European digits
stay left to right, so Word neither sets them in the Arabic font nor turns their digits
into Arabic-Indic ones. Every run names an Arabic complex-script font (``w:rFonts w:cs``)
and a complex-script size (``w:szCs``): Word sizes and sets Arabic with those, not with the
Latin ones. Notes are indented on both sides (so the indent does not depend on how a reader
maps left and right in an RTL paragraph); a citation follows each excerpt.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from archive.export.model import Excerpt, ExportModel, Ticker
from archive.export.text import direction_runs, is_rtl, paragraphs
from archive.progress import CancelToken, ProgressCallback

ARABIC_FONT = "Noto Naskh Arabic"
BODY_PT, SMALL_PT = 12, 9
GREY = RGBColor(0x55, 0x55, 0x55)
# What may follow each element we add, in the schema's order (ECMA-376 CT_PPr, CT_RPr):
# Word refuses a document whose property elements are out of order.
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
               "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
               "w:pPrChange")
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_SZ_CS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
                "w:rtl", "w:cs", "w:em", "w:lang", *_AFTER_LANG)


def _set_bidi(paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        p_pr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def _add_text(paragraph, text: str, *, pt: float, bold: bool = False,
              color: RGBColor | None = None) -> None:
    """Add ``text`` as runs, one per direction, each with its complex-script font and size."""
    for segment, rtl in direction_runs(text):
        run = paragraph.add_run(segment)
        font = run.font
        font.size = Pt(pt)
        if bold:
            font.bold = font.cs_bold = True
        if color is not None:
            font.color.rgb = color
        r_pr = run._r.get_or_add_rPr()
        r_pr.get_or_add_rFonts().set(qn("w:cs"), ARABIC_FONT)
        sz_cs = OxmlElement("w:szCs")
        sz_cs.set(qn("w:val"), str(int(pt * 2)))  # half-points
        r_pr.insert_element_before(sz_cs, *_AFTER_SZ_CS)
        if rtl:
            font.rtl = True
            lang = OxmlElement("w:lang")
            lang.set(qn("w:bidi"), "ar-SA")
            r_pr.insert_element_before(lang, *_AFTER_LANG)


def _paragraph(container, text: str, fallback_rtl: bool, *, style: str | None = None,
               pt: float = BODY_PT, bold: bool = False, color: RGBColor | None = None,
               rtl: bool | None = None):
    p = container.add_paragraph(style=style)
    if is_rtl(text, fallback_rtl) if rtl is None else rtl:
        _set_bidi(p)
    _add_text(p, text, pt=pt, bold=bold, color=color)
    return p


def _rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.lstrip("#").upper())


def _excerpt(document, model: ExportModel, e: Excerpt) -> None:
    rtl, opts = model.rtl, model.options
    for text in paragraphs(e.text):
        p = _paragraph(document, text, rtl)
        p.paragraph_format.space_after = Pt(2)
    if opts.include_themes and e.themes:
        p = document.add_paragraph()
        if rtl:
            _set_bidi(p)
        for i, theme_id in enumerate(e.themes):
            theme = model.themes.get(theme_id)
            if theme is None:
                continue
            if i:
                _add_text(p, model.labels["separator"], pt=SMALL_PT)
            _add_text(p, theme.label, pt=SMALL_PT, bold=True, color=_rgb(theme.color))
    if opts.include_notes:
        for note in e.notes:
            for text in paragraphs(note):
                p = _paragraph(document, text, rtl, pt=SMALL_PT + 1, color=GREY)
                p.paragraph_format.left_indent = p.paragraph_format.right_indent = Pt(28)
    if opts.include_citations:
        # In the interface language, whatever the title's script.
        p = _paragraph(document, e.display_citation, rtl, pt=SMALL_PT, color=GREY, rtl=rtl)
        p.paragraph_format.space_after = Pt(14)


def write(model: ExportModel, path: Path, *, progress: ProgressCallback | None = None,
          cancel: CancelToken | None = None) -> None:
    tick = Ticker(sum(len(g.excerpts) for g in model.groups), progress, cancel)
    document = Document()
    document.core_properties.title = model.title
    document.core_properties.language = model.lang
    if model.rtl:  # the page itself: section direction for columns, page numbers, gutters
        document.sections[0]._sectPr.insert_element_before(
            OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange"
        )
    title = _paragraph(document, model.title, model.rtl, style="Title", pt=24)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for group in model.groups:
        if group.heading:
            color = _rgb(group.color) if group.color else None
            _paragraph(document, group.heading, model.rtl, style="Heading 1", pt=16, bold=True, color=color)
        for e in group.excerpts:
            _excerpt(document, model, e)
            tick()
    document.save(str(path))
