"""Dates written in document text, in Arabic or in numbers, and in a document's path.

``find_latest_date`` returns the latest complete date (day, month and year) found in a text.
Briefing documents often recall older events before stating their own date, so the latest
date is the best guess at when the document was written; a date in the opening lines (a
dateline, ``find_dateline``) is better still. ``date_from_path`` reads the dates archives
are filed by (``2015/``, ``2015-03/``, ``2015/03/12/``, ``2015-03-12-brief.txt``), which may
give a year or a month only: dates are therefore ISO 8601 strings of 4, 7 or 10 characters.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from archive.text.dates import MAX_YEAR, MIN_YEAR, real_date_start

# Month names as regular expressions over ``_fold``ed text (hamza on alef dropped, ta
# marbuta as ha, alef maqsura as ya). "ال" is optional in the Levantine names: "كانون ثاني"
# is written too.
_ARABIC_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "جانفي", r"كانون\s+(?:ال)?ثاني"),
    2: ("فبراير", "فيفري", "شباط"),
    3: ("مارس", "اذار"),
    4: ("ابريل", "افريل", "نيسان"),
    5: ("مايو", "ماي", "ايار"),
    6: ("يونيو", "يونيه", "جوان", "حزيران"),
    7: ("يوليو", "يوليوز", "يوليه", "جويليه", "تموز"),
    8: ("اغسطس", "غشت", "اوت", "اب"),
    9: ("سبتمبر", "شتنبر", "ايلول"),
    10: ("اكتوبر", r"تشرين\s+(?:ال)?اول"),
    11: ("نوفمبر", "نونبر", r"تشرين\s+(?:ال)?ثاني"),
    12: ("ديسمبر", "دجنبر", "دسمبر", r"كانون\s+(?:ال)?اول"),
}
_ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_ENGLISH_NAMES: dict[int, tuple[str, ...]] = {
    number: (name, name[:3]) + (("sept",) if number == 9 else ())
    for number, name in enumerate(_ENGLISH_MONTHS, start=1)
}
# One pattern a month, to tell which month a matched name is.
_MONTH_PATTERNS = [
    (number, re.compile("|".join(_ARABIC_MONTHS[number] + _ENGLISH_NAMES[number]), re.IGNORECASE))
    for number in range(1, 13)
]


def _alternation(names_by_month: dict[int, tuple[str, ...]]) -> str:
    # Longest first, so that "مايو" wins over "ماي" and "september" over "sep".
    names = {name for names in names_by_month.values() for name in names}
    return "|".join(sorted(names, key=len, reverse=True))


_MONTH = _alternation(_ARABIC_MONTHS) + "|" + _alternation(_ENGLISH_NAMES)
# A second name for the same month, as in "كانون الثاني/يناير" or "يناير (كانون الثاني)".
_ALSO = rf"(?:\s*[/(\-]\s*(?:{_MONTH})\)?(?!\w))?"
_YEAR = r"(?P<year>\d{4})(?!\d)"

_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?P<month>{_MONTH})(?!\w)"
    rf"{_ALSO}\.?\s*(?:[,،]\s*)?(?:ل?(?:عام|سنه)\s*)?{_YEAR}",
    re.IGNORECASE,
)
# "January 29, 2021". The look-ahead keeps the scan fast: at most positions of an Arabic
# text it fails before the month alternation is tried.
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![a-z])(?=[a-z])(?P<month>{_alternation(_ENGLISH_NAMES)})\.?\s+"
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"(?<!\d)(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(?P<day>\d{1,2})([-/.])(?P<month>\d{1,2})\2(?P<year>\d{4})(?!\d)")

# Arabic-Indic and Eastern Arabic-Indic digits to ASCII, and spelling variants that do not
# change a month name: hamza on alef, ta marbuta, alef maqsura; tatweel and harakat dropped.
_FOLD = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
        "ـ": None, **{chr(c): None for c in range(0x064B, 0x0653)},
    }
)  # fmt: skip


def _make_date(year: str, month: int | str, day: str) -> datetime.date | None:
    try:
        value = datetime.date(int(year), int(month), int(day))
    except ValueError:  # 31 February and the like
        return None
    return value if MIN_YEAR <= value.year <= MAX_YEAR else None


def _month_number(name: str) -> int:
    return next(number for number, pattern in _MONTH_PATTERNS if pattern.fullmatch(name))


def iter_dates(text: str) -> Iterator[datetime.date]:
    """Yield every valid complete date written in ``text``, in no particular order."""
    folded = text.translate(_FOLD)
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(folded):
            month = _month_number(match["month"])
            if (found := _make_date(match["year"], month, match["day"])) is not None:
                yield found
    for pattern in (_YEAR_FIRST, _DAY_FIRST):
        for match in pattern.finditer(folded):
            if (found := _make_date(match["year"], match["month"], match["day"])) is not None:
                yield found


def find_latest_date(text: str) -> datetime.date | None:
    """The latest complete date written in ``text``, or None.

    Understands "29 يناير 2021" with the month names of the Maghreb, Egypt and the Levant
    (with or without hamza, "عام"/"سنة" before the year allowed), Arabic-Indic digits,
    English month names, 2021-01-29 and 29/01/2021 (day first). In a range such as
    "من 26 إلى 29 يناير 2021" only the last day carries a month, so the range counts as
    its end. Impossible dates are ignored.
    """
    return max(iter_dates(text), default=None)


# Where a dateline sits ("الرياض 12 مارس 2015 (واس) -"): the first lines of the text.
DATELINE_LINES = 3
DATELINE_CHARS = 300

# A path component that starts with a date: 2015, 2015-03, 2015_03_12-brief...
_PATH_DATE = re.compile(r"(?P<year>\d{4})(?:[-_.](?P<month>\d{1,2})(?:[-_.](?P<day>\d{1,2}))?)?(?!\d)")
_PATH_NUMBER = re.compile(r"\d{1,2}")


def find_dateline(text: str) -> datetime.date | None:
    """The date written in the first lines of ``text`` (its dateline), or None."""
    opening = [line for line in text[:DATELINE_CHARS].splitlines() if line.strip()][:DATELINE_LINES]
    return find_latest_date("\n".join(opening))


def date_from_path(path: str) -> str | None:
    """The date (ISO: year, month or day) a document's path inside the archive files it
    under, or None: the deepest folder or file name that starts with a year, refined by the
    month and day folders right below it (``2015/03/12/x.txt`` -> 2015-03-12)."""
    found: list[int] = []
    refining = False
    for part in path.split("/"):
        match = _PATH_DATE.match(part)
        if match and MIN_YEAR <= int(match["year"]) <= MAX_YEAR:
            found = real_date_start([int(n) for n in match.group("year", "month", "day") if n])
            refining = len(found) < 3
        elif refining and _PATH_NUMBER.fullmatch(part) and len(real_date_start([*found, int(part)])) > len(found):
            found.append(int(part))
            refining = len(found) < 3
        else:
            refining = False
    return "-".join(f"{n:02d}" for n in found) or None


def parse_metadata_date(value: object) -> datetime.date | None:
    """A date from a metadata value: a date or datetime, an ISO string, or written text."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        return None
    iso = re.match(r"\s*(?:D:)?(\d{4})-?(\d{2})-?(\d{2})", value)  # D: starts PDF dates
    if iso and (found := _make_date(*iso.groups())) is not None:
        return found
    return find_latest_date(value)
