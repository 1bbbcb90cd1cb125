"""Dates written in text: month-name families, digits, ranges, impossible dates."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.ingest.dates import find_latest_date, parse_metadata_date

D = datetime.date

# Every Arabic month name of the brief, Maghreb / Egypt / Levant, as written.
MONTH_NAMES = {
    1: ["يناير", "جانفي", "كانون الثاني"],
    2: ["فبراير", "فيفري", "شباط"],
    3: ["مارس", "آذار", "اذار"],
    4: ["أبريل", "ابريل", "إبريل", "أفريل", "افريل", "نيسان"],
    5: ["ماي", "مايو", "أيار", "ايار"],
    6: ["يونيو", "يونيه", "جوان", "حزيران"],
    7: ["يوليو", "يوليوز", "جويلية", "تموز"],
    8: ["أغسطس", "اغسطس", "غشت", "أوت", "اوت", "آب"],
    9: ["سبتمبر", "شتنبر", "أيلول", "ايلول"],
    10: ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"],
    11: ["نوفمبر", "نونبر", "تشرين الثاني"],
    12: ["ديسمبر", "دجنبر", "كانون الأول", "كانون الاول"],
}


@pytest.mark.parametrize(
    ("month", "name"), [(month, name) for month, names in MONTH_NAMES.items() for name in names]
)
def test_every_month_name(month, name):
    assert find_latest_date(f"انعقد الاجتماع يوم 7 {name} 2019 بالرباط") == D(2019, month, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في ٢٩ يناير ٢٠٢١", D(2021, 1, 29)),  # Arabic-Indic digits
        ("في ۲۹ ژانویه ۱۴۰۰ و ۲۹ يناير ۲۰۲۱", D(2021, 1, 29)),  # Eastern Arabic-Indic digits
        ("5 أيار عام 2019", D(2019, 5, 5)),
        ("5 أيار سنة 2019", D(2019, 5, 5)),
        ("5 أيار لعام 2019", D(2019, 5, 5)),
        ("21 نوفمبر، 2013", D(2013, 11, 21)),
        ("29 كانون الثاني/يناير 2021", D(2021, 1, 29)),
        ("29 يناير (كانون الثاني) 2021", D(2021, 1, 29)),
        ("10 تشرين ثاني 2020", D(2020, 11, 10)),  # without the article
        ("3 أكْتُوبَر 2020", D(2020, 10, 3)),  # with harakat
        ("في الفترة من 26 إلى 29 يناير 2021", D(2021, 1, 29)),  # a range counts as its end
        ("26-29 يناير 2021", D(2021, 1, 29)),
        ("2021-01-29", D(2021, 1, 29)),
        ("2021/1/29", D(2021, 1, 29)),
        ("29/01/2021", D(2021, 1, 29)),
        ("٢٩/٠١/٢٠٢١", D(2021, 1, 29)),
        ("29.1.2021", D(2021, 1, 29)),
        ("29 January 2021", D(2021, 1, 29)),
        ("January 29, 2021", D(2021, 1, 29)),
        ("29th of Jan. 2021", D(2021, 1, 29)),
        ("Sept. 3, 2022", D(2022, 9, 3)),
    ],
)
def test_written_dates(text, expected):
    assert find_latest_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "نوفمبر 2011 وعام 2014",  # no day: not a complete date
        "31 فبراير 2020",  # impossible day
        "30/02/2021",
        "01/29/2021",  # month first: not a day-first date
        "2021-13-01",
        "15/06/1442",  # a Hijri year with Gregorian-looking separators
        "عضويته 2012-13 في مجلس الأمن",
        "2،400 شخص في 8700 مركز",
        "123 يناير 2021",  # a number, not a day
        "5 مايوكا 2021",  # a longer word starting with a month name
    ],
)
def test_no_date(text):
    assert find_latest_date(text) is None


def test_the_latest_date_wins_whatever_the_order():
    text = (
        "وقعت في 15 يونيو 2004، ودخلت حيز التنفيذ في 1 يناير 2006."
        " وفي 21 نوفمبر 2013 وقع. ثم 2010-05-01."
    )
    assert find_latest_date(text) == D(2013, 11, 21)


def test_may_prefers_the_longer_name():
    assert find_latest_date("10 مايو 2017") == find_latest_date("10 ماي 2017") == D(2017, 5, 10)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-01-29T10:00:00Z", D(2021, 1, 29)),
        ("D:20210129103000+01'00'", D(2021, 1, 29)),
        ("20210129", D(2021, 1, 29)),
        ("Friday, 29 January 2021", D(2021, 1, 29)),
        (datetime.datetime(2021, 1, 29, 23, 0), D(2021, 1, 29)),
        (D(2021, 1, 29), D(2021, 1, 29)),
        ("garbage", None),
        ("D:20211399", None),
        (None, None),
        (42, None),
    ],
)
def test_metadata_dates(value, expected):
    assert parse_metadata_date(value) == expected


_DATEISH = st.lists(
    st.one_of(
        st.sampled_from(
            [" ", "/", "-", ".", "،", "عام ", "سنة ", "(", ")", "كانون", "الثاني", "تشرين ال"]
            + ["ماي", "مايو", "January", "Sept."]
            + [name for names in MONTH_NAMES.values() for name in names]
        ),
        st.integers(0, 3000).map(str),
        st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩۰۹", max_size=5),
    ),
    max_size=25,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=300), _DATEISH))
def test_never_raises_and_returns_a_valid_date(text):
    found = find_latest_date(text)
    assert found is None or (isinstance(found, D) and 1800 <= found.year <= 2100)
