"""Precise Arabic search (issue 14, part 1), as a user sees it: the hits of a search and
the words it marks. A country finds its adjectives and clitic forms, never the common
words light stemming would confuse with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.library import Library
from tests.archive.cli.test_cli import wathaiq
from tests.archive.search.archives import indexed_archive

DOCUMENTS = {
    "sudan.txt": "وقعت الحكومة السودانية اتفاقا للسلام، وقال وزير الخارجية إن للسودان دورا إقليميا.",
    "black.txt": "ارتدى المشيعون ملابس سود في الجنازة، وكانت السماء سوداء.",
    "bahrain.txt": "زار الوفد البحريني المنامة قبل أن يعود الوزير إلى البحرين.",
    "sea.txt": "ركب الصيادون البحر فجرا، وعادت السفن البحرية إلى الميناء.",
    "governor.txt": "اجتمع الوالي مع أعيان المنطقة لبحث مشاريع المياه.",
    "travel.txt": "سافر الوفد إلى الرياض وإلى جدة، ثم والى سفره إلى القاهرة.",
    "automatic.txt": "يعمل النظام الآلي على فرز الطرود، والآلية الجديدة أسرع.",
    "states.txt": "تتفاوض الولايات المتحدة مع ولايات أخرى حول التجارة.",
    "governors.txt": "عين الرئيس ولاة جددا للأقاليم الشمالية.",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    with indexed_archive(tmp_path_factory.mktemp("false-friends"), DOCUMENTS) as opened:
        yield opened


def found(library: Library, query: str) -> set[str]:
    return {hit.path for hit in library.search(query).hits}


def marked(library: Library, query: str, path: str) -> list[str]:
    text = DOCUMENTS[path]
    return [text[s:e] for s, e in library.matches(text, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("السودان", {"sudan.txt"}),
        ("سود", {"black.txt"}),
        ("البحرين", {"bahrain.txt"}),
        ("البحر", {"sea.txt"}),
        ("والي", {"governor.txt"}),
        ("الآلي", {"automatic.txt"}),
        ("الولايات", {"states.txt"}),
        ("ولاة", {"governors.txt"}),
    ],
)
def test_a_search_finds_its_word_and_not_its_false_friends(library, query, expected):
    assert found(library, query) == expected


def test_a_country_marks_its_adjective_and_clitic_forms(library):
    assert marked(library, "السودان", "sudan.txt") == ["السودانية", "للسودان"]
    assert marked(library, "البحرين", "bahrain.txt") == ["البحريني", "البحرين"]
    assert marked(library, "البحرين", "sea.txt") == []


def test_a_phrase_of_names_is_found_and_marked_whole(library):
    assert found(library, '"الولايات المتحدة"') == {"states.txt"}
    assert marked(library, '"الولايات المتحدة"', "states.txt") == ["الولايات المتحدة"]


def test_analyze_on_the_command_line_tells_the_words_apart():
    done = wathaiq("analyze", "--json", "والي وإلى الآلي السودان السودانية سود")
    assert done.returncode == 0, done.stderr
    tokens = json.loads(done.stdout)["tokens"]
    text = "والي وإلى الآلي السودان السودانية سود"
    terms = {text[t["start"] : t["end"]]: t["term"] for t in tokens}
    assert "وإلى" not in terms  # and + to: a stop word
    assert terms["والي"] != terms["الآلي"]
    assert terms["السودان"] == terms["السودانية"] != terms["سود"]
    assert all(len(term) > 2 for term in terms.values())


def test_the_sample_archive_still_finds_its_countries(sample_root: Path):
    with Library(sample_root) as opened:
        opened.update_index()
        assert opened.search("المغرب").total >= 1 and opened.search("الأمريكية").total >= 1
