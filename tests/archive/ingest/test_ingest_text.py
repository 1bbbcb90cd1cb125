"""Plain text and Markdown reading: encodings, display text, refusals, dispatch, hashing."""

from __future__ import annotations

import datetime
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    Extracted,
    IngestError,
    content_hash,
    extract,
)

SAMPLE_ARCHIVE = Path(__file__).resolve().parents[3] / "resources" / "sample-archive"

# Arabic with hamza forms, Arabic punctuation and English: representable in every codec below.
MIXED = (
    "تقرير عن التعاون الأمني بين المغرب والولايات المتحدة (GCTF)\n"
    "The regional meeting was held remotely with experts from Rabat.\n"
    "اجتماع إقليمي حول مكافحة الانتشار النووي، هل انتهى؟ نعم؛ وسيُستأنف لاحقًا.\n"
    "  indented line with trailing spaces   \n"
)


def write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (MIXED.encode("utf_8"), "utf_8"),
        (b"\xef\xbb\xbf" + MIXED.encode("utf_8"), "utf_8"),
        (b"\xff\xfe" + MIXED.encode("utf_16_le"), "utf_16"),
        (b"\xfe\xff" + MIXED.encode("utf_16_be"), "utf_16"),
        (MIXED.encode("cp1256"), "cp1256"),
        (MIXED.encode("iso8859_6"), "iso8859_6"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1256", "iso8859-6"],
)
def test_encodings_round_trip_exactly(tmp_path, data, encoding):
    result = extract(write(tmp_path, data))
    assert result.text == MIXED  # BOM dropped, nothing stripped or normalised
    assert result.encoding == encoding
    assert result.format == "txt"
    assert result.source is None


def test_two_line_cp1256_arabic_file(tmp_path):
    # Short cp1256 Arabic is where detectors stumble; it must not come out as mojibake.
    text = "لصاحب الجلالة\nتم رصد أكبر مبادرة\n"
    result = extract(write(tmp_path, text.encode("cp1256")))
    assert (result.text, result.encoding) == (text, "cp1256")


def test_short_iso8859_6_file_with_article(tmp_path):
    # Letters that both Arabic codepages place alike: the definite article decides.
    text = "الخاصة بأسلحة\nالدمار الشامل\n"
    result = extract(write(tmp_path, text.encode("iso8859_6")))
    assert (result.text, result.encoding) == (text, "iso8859_6")


def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8(tmp_path):
    text = (SAMPLE_ARCHIVE / "2021-rabat-nonproliferation-meeting.txt").read_text("utf_8")
    data = bytearray(text.encode("utf_8"))
    for offset in (100, 2000, 3000):
        data[offset] = 0xFF  # never valid in UTF-8
    result = extract(write(tmp_path, bytes(data)))
    assert result.encoding == "utf_8"
    assert result.text.count("\ufffd") >= 3
    assert "مكافحة الانتشار النووي" in result.text


def test_short_utf8_file_with_one_bad_byte_stays_utf8(tmp_path):
    data = "تقرير الاجتماع\nالرباط".encode() + b"\xff"
    assert extract(write(tmp_path, data)).text == "تقرير الاجتماع\nالرباط\ufffd"


def test_english_with_one_cp1256_word_is_not_taken_for_damaged_utf8(tmp_path):
    text = "Minutes of the meeting: لقاء in Rabat."
    assert extract(write(tmp_path, text.encode("cp1256"))).text == text


def test_cyrillic_cp1251_is_not_taken_for_arabic(tmp_path):
    text = "Привет, как дела? Это тестовый текст на русском языке.\n"
    result = extract(write(tmp_path, text.encode("cp1251")))
    assert (result.text, result.encoding) == (text, "cp1251")


@pytest.mark.parametrize("codec", ["utf_8", "cp1256", "utf_16"])
def test_line_endings_become_newlines(tmp_path, codec):
    data = "سطر أول\r\nسطر ثان\rسطر ثالث\n\r\n".encode(codec)
    assert extract(write(tmp_path, data)).text == "سطر أول\nسطر ثان\nسطر ثالث\n\n"


