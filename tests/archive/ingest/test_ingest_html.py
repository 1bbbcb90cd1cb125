"""HTML reading: visible text only, nothing run or fetched, metadata, declared charsets."""

from __future__ import annotations

import socket

import pytest

from archive.ingest import IngestError, extract

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="{charset}">
<title>تقرير   الاجتماع الإقليمي</title>
<meta name="author" content="وزارة الشؤون الخارجية">
<meta property="og:site_name" content="Site">
<meta property="article:published_time" content="2021-01-29T10:00:00+01:00">
<link rel="stylesheet" href="http://example.com/style.css">
<style>p {{ color: red }} .secret-style {{}}</style>
<script>document.write("secret-script")</script>
</head><body>
<noscript>secret-noscript</noscript>
<template><p>secret-template</p></template>
<iframe src="http://example.com/frame">secret-iframe</iframe>
<svg><title>secret-svg</title><text>secret-svg-text</text></svg>
<h1>عنوان   المقال</h1>
<p>فقرة أولى
   تستمر على سطرين في المصدر</p>
<div>سطر<br>آخر<br/>ثالث</div>
<ul><li>واحد</li><li>اثنان</li></ul>
<img src="http://example.com/tracker.png" alt="">
<!-- secret-comment -->
<table><tr><td>خلية 1</td><td>خلية 2</td></tr></table>
<pre>a
  b</pre>
<p>نص <b>عريض</b> و<i>مائل</i> في الفقرة.</p>
<script src="http://example.com/app.js"></script>
</body></html>
"""

EXPECTED_TEXT = (
    "عنوان المقال\n"
    "فقرة أولى تستمر على سطرين في المصدر\n"
    "سطر\nآخر\nثالث\n"
    "واحد\nاثنان\n"
    "خلية 1\nخلية 2\n"
    "a\nb\n"
    "نص عريض ومائل في الفقرة."
)


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test if anything opens a network connection."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.parametrize(("charset", "codec"), [("utf-8", "utf_8"), ("windows-1256", "cp1256")])
def test_visible_text_and_metadata(tmp_path, no_network, charset, codec):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(charset=charset).encode(codec))
    result = extract(path)
    assert result.text == EXPECTED_TEXT
    assert "secret" not in result.text
    assert result.title == "تقرير الاجتماع الإقليمي"
    assert (result.date, result.date_source) == ("2021-01-29", "metadata")
    assert result.source == "وزارة الشؤون الخارجية"
    assert (result.encoding, result.format) == (codec, "html")
    assert no_network == []


def test_title_from_h1_and_date_from_time_element(tmp_path):
    path = tmp_path / "a.htm"
    path.write_text(
        '<h1>Rabat <em>meeting</em></h1><p>Held <time datetime="2020-03-05">last March</time>.</p>'
        "<p>See 1 يناير 2021.</p>",
        encoding="utf_8",
    )
    result = extract(path)
    assert result.title == "Rabat meeting"
    assert (result.date, result.date_source) == ("2020-03-05", "metadata")
    assert (result.source, result.encoding) == (None, "utf_8")


def test_date_from_text_and_site_name_as_source(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        '<meta property="og:site_name" content="هسبريس"><p>الرباط في 21 نوفمبر 2013</p>',
        encoding="utf_8",
    )
    result = extract(path)
    assert (result.date, result.date_source, result.source) == (
        "2013-11-21",
        "dateline",
        "هسبريس",
    )


def test_utf8_bytes_win_over_a_stale_declaration(tmp_path):
    path = tmp_path / "a.html"
    path.write_bytes('<meta charset="windows-1256"><p>نص عربي</p>'.encode())
    result = extract(path)
    assert (result.text, result.encoding) == ("نص عربي", "utf_8")


def test_http_equiv_declaration_and_detection_without_one(tmp_path):
    declared = tmp_path / "declared.html"
    markup = (
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">'
        "<p>التعاون الأمني</p>"
    )
    declared.write_bytes(markup.encode("iso8859_6"))
    assert extract(declared).encoding == "iso8859_6"
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes("<p>لصاحب الجلالة</p><p>تم رصد أكبر مبادرة</p>".encode("cp1256"))
    result = extract(undeclared)
    assert (result.text, result.encoding) == ("لصاحب الجلالة\nتم رصد أكبر مبادرة", "cp1256")


def test_unclosed_head_keeps_the_body(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<html><head><title>T</title><body><p>hello body</p>", encoding="utf_8")
    assert extract(path).text == "hello body"


@pytest.mark.parametrize(
    "markup", ["", "<html><head><title>x</title></head><body><script>x()</script></body></html>"]
)
def test_pages_without_text_are_empty(tmp_path, markup):
    path = tmp_path / "a.html"
    path.write_text(markup, encoding="utf_8")
    with pytest.raises(IngestError) as info:
        extract(path)
    assert info.value.reason == "empty"


def test_binary_html_is_refused(tmp_path):
    path = tmp_path / "a.html"
    path.write_bytes(b'<meta charset="utf-8">\x00\x01\x02')
    with pytest.raises(IngestError) as info:
        extract(path)
    assert info.value.reason == "binary"


def test_deeply_nested_page(tmp_path):
    # Deeper than Python's recursion limit: the text walk must not recurse.
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 5000 + "نص عميق" + "</div>" * 5000, encoding="utf_8")
    assert extract(path).text == "نص عميق"
