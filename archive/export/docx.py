"""DOCX export with python-docx.

Word needs direction spelled out: a right-to-left paragraph (by the reader's rule,
``archive.text.direction``) gets ``w:bidi`` in its properties, and each run of Arabic text
``w:rtl``; runs of Latin text and European digits stay left to right, so Word neither sets
them in the Arabic font nor turns their digits into Arabic-Indic ones. Every run names an
Arabic complex-script font (``w:rFonts w:cs``) and a complex-script size (``w:szCs``): Word
sizes and sets Arabic with those, not with the Latin ones. Notes are indented on both sides
(so the indent does not depend on how a reader maps left and right in an RTL paragraph); a
citation follows each excerpt.

python-docx keeps property elements in schema order by searching the element for each
possible successor, which costs milliseconds per run; so each distinct set of paragraph or
run properties is made once with its API and copied after that.
"""

from __future__ import annotations

import io
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from archive.colors import safe_color
from archive.export.model import Excerpt, ExportModel, Ticker
from archive.export.text import direction_runs, paragraphs
from archive.progress import CancelToken, ProgressCallback
from archive.text.direction import reads_rtl

ARABIC_FONT = "Noto Naskh Arabic"
BODY_PT, SMALL_PT, NOTE_PT = 12, 9, 10
GREY = "555555"
NOTE_INDENT, SPACE_AFTER_EXCERPT = Pt(28), Pt(14)
# What may follow each element added by hand, in the schema's order (ECMA-376 CT_PPr,
# CT_RPr, CT_SectPr): Word refuses a document whose property elements are out of order.
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
               "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
               "w:pPrChange")
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_SZ_CS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
                "w:rtl", "w:cs", "w:em", "w:lang", *_AFTER_LANG)
_AFTER_SECT_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


class _Docx:
    """A python-docx document written paragraph by paragraph from cached property sets."""

    def __init__(self, title: str, lang: str) -> None:
        self.document = Document()
        self.document.core_properties.title = title
        self.document.core_properties.language = lang
        self._body = self.document.element.body
        self._ppr: dict[tuple, object] = {}
        self._rpr: dict[tuple, object] = {}

    def paragraph(self, text_runs: list[tuple[str, dict]], *, rtl: bool, style: str | None = None,
                  indent: bool = False, space_after: Pt | None = None, center: bool = False) -> None:
        """Add a paragraph of (text, run options) pieces, each split into direction runs."""
        p = OxmlElement("w:p")
        p_pr = self._paragraph_properties(rtl, style, indent, space_after, center)
        if p_pr is not None:
            p.append(deepcopy(p_pr))
        for text, options in text_runs:
            for segment, seg_rtl in direction_runs(text):
                r = OxmlElement("w:r")
                r.append(deepcopy(self._run_properties(seg_rtl, **options)))
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = segment
                r.append(t)
                p.append(r)
        self._body.sectPr.addprevious(p)

    def _paragraph_properties(self, rtl, style, indent, space_after, center):
        key = (rtl, style, indent, space_after, center)
        if key not in self._ppr:
            scratch = self.document.add_paragraph(style=style)  # made with the API, then removed
            fmt = scratch.paragraph_format
            if indent:
                fmt.left_indent = fmt.right_indent = NOTE_INDENT
            if space_after is not None:
                fmt.space_after = space_after
            if center:
                scratch.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p_pr = scratch._p.get_or_add_pPr()
            if rtl:
                p_pr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
            self._body.remove(scratch._p)
            self._ppr[key] = p_pr if len(p_pr) else None
        return self._ppr[key]

    def _run_properties(self, rtl: bool, pt: float = BODY_PT, bold: bool = False, color: str | None = None):
        key = (rtl, pt, bold, color)
        if key not in self._rpr:
            scratch = self.document.add_paragraph()
            font = scratch.add_run().font
            font.size = Pt(pt)
            if bold:
                font.bold = font.cs_bold = True
            if color:
                font.color.rgb = RGBColor.from_string(safe_color(color).lstrip("#").upper())
            r_pr = scratch.runs[0]._r.get_or_add_rPr()
            r_pr.get_or_add_rFonts().set(qn("w:cs"), ARABIC_FONT)
            sz_cs = OxmlElement("w:szCs")
            sz_cs.set(qn("w:val"), str(round(pt * 2)))  # half-points
            r_pr.insert_element_before(sz_cs, *_AFTER_SZ_CS)
            if rtl:
                font.rtl = True
                lang = OxmlElement("w:lang")
                lang.set(qn("w:bidi"), "ar-SA")
                r_pr.insert_element_before(lang, *_AFTER_LANG)
            self._body.remove(scratch._p)
            self._rpr[key] = r_pr
        return self._rpr[key]


def _excerpt(out: _Docx, model: ExportModel, e: Excerpt) -> None:
    rtl, opts = model.rtl, model.options
    for text in paragraphs(e.text):
        out.paragraph([(text, {})], rtl=reads_rtl(text, rtl), space_after=Pt(2))
    if opts.include_themes and e.themes:
        pieces: list[tuple[str, dict]] = []
        for theme in (model.themes[t] for t in e.themes if t in model.themes):
            if pieces:
                pieces.append((model.labels["separator"], {"pt": SMALL_PT}))
            pieces.append((theme.label, {"pt": SMALL_PT, "bold": True, "color": theme.color}))
        out.paragraph(pieces, rtl=rtl)
    if opts.include_notes:
        for text in (p for note in e.notes for p in paragraphs(note)):
            out.paragraph([(text, {"pt": NOTE_PT, "color": GREY})], rtl=reads_rtl(text, rtl), indent=True)
    if opts.include_citations:  # in the interface language, whatever the title's script
        out.paragraph([(e.display_citation, {"pt": SMALL_PT, "color": GREY})], rtl=rtl,
                      space_after=SPACE_AFTER_EXCERPT)


def write(model: ExportModel, path: Path, *, progress: ProgressCallback | None = None,
          cancel: CancelToken | None = None) -> None:
    tick = Ticker(sum(len(g.excerpts) for g in model.groups), progress, cancel)
    out = _Docx(model.title, model.lang)
    if model.rtl:  # the page itself: section direction for columns, page numbers, gutters
        out.document.sections[0]._sectPr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_SECT_BIDI)
    out.paragraph([(model.title, {"pt": 24})], rtl=reads_rtl(model.title, model.rtl), style="Title", center=True)
    if model.chart is not None:  # the themes chart, as wide as the text of an A4 or Letter page
        out.document.add_picture(io.BytesIO(model.chart.png), width=Inches(6))
    for group in model.groups:
        if group.heading:
            out.paragraph([(group.heading, {"pt": 16, "bold": True, "color": group.color})],
                          rtl=reads_rtl(group.heading, model.rtl), style="Heading 1")
        for e in group.excerpts:
            _excerpt(out, model, e)
            tick()
    out.document.save(str(path))
