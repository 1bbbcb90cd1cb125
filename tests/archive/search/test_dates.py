"""Dates with their source (issue 12, part 2), as a user sees them in search: the Years
facet, the year filter, date order and each hit's date. A copied file is not dated by the
day it was copied; a document without a date is "undated", never guessed."""

from __future__ import annotations

import pytest

from archive.types import UNDATED
from tests.archive.search.archives import indexed_archive

DOCUMENTS = {
    "2015/03/filed.txt": "مذكرة عن التعاون\nنص\nنص\nنص بلا تاريخ",
    "2016/sharpened.txt": "مذكرة عن التعاون\nنص\nنص\nنص\nعقد الاجتماع في 7 مايو 2016",
    "loose.txt": "مذكرة عن التعاون بلا تاريخ",
    "dateline.txt": "الرباط 12 مارس 2020 (و م ع) - مذكرة عن التعاون\nنص",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    with indexed_archive(tmp_path_factory.mktemp("dated"), DOCUMENTS) as opened:  # every file copied today
        yield opened


def test_each_hit_carries_its_date_at_the_precision_it_is_known(library):
    dates = {hit.path: hit.date for hit in library.search("التعاون").hits}
    assert dates == {
        "2015/03/filed.txt": "2015-03",
        "2016/sharpened.txt": "2016-05-07",
        "loose.txt": None,
        "dateline.txt": "2020-03-12",
    }


def test_the_years_facet_counts_undated_documents_and_never_the_copy_day(library):
    years = library.search("التعاون").facets["year"]
    assert years == {"2015": 1, "2016": 1, "2020": 1, UNDATED: 1}  # every file was written today


def test_undated_documents_can_be_filtered_and_sort_last(library):
    assert [h.path for h in library.search("التعاون", years=[UNDATED]).hits] == ["loose.txt"]
    assert [h.path for h in library.search("year:undated").hits] == ["loose.txt"]
    by_date = [h.path for h in library.search("التعاون", sort="date").hits]
    assert by_date == ["dateline.txt", "2016/sharpened.txt", "2015/03/filed.txt", "loose.txt"]


def test_the_registry_keeps_where_each_date_came_from(library):
    sources = {record.path: (record.date, record.date_source) for record in library.documents()}
    assert sources == {
        "2015/03/filed.txt": ("2015-03", "path"),
        "2016/sharpened.txt": ("2016-05-07", "text"),
        "loose.txt": (None, None),
        "dateline.txt": ("2020-03-12", "dateline"),
    }
