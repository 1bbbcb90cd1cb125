"""Anchors survive edits before, inside and after their passage, or are flagged, never lost."""

from __future__ import annotations

import pytest

from archive.errors import InvalidAnnotation
from archive.types import QUOTE_CONTEXT as CONTEXT
from archive.types import Anchor
from archive.userdata.anchoring import Resolution, find_quote, locate

TEXT = (
    "يعتبر المغرب واحدا من أقرب البلدان التي تكافح الإرهاب في الشرق الأوسط وشمال أفريقيا.\n"
    "ويعد المغرب شريكا قويا في عمليات حفظ السلام التابعة للأمم المتحدة في جمهورية الكونغو.\n"
    "وقعت الولايات المتحدة والمغرب اتفاقية التجارة الحرة يوم 15 يونيو 2004.\n"
)
PASSAGE = "عمليات حفظ السلام"


def _anchor():
    start = TEXT.index(PASSAGE)
    return Anchor.at(TEXT, start, start + len(PASSAGE))


def test_anchor_carries_both_selectors() -> None:
    a = _anchor()
    assert TEXT[a.start : a.end] == a.exact == PASSAGE
    assert TEXT[a.start - len(a.prefix) : a.start] == a.prefix and len(a.prefix) == CONTEXT
    assert TEXT[a.end : a.end + len(a.suffix)] == a.suffix and len(a.suffix) == CONTEXT


@pytest.mark.parametrize("start, end", [(-1, 3), (3, 3), (5, 2), (0, len(TEXT) + 1)])
def test_bad_spans_are_refused(start: int, end: int) -> None:
    with pytest.raises(InvalidAnnotation):
        Anchor.at(TEXT, start, end)


def test_unchanged_text_keeps_the_anchor() -> None:
    a = _anchor()
    assert locate(a, TEXT) == (a, Resolution.IN_PLACE)


def test_edit_after_the_passage_keeps_it_in_place_with_fresh_context() -> None:
    a = _anchor()
    edited = TEXT.replace("جمهورية الكونغو", "جمهورية الكونغو الديمقراطية وكوت ديفوار")
    new, resolution = locate(a, edited)
    assert resolution is Resolution.IN_PLACE
    assert (new.start, new.end, new.exact) == (a.start, a.end, PASSAGE)
    assert new.suffix == edited[new.end : new.end + CONTEXT]


def test_edit_before_the_passage_moves_it() -> None:
    a = _anchor()
    edited = "بلاغ صحفي من البيت الأبيض.\n" + TEXT
    new, resolution = locate(a, edited)
    assert resolution is Resolution.MOVED
    assert edited[new.start : new.end] == PASSAGE
    assert new.start == a.start + len("بلاغ صحفي من البيت الأبيض.\n")


def test_edit_inside_the_passage_finds_it_between_its_context() -> None:
    a = _anchor()
    edited = TEXT.replace(PASSAGE, "عمليات حفظ وبناء السلام")
    new, resolution = locate(a, edited)
    assert resolution is Resolution.MOVED
    assert new.exact == "عمليات حفظ وبناء السلام"
    assert edited[new.start : new.end] == new.exact


def test_passage_rewritten_with_its_context_is_lost() -> None:
    a = _anchor()
    edited = TEXT.replace(TEXT.splitlines()[1], "فقرة جديدة تماما لا علاقة لها بما سبق.")
    assert locate(a, edited) == (a, Resolution.LOST)


def test_deleted_passage_is_lost_and_the_old_anchor_kept() -> None:
    a = _anchor()
    edited = TEXT.replace(PASSAGE, "")
    new, resolution = locate(a, edited)
    # The prefix and suffix now enclose nothing: not a passage of about the old length.
    assert resolution is Resolution.LOST
    assert new == a


def test_repeated_quote_goes_to_the_occurrence_with_its_context() -> None:
    text = "المغرب شريك. " * 5 + "في عمليات حفظ السلام الأممية، المغرب شريك. ثم " + "المغرب شريك. " * 5
    start = text.index("المغرب شريك. ثم")
    a = Anchor.at(text, start, start + len("المغرب شريك"))
    edited = "مقدمة جديدة. " + text
    new, resolution = locate(a, edited)
    assert resolution is Resolution.MOVED
    assert new.start == start + len("مقدمة جديدة. ")


def test_repeated_quote_without_context_is_not_guessed() -> None:
    text = "السلام هنا. والسلام هناك."
    a = Anchor.at(text, 0, len("السلام"))
    edited = "كلام آخر السلام، وأيضا السلام"
    assert locate(a, edited)[1] is Resolution.LOST


def test_find_quote_for_quote_only_selectors() -> None:
    found = find_quote(TEXT, PASSAGE, prefix="ويعد المغرب شريكا قويا في ")
    assert found is not None and TEXT[found.start : found.end] == PASSAGE
    assert find_quote(TEXT, "نص غير موجود") is None
