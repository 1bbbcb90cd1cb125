"""Stems that are words (issue 14): names keep their letters, no term is a bare clitic.

As a user sees it through ``analyze``: a country, its clitic forms and its nisba adjectives
share one term, which no other word reaches; conjunctions glued to prepositions are not
confused with the nouns they look like.
"""

import csv
from pathlib import Path

import pytest

from archive.arabic import analyze, normalize
from archive.arabic.names import Gazetteer, default_gazetteer
from archive.arabic.stem import ARTICLES

DATA = Path(__file__).parent / "data"


def term(word: str) -> str:
    terms = [t.term for t in analyze(word)]
    assert len(terms) == 1, (word, terms)
    return terms[0]


FAMILIES_AND_FALSE_FRIENDS = [
    (
        ("السودان", "للسودان", "وللسودان", "السوداني", "السودانية", "السودانيين", "السودانيون"),
        ("سود", "السود", "السودة"),
    ),
    (("البحرين", "بالبحرين", "البحريني", "البحرينية"), ("البحر", "بحر", "البحرية", "البحري", "والبحر")),
    (("ألمانيا", "وألمانيا", "لألمانيا", "الألمانية", "الألماني"), ("الأمان", "مانيا")),
    (("قطر", "وقطر", "القطري", "القطرية"), ("قطرة", "قطرات", "القطران")),
    (("العراق", "بالعراق", "العراقي", "العراقية"), ("العراقة", "عراقة")),
    (("ليبيا", "لليبيا", "الليبي", "الليبية"), ()),
    (("سوريا", "سورية", "السوري", "السوريين"), ()),
    (("أمريكا", "أميركا", "الأمريكية", "الأميركي", "الأمريكيين"), ()),
    (("الإمارات", "للإمارات", "الإماراتي", "الإماراتية"), ("الإمارة",)),
    (("جدة", "بجدة"), ("جد", "الجد")),
    (("الطائف", "بالطائف"), ("الطائفة", "الطائفية")),
    (("الرياض", "بالرياض"), ("الرياضة", "الرياضي")),
]


@pytest.mark.parametrize(("family", "false_friends"), FAMILIES_AND_FALSE_FRIENDS, ids=lambda x: x[0] if x else "")
def test_a_name_its_clitic_forms_and_nisbas_share_one_term_no_false_friend_has(family, false_friends):
    terms = {term(w) for w in family}
    assert len(terms) == 1, {w: term(w) for w in family}
    assert not terms & {term(w) for w in false_friends}, {w: term(w) for w in false_friends}


def test_false_friends_of_a_name_keep_their_own_families():
    # قطرة and قطرات are one word's forms, as are the words of sport: kept together, apart from the name.
    assert term("قطرة") == term("قطرات")
    assert term("الرياضة") == term("الرياضي") == term("الرياضية")
    assert term("الطائفة") == term("الطائفية")


def test_governor_and_to_and_automatic_are_three_words():
    governor, automatic = term("والي"), term("الآلي")
    assert governor == term("الوالي") != automatic
    assert automatic == term("آلي") == term("الآلية")
    assert [t.term for t in analyze("وإلى")] == [] and [t.term for t in analyze("والى")] == []  # and + to
    assert term("إله") == term("الإله") not in {governor, automatic}


def test_states_are_not_governors():
    assert term("ولايات") == term("الولايات") == term("ولاية")
    assert term("ولايات") not in {term("ولاة"), term("الولاة")}


def test_stop_words_are_matched_as_spelled():
    assert [t.term for t in analyze("على")] == []
    assert len(analyze("علي")) == 1  # the name Ali, not the preposition
    assert [t.term for t in analyze("فى أنّ إلى")] == []


def test_no_word_of_the_oracle_list_becomes_a_bare_article_or_clitic():
    with open(DATA / "lucene_oracle_words.tsv", encoding="utf-8") as f:
        words = [row["input"] for row in csv.DictReader(f, delimiter="\t")]
    bare = set(ARTICLES) | set("وبلكف")
    # (A word that is only an article, الـ before a number, stays what it is.)
    found = {w: t.term for w in words for t in analyze(w) if t.term in bare and len(normalize(w)) > len(t.term)}
    assert found == {}


def test_a_small_gazetteer_reads_clitics_articles_and_nisbas():
    names = Gazetteer([(["السودان"], ["سوداني"]), (["ألمانيا"], ["ألماني"]), (["ليبيا"], ["ليبي"])])
    assert names.terms == {"سودان", "المانيا", "ليبيا"}
    for word in ("السودان", "سودان", "وللسودان", "فبالسودان", "السودانيات", "سودانيتين"):
        assert names.term(word) == "سودان", word
    assert names.term("الالمانيه") == names.term("لالمانيا") == "المانيا"
    assert names.term("لليبيا") == names.term("الليبيون") == "ليبيا"
    assert names.term("سود") is None and names.term("مانيا") is None and names.term("سوداء") is None


def test_the_shipped_gazetteer_has_every_family_complete():
    names = default_gazetteer()
    assert len(names.terms) > 200
    for term_ in names.terms:
        assert all(names.term(piece) == term_ for piece in names.family(term_))
