"""Scoring whole posting lists gives Whoosh's own matches and scores, on any query.

The index has three segments, one of them with deletions, all under Whoosh's 5,000
documents (where Whoosh preloads unions). Every test runs twice: with postings decoded
from Whoosh's blocks, and read from the term arrays the indexer writes beside segments.
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query

from archive.search import scoring, term_arrays
from archive.search.index import create_index
from archive.search.searching import parse

FORMS = ["التعاون", "تعاون", "والتعاون", "الأمني", "أمني", "الأمنية", "المغرب", "بالمغرب", "اتفاق", "جديد"]
THEMES = ["security", "trade", "migration"]


def _document(rng: random.Random, n: int) -> dict:
    return {
        "doc_id": f"d{n}",
        "path": f"d{n}.txt",
        "key": f"d{n}:hash",
        "title": " ".join(rng.choices(FORMS, k=2)),
        "content": " ".join(rng.choices([*FORMS, "بين", "البلدين"], k=rng.randint(3, 60))),
        "date": datetime(2010 + n % 5, 1 + n % 12, 1),
        "year": str(2010 + n % 5),
        "theme": ",".join(rng.sample(THEMES, k=rng.randint(0, 2))),
    }


def _build_index(directory, arrays: bool):
    """Three segments of 60 documents, nine of the first deleted; arrays of most terms."""
    rng = random.Random(11)
    ix = create_index(directory)
    for first in (0, 60, 120):  # one segment per commit
        with ix.writer() as writer:
            writer.mergetype = lambda writer, segments: segments  # keep the segments apart
            for n in range(first, first + 60):
                writer.add_document(**_document(rng, n))
    with ix.writer() as writer:
        writer.mergetype = lambda writer, segments: segments
        for n in range(0, 60, 7):
            writer.delete_by_term("doc_id", f"d{n}")
    if arrays:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(term_arrays, "MIN_DOCS", 3)  # most terms of this small index
            assert term_arrays.write_missing(ix) == 3
    return ix


@pytest.fixture(scope="module", params=["blocks", "arrays"])
def searcher(tmp_path_factory, request):
    ix = _build_index(tmp_path_factory.mktemp("scoring") / "index", arrays=request.param == "arrays")
    with ix.searcher() as searcher:
        assert len(searcher.leaf_searchers()) == 3 and searcher.doc_count() < searcher.doc_count_all()
        yield searcher


def whoosh_scores(searcher, q: query.Query, monkeypatch) -> dict[int, float]:
    # Whoosh gives an expanded term (prefix, fuzzy) a score of 1 in segments under 5,000
    # documents and its BM25 score above; ours is always the BM25 score, which is Whoosh's
    # with a tree of unions.
    monkeypatch.setattr(query.Or, "matcher_type", query.Or.DEFAULT_MATCHER)
    return {hit.docnum: hit.score for hit in searcher.search(q, limit=None)}


def ours(searcher, q: query.Query) -> dict[int, float]:
    found = scoring.score(searcher, q)
    assert list(found.docnums) == sorted(set(found.docnums.tolist()))
    return dict(zip(found.docnums.tolist(), found.scores.tolist(), strict=True))


QUERIES = [
    "التعاون",
    "التعاون الأمني",
    "التعاون OR بالمغرب",
    "الأمنية NOT المغرب",
    "NOT المغرب",
    '"التعاون الأمني"',
    '"التعاون الأمني"~3',
    '"الأمني المغرب التعاون"',
    '"التعاون التعاون"',
    "تعاو*",
    "التعاون~",
    "title:التعاون",
    "theme:security",
    "(التعاون OR أمني) AND (المغرب OR اتفاق)",
    "date:2012",
]


@pytest.mark.parametrize("text", QUERIES)
def test_matches_and_scores_are_whooshs(searcher, text, monkeypatch):
    q = parse(searcher.schema, text)
    expected = whoosh_scores(searcher, q, monkeypatch)
    got = ours(searcher, q)
    assert set(got) == set(expected) and len(got) >= 3
    assert got == pytest.approx(expected, rel=1e-12)


def test_arrays_hold_the_frequent_terms_postings(searcher, request):
    kept = 0
    for sub, _ in searcher.leaf_searchers():
        leaf = sub.reader()
        arrays = term_arrays.open_arrays(leaf)
        if request.node.callspec.params["searcher"] == "blocks":
            assert arrays is None
            continue
        assert arrays is not None
        for btext, info in leaf.iter_field("content"):
            stored = arrays.get("content", btext)
            if info.doc_frequency() < 3:
                assert stored is None
                continue
            assert stored is not None
            docnums, weights, _ = term_arrays.decode(leaf.postings("content", btext))
            assert stored[0].tolist() == docnums.tolist() and stored[1].tolist() == weights.tolist()
            kept += 1
    assert kept > 20 or request.node.callspec.params["searcher"] == "blocks"


@pytest.mark.parametrize("damage", [b"", b"WQA1 garbage", "truncated"])
def test_damaged_arrays_fall_back_to_the_blocks(tmp_path, damage):
    ix = _build_index(tmp_path / "index", arrays=True)
    for path in (tmp_path / "index").glob("*.wqa"):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if damage == "truncated" else damage)
    with ix.searcher() as damaged:
        leaves = [sub.reader() for sub, _ in damaged.leaf_searchers()]
        assert all(term_arrays.open_arrays(leaf) is term_arrays.NO_ARRAYS for leaf in leaves)
        q = parse(damaged.schema, "التعاون OR أمني")
        got = ours(damaged, q)
    with _build_index(tmp_path / "fresh", arrays=False).searcher() as fresh:
        assert got == ours(fresh, q) and got


def test_a_searcher_opened_before_the_arrays_were_written_uses_them(tmp_path, monkeypatch):
    ix = _build_index(tmp_path / "index", arrays=False)
    decoded: list[int] = []
    real_decode = term_arrays.decode

    def counting_decode(*args):
        decoded.append(1)
        return real_decode(*args)

    monkeypatch.setattr(term_arrays, "decode", counting_decode)
    with ix.searcher() as searcher:
        q = parse(searcher.schema, "التعاون")
        before = ours(searcher, q)
        assert decoded  # no arrays yet: the blocks
        monkeypatch.setattr(term_arrays, "MIN_DOCS", 1)
        term_arrays.write_missing(ix)  # as the indexer does after its commit
        decoded.clear()
        assert ours(searcher, q) == before and not decoded


def test_browsing_lists_every_live_document(searcher):
    assert len(scoring.score(searcher, query.Every())) == searcher.doc_count() == 171


def test_term_docs_leave_out_deleted_documents(searcher):
    docs = scoring.term_docs(searcher, "theme", "security").tolist()
    expected = sorted(hit.docnum for hit in searcher.search(query.Term("theme", "security"), limit=None))
    assert docs == expected and docs


def test_date_column_matches_the_stored_dates(searcher):
    dates = scoring.column(searcher, "date")
    field = searcher.schema["date"]
    for docnum in (1, 70, 150):
        stored = searcher.stored_fields(docnum)["date"]
        assert field.from_column_value(int(dates[docnum])) == stored


words = st.sampled_from([*FORMS, "تعاو*", "الامن~", "title:اتفاق", '"التعاون الأمني"', '"أمني المغرب"~2'])
clauses = st.recursive(
    words,
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from([" ", " OR ", " AND ", " NOT "]), inner).map("".join),
        inner.map(lambda q: f"({q})"),
    ),
    max_leaves=5,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=clauses)
def test_any_query_scores_as_whoosh(searcher, text, monkeypatch):
    q = parse(searcher.schema, text)
    assert ours(searcher, q) == pytest.approx(whoosh_scores(searcher, q, monkeypatch), rel=1e-12)