def test_bom_only_at_start_is_dropped(tmp_path):
    data = b"\xef\xbb\xbf" + "نص\ufeffداخلي".encode("utf_8")
    assert extract(write(tmp_path, data)).text == "نص\ufeffداخلي"


@pytest.mark.parametrize(
    "data", [b"", b"\xef\xbb\xbf", b"  \n\r\n\t "], ids=["0-bytes", "bom", "blank"]
)
def test_empty_files_are_refused(tmp_path, data):
    with pytest.raises(IngestError) as info:
        extract(write(tmp_path, data))
    assert info.value.reason == "empty"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        "نص\x00عربي".encode(),
        bytes(range(1, 9)) * 20 + b"some text",
    ],
    ids=["png", "nul-in-utf8", "control-chars"],
)
def test_binary_content_is_refused(tmp_path, data):
    with pytest.raises(IngestError) as info:
        extract(write(tmp_path, data))
    assert info.value.reason == "binary"


def test_too_large_is_refused_before_reading(tmp_path):
    path = write(tmp_path, b"x" * 11)
    assert extract(path, max_bytes=11).text == "x" * 11
    with pytest.raises(IngestError) as info:
        extract(path, max_bytes=10)
    assert info.value.reason == "too_large"
    assert "10" in str(info.value)
    assert MAX_FILE_BYTES >= 10 * 1024 * 1024


def test_broken_utf16_is_undecodable(tmp_path):
    data = b"\xff\xfe" + "نص".encode("utf_16_le") + b"\x00"  # odd length
    with pytest.raises(IngestError) as info:
        extract(write(tmp_path, data))
    assert info.value.reason == "undecodable"


def test_unsupported_and_unreadable(tmp_path):
    with pytest.raises(IngestError) as info:
        extract(write(tmp_path, b"x", "notes.doc"))
    assert info.value.reason == "unsupported"
    for path in (tmp_path / "missing.txt", tmp_path / "folder.txt"):
        if path.name == "folder.txt":
            path.mkdir()
        with pytest.raises(IngestError) as info:
            extract(path)
        assert info.value.reason == "unreadable"


def test_error_reasons_are_checked():
    with pytest.raises(ValueError):
        IngestError("bad reason")
    err = IngestError("corrupt", "xref table broken")
    assert (err.reason, str(err)) == ("corrupt", "xref table broken")


def test_suffix_dispatch_is_case_insensitive(tmp_path):
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf"} == SUPPORTED_SUFFIXES
    assert extract(write(tmp_path, b"Hello there", "UPPER.TXT")).format == "txt"


def test_title_fallback_and_never_a_date_from_the_modification_time(tmp_path):
    # A copied file has the day it was copied: that is no document's date.
    path = write(tmp_path, "\n  \n- 1 -\nالتقرير السنوي للتعاون\nنص بلا تاريخ\n".encode())
    moment = datetime.datetime(2019, 6, 15, 12, 0).timestamp()
    os.utime(path, (moment, moment))
    result = extract(path)
    assert result.title == "التقرير السنوي للتعاون"
    assert (result.date, result.date_source) == (None, None)


def test_date_from_text(tmp_path):
    text = "اجتماع\nفقرة أولى\nفقرة ثانية\nفقرة ثالثة\nالرباط في 3 مارس 2020 ثم 5 أبريل 2021\n"
    result = extract(write(tmp_path, text.encode()))
    assert (result.date, result.date_source) == ("2021-04-05", "text")


def test_a_dateline_wins_over_later_dates_in_the_text(tmp_path):
    text = "الرياض 12 مارس 2015 (واس) - عقد الاجتماع\nنص\nنص\nنص\nوسيعقد الاجتماع التالي في 5 أبريل 2016\n"
    result = extract(write(tmp_path, text.encode()))
    assert (result.date, result.date_source) == ("2015-03-12", "dateline")


