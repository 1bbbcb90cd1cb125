"""Titles taken from text when metadata has none."""

from __future__ import annotations

from archive.ingest.titles import MAX_TITLE_CHARS, shorten, title_from_text


def test_skips_blank_and_short_lines():
    assert title_from_text("\n   \n- 3 -\n***\nab\nتقرير الاجتماع\nنص") == "تقرير الاجتماع"


def test_no_meaningful_line():
    assert title_from_text("\n12\n--\n") is None


def test_short_line_is_kept_whole_and_collapsed():
    assert title_from_text("  Cooperation   report  \n") == "Cooperation report"


def test_long_line_keeps_its_first_sentence():
    line = "ويأتي الاجتماع في إطار شراكة استراتيجية تربط البلدين. " + "وتغطي القضايا السياسية " * 10
    assert shorten(line) == "ويأتي الاجتماع في إطار شراكة استراتيجية تربط البلدين."


def test_long_line_without_sentence_is_cut_at_a_word():
    line = "نشر الموقع الالكتروني للبيت الأبيض بلاغا صحفيا حول العلاقة " * 5
    title = shorten(line)
    assert title.endswith("…")
    assert len(title) <= MAX_TITLE_CHARS
    assert line.startswith(title[:-1])
    assert line[len(title) - 1] == " "  # the cut falls between words


def test_one_huge_word_is_cut_hard():
    title = shorten("x" * 500)
    assert title == "x" * (MAX_TITLE_CHARS - 1) + "…"


def test_markdown_syntax_is_dropped():
    text = "---\n\n## 1. **التعاون** [الأمني](http://example.com) `GCTF`\n"
    assert title_from_text(text, markdown=True) == "التعاون الأمني GCTF"
