"""Excerpts for the export tests, made through the annotations API as a user would make them
in the reader, on a copy of the sample archive."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from archive.library import Library
from archive.types import Anchor, Annotation, DocumentTag, Kind

FACT_SHEET = "2013-us-morocco-partnership-fact-sheet.txt"
MEETING = "2021-rabat-nonproliferation-meeting.txt"
# Phrases the excerpts start with: lam-alef, hamza forms and digits, to catch shaping in PDF.
SECURITY = "ويعقد الاجتماع على خلفية تزايد التهديدات الأمنية"
DIPLOMACY = "إذ تستضيف الرباط الاجتماع الخامس"
NONPROLIFERATION = "نظمت وزارة الشؤون الخارجية"
UNTAGGED = "وتتيح الموائد المستديرة"
ARABIC_NOTE = "ملاحظة: التهديدات العابرة للحدود مهمة للتقرير."
ENGLISH_NOTE = "GCTF meeting in Rabat, spring 2014: check the date."
# Paragraphs whose first strong letter is in the minority script: a Unicode default reader
# (first strong character) would give each the wrong direction.
USAID_PASSAGE = "USAID ) تم رصد أكبر مبادرة انتخابات"  # Arabic, from the fact sheet
USAID_NOTE = "USAID تمول برامج الحكامة المحلية في المغرب"  # Arabic
ARABIC_FIRST_NOTE = "التطرف is the word the report uses for extremism."  # English


@dataclass
class Excerpts:
    """The archive and the ids of its highlights, in the user's excerpt order."""

    library: Library
    root: Path
    security: str
    diplomacy: str
    nonproliferation: str
    untagged: str

    @property
    def order(self) -> list[str]:
        return [self.nonproliferation, self.security, self.diplomacy, self.untagged]


def _span(text: str, phrase: str, length: int) -> tuple[int, int]:
    start = text.index(phrase)
    return start, min(len(text), start + length)


def add_excerpts(library: Library) -> Excerpts:
    """Highlights with a passage tag, notes (one overlapping, one not), a document tag."""
    meeting, fact = library.document(MEETING), library.document(FACT_SHEET)
    m_id, f_id = meeting.record.id, fact.record.id
    s, e = _span(meeting.text, SECURITY, 120)
    security = Annotation.new(m_id, Kind.HIGHLIGHT, Anchor.at(meeting.text, s, e))
    tag = Annotation.new(m_id, Kind.TAG, Anchor.at(meeting.text, s + 5, e - 5), theme_id="security")
    note = Annotation.new(m_id, Kind.NOTE, Anchor.at(meeting.text, s + 10, s + 30), body=ARABIC_NOTE)
    s, e = _span(fact.text, DIPLOMACY, 90)
    diplomacy = Annotation.new(f_id, Kind.HIGHLIGHT, Anchor.at(fact.text, s, e), theme_id="diplomacy")
    english = Annotation.new(f_id, Kind.NOTE, Anchor.at(fact.text, s, s + 40), body=ENGLISH_NOTE)
    far_note = Annotation.new(f_id, Kind.NOTE, Anchor.at(fact.text, 0, 20), body="not about the excerpts")
    s, e = _span(meeting.text, NONPROLIFERATION, 150)
    nonpro = Annotation.new(m_id, Kind.HIGHLIGHT, Anchor.at(meeting.text, s, e), theme_id="nonproliferation")
    s, e = _span(meeting.text, UNTAGGED, 60)
    untagged = Annotation.new(m_id, Kind.HIGHLIGHT, Anchor.at(meeting.text, s, e))
    library.add_annotations([security, tag, note, diplomacy, english, far_note, nonpro, untagged])
    library.move_excerpt(nonpro.id, 0.5)  # the user dragged it to the top
    library.add_document_tag(DocumentTag.new(f_id, "migration"))
    return Excerpts(library, library.root, security.id, diplomacy.id, nonpro.id, untagged.id)


def add_mixed_directions(excerpts: Excerpts) -> None:
    """A highlight from "USAID" on in the fact sheet, with the two mixed notes on it."""
    library = excerpts.library
    fact = library.document(FACT_SHEET)
    s, e = _span(fact.text, USAID_PASSAGE, 80)
    library.add_annotations([
        Annotation.new(fact.record.id, Kind.HIGHLIGHT, Anchor.at(fact.text, s, e)),
        *(Annotation.new(fact.record.id, Kind.NOTE, Anchor.at(fact.text, s, s + 20), body=body)
          for body in (USAID_NOTE, ARABIC_FIRST_NOTE)),
    ])
