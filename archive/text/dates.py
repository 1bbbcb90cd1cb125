"""Dates as Wathaiq keeps them: ISO 8601 strings of the precision known.

A document may be dated to the day (2015-03-12), or only to a month or a year when that is
all its folder says (2015-03, 2015); a user may correct a date to any of the three. Years
outside MIN_YEAR..MAX_YEAR are numbers that merely look like dates (or Hijri years).
"""

from __future__ import annotations

import datetime
import re

MIN_YEAR = 1800
MAX_YEAR = 2100
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def real_date_start(parts: list[int]) -> list[int]:
    """The longest start of ``[year, month, day]`` that is a real date (31 February is not)."""
    for length in range(len(parts), 0, -1):
        year, month, day = (*parts[:length], 1, 1)[:3]
        try:
            datetime.date(year, month, day)
        except ValueError:
            continue
        return parts[:length]
    return []


def is_iso_date(text: str) -> bool:
    """True for a real date written YYYY, YYYY-MM or YYYY-MM-DD (years 1800-2100)."""
    if not _ISO.fullmatch(text):
        return False
    parts = [int(n) for n in text.split("-")]
    return MIN_YEAR <= parts[0] <= MAX_YEAR and real_date_start(parts) == parts


def period_start(iso: str) -> datetime.date:
    """The first day of an ISO date of any precision ("2015" -> 2015-01-01)."""
    parts = [int(n) for n in iso.split("-")]
    year, month, day = (*parts, 1, 1)[:3]
    return datetime.date(year, month, day)
