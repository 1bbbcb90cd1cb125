"""The bundled taxonomy and the user's operations on themes."""

from __future__ import annotations

import re

import pytest

from archive.arabic import analyze
from archive.errors import InvalidTheme, ThemeInUse, ThemeNotFound
from archive.types import Anchor, Annotation, DocumentTag, Kind, Verdict
from archive.userdata.annotations import Annotations
from archive.userdata.feedback import SuggestionFeedback
from archive.userdata.store import Store
from archive.userdata.themes import Themes, load_taxonomy
from tests.archive.userdata.anno_samples import TEXT, register

DESIGN_IDS = [
    "security",
    "peacekeeping",
    "nonproliferation",
    "diplomacy",
    "democracy",
    "migration",
    "trade",
    "customs",
    "labor",
    "religion",
]


def test_taxonomy_has_the_ten_design_themes_in_order() -> None:
    taxonomy = load_taxonomy()
    assert [t.id for t in taxonomy] == DESIGN_IDS
    for t in taxonomy:
        assert re.search("[\u0600-\u06ff]", t.label_ar) and t.label_en.isascii()
        assert re.fullmatch("#[0-9a-f]{6}", t.color)
        assert len(t.lexicon.terms) >= 25, t.id
    assert len({t.color for t in taxonomy}) == 10


def test_every_lexicon_entry_analyses_to_terms() -> None:
    for t in load_taxonomy():
        for entry in t.lexicon.terms + t.lexicon.weak + t.lexicon.acronyms:
            assert analyze(entry), (t.id, entry)


@pytest.mark.parametrize(
    "acronym",
    [
        "GCTF",
        "OPCW",
        "USAID",
        "IAEA",
        "NPT",
        "UNHCR",
        "IOM",
        "FTA",
        "ILO",
        "WTO",
        "MINURSO",
        "CNDH",
        "DGSN",
        "DGST",
        "UTRF",
    ],
)
def test_acronyms_are_in_the_lexicons(acronym: str) -> None:
    assert any(acronym in t.lexicon.acronyms for t in load_taxonomy())


def test_builtins_are_seeded_once(store: Store, themes: Themes) -> None:
    assert [t.id for t in themes.all()] == DESIGN_IDS
    Themes(store, load_taxonomy())  # reopening adds nothing
    assert len(themes.all(include_hidden=True)) == 10
    assert all(t.builtin for t in themes.all())


def test_add_rename_recolour(themes: Themes) -> None:
    theme = themes.add("حقوق المرأة", "Women's rights", "#123456")
    assert theme.id == "women-s-rights" and not theme.builtin
    assert themes.all()[-1] == theme
    assert themes.rename(theme.id, label_en="Gender equality").label_en == "Women's rights"
    assert themes.get(theme.id).label_en == "Gender equality"
    assert themes.recolour(theme.id, "#abcdef") == "#123456"
    assert themes.get(theme.id).color == "#abcdef"
    assert themes.add("نوع", "Women's rights", "#000000").id == "women-s-rights-2"


@pytest.mark.parametrize(
    "args",
    [("", "", "#000000"), ("ا", "a", "red"), ("ا", "a", "#12345")],
)
def test_bad_themes_are_refused(themes: Themes, args: tuple) -> None:
    with pytest.raises(InvalidTheme):
        themes.add(*args)


def test_builtin_themes_are_hidden_not_lost(themes: Themes) -> None:
    themes.delete("religion")
    assert "religion" not in [t.id for t in themes.all()]
    assert themes.get("religion").hidden
    assert themes.set_hidden("religion", False) is True
    assert "religion" in [t.id for t in themes.all()]


def test_user_theme_in_use_cannot_be_deleted(store: Store, themes: Themes, annotations: Annotations) -> None:
    doc_id = register(store)
    theme = themes.add("ا", "Used", "#000000")
    annotations.add_document_tag(DocumentTag.new(doc_id, theme.id))
    with pytest.raises(ThemeInUse):
        themes.delete(theme.id)
    annotations.remove_document_tag(doc_id, theme.id)
    themes.delete(theme.id)
    with pytest.raises(ThemeNotFound):
        themes.get(theme.id)


def test_merge_moves_tags_passages_and_feedback(
    store: Store, themes: Themes, annotations: Annotations
) -> None:
    doc_id, other_id = register(store, "a.txt"), register(store, "b.txt")
    mine = themes.add("مكافحة التهريب", "Smuggling", "#000000")
    annotations.add_document_tag(DocumentTag.new(doc_id, mine.id))
    annotations.add_document_tag(DocumentTag.new(doc_id, "customs"))  # both: one tag stays
    annotations.add_document_tag(DocumentTag.new(other_id, mine.id))
    [passage] = annotations.add_annotations(
        [Annotation.new(doc_id, Kind.TAG, Anchor.at(TEXT, 0, 9), theme_id=mine.id)]
    )
    SuggestionFeedback(store).set_verdict(doc_id, mine.id, None, Verdict.REJECTED)

    themes.merge(mine.id, "customs")

    assert {(t.document_id, t.theme_id) for t in annotations.document_tags()} == {
        (doc_id, "customs"),
        (other_id, "customs"),
    }
    assert annotations.get(passage.id).theme_id == "customs"
    assert SuggestionFeedback(store).verdict(doc_id, "customs") is Verdict.REJECTED
    assert themes.resolve(mine.id) == "customs"
    assert mine.id not in [t.id for t in themes.all()]
    with pytest.raises(InvalidTheme):
        themes.merge("customs", "customs")


def test_merged_builtin_lexicon_counts_for_its_target(themes: Themes) -> None:
    themes.merge("peacekeeping", "security")
    themes.delete("religion")
    effective = themes.effective_ids()
    assert effective["peacekeeping"] == "security" and effective["security"] == "security"
    assert "religion" not in effective