@pytest.mark.parametrize(
    ("location", "text", "expected"),
    [
        ("2015/03/brief.txt", "نص بلا تاريخ", ("2015-03", "path")),
        ("2015/brief.txt", "نص بلا تاريخ", ("2015", "path")),
        ("2015/03/12/brief.txt", "نص بلا تاريخ", ("2015-03-12", "path")),
        ("news/brief.txt", "نص بلا تاريخ", (None, None)),
        ("2015/brief.txt", "عنوان\nنص\nنص\nنص\nفي 3 مارس 2020", ("2015", "path")),  # the folder beats the body
        ("2015/brief.txt", "الرباط 3 مارس 2020\nنص", ("2020-03-03", "dateline")),  # a dateline beats the folder
        ("2015/brief.txt", "عنوان\nنص\nنص\nنص\nفي 3 مارس 2015", ("2015-03-03", "text")),  # the text sharpens it
    ],
)
def test_the_folders_an_archive_files_a_document_under_date_it(tmp_path, location, text, expected):
    path = write(tmp_path, text.encode())
    result = extract(path, location=location)
    assert (result.date, result.date_source) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2013-us-morocco-partnership-fact-sheet.txt", ("2013-11-21", "text")),
        ("2021-rabat-nonproliferation-meeting.txt", ("2021-01-29", "dateline")),
    ],
)
def test_sample_archive(name, expected):
    path = SAMPLE_ARCHIVE / name
    result = extract(path)
    assert isinstance(result, Extracted)
    assert result.text == path.read_text("utf_8")
    assert (result.date, result.date_source, result.encoding) == (*expected, "utf_8")
    assert 10 < len(result.title) <= 91


def test_markdown_keeps_source_and_reads_front_matter(tmp_path):
    text = (
        "---\ntitle: \"ملخص الاجتماع\"\ndate: 2021-01-29\nauthor: وزارة الخارجية\n---\n"
        "# عنوان\r\n\r\nنص **مهم** في 3 مارس 2022.\r\n"
    )
    result = extract(write(tmp_path, text.encode("utf_8"), "notes.md"))
    assert result.text == text.replace("\r\n", "\n")
    assert (result.title, result.source, result.format) == ("ملخص الاجتماع", "وزارة الخارجية", "md")
    assert (result.date, result.date_source) == ("2021-01-29", "metadata")


def test_markdown_title_from_heading(tmp_path):
    text = "## **التعاون** [الأمني](http://x.y)\n\nنص\n"
    result = extract(write(tmp_path, text.encode(), "a.md"))
    assert result.title == "التعاون الأمني"
    assert (result.date, result.date_source) == (None, None)


def test_content_hash_streams_file_bytes(tmp_path):
    data = os.urandom(3 * 1024 * 1024 + 7)
    path = write(tmp_path, data, "blob.bin")
    assert content_hash(path) == hashlib.sha256(data).hexdigest()
    with pytest.raises(OSError):  # the scanner hashes first and reports this itself
        content_hash(tmp_path / "missing.txt")


# Pieces that steer the decoder down each of its paths: cp1256 and UTF-8 Arabic, marks,
# line endings, digits, the DOS end-of-file mark.
_PIECES = [b"\xc7\xe1", b"\xd8\xa7", b"\r\n", b" ", b"\xff\xfe", b"\xef\xbb\xbf", b"2021", b"\x1a"]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=600),
        st.text(max_size=200).map(lambda s: s.encode("utf_8", "surrogatepass")),
        st.lists(st.sampled_from(_PIECES), max_size=60).map(b"".join),
    )
)
def test_txt_reader_raises_only_ingest_error(tmp_path, data):
    path = write(tmp_path, data, "fuzz.txt")
    try:
        result = extract(path)
    except IngestError as err:
        assert err.reason in {"empty", "binary", "undecodable"}
    else:
        assert "\r" not in result.text
        try:
            exact = data.decode("utf_8_sig")
        except UnicodeDecodeError:
            return
        if "\x00" not in exact:  # valid UTF-8 is always read as UTF-8, untouched
            assert result.text == exact.replace("\r\n", "\n").replace("\r", "\n")


def test_text_only_extraction_skips_the_date_search(tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("اجتماع يوم 29 يناير 2021 في الرباط", "utf-8")
    assert extract(path).date == "2021-01-29"
    shown = extract(path, metadata=False)
    assert shown.text == "اجتماع يوم 29 يناير 2021 في الرباط" and shown.date is None
    assert extract(path).date == "2021-01-29"  # the switch does not stick
