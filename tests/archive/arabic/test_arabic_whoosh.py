"""archive.search.analysis: the analyzers inside a real Whoosh index."""

import pickle
import re

import pytest
from whoosh import fields, highlight, index, qparser
from whoosh.analysis import RegexTokenizer

from archive.search.analysis import ArabicTokenizer, content_analyzer

DOCS = {
    "glued": "نشر البيت الأبيض بلاغا حول العلاقة التي تربط الولاياتالمتحدةالأمريكية والمغرب",
    "spaced": "وقع وزير المالية بوسعيد اتفاقية تيسير التجارة مع الولايات المتحدة",
    "other": "مجالات الدبلوماسية والسياسية للتعاون حكومة المغرب هي شريك رئيسي",
}


def schema():
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        content=fields.TEXT(analyzer=content_analyzer(), stored=True),
    )


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    ix = index.create_in(tmp_path_factory.mktemp("ix"), schema())
    with ix.writer() as w:
        for doc_id, text in DOCS.items():
            w.add_document(id=doc_id, content=text)
    return index.open_dir(ix.storage.folder)  # the schema comes back unpickled


def search(ix, text, field="content"):
    with ix.searcher() as s:
        q = qparser.QueryParser(field, ix.schema).parse(text)
        return sorted(hit["id"] for hit in s.search(q))


def test_analyzers_pickle_and_compare_by_class():
    assert pickle.loads(pickle.dumps(schema())) == schema()
    assert content_analyzer() == ArabicTokenizer()


def test_phrase_query_finds_the_glued_text(ix):
    assert search(ix, '"الولايات المتحدة الأمريكية"') == ["glued"]
    assert search(ix, '"الولايات المتحدة"') == ["glued", "spaced"]
    assert search(ix, '"وزير المالية"') == ["spaced"]


def test_index_holds_stems_and_exact_forms_at_one_position(ix):
    assert search(ix, "بالمغرب") == ["glued", "other"]  # query side: the stem
    with ix.searcher() as s:
        terms = {t.decode() for t in s.reader().lexicon("content")}
    assert {"مغرب", "والمغرب", "المغرب"} <= terms
    assert "بالمغرب" not in terms
    assert search(ix, "مجال") == ["other"]



def test_highlights_land_on_the_original_letters(ix):
    with ix.searcher() as s:
        parser = qparser.QueryParser("content", ix.schema, group=qparser.OrGroup)
        q = parser.parse("المتحدة وزير")
        hits = s.search(q)
        hits.formatter = highlight.HtmlFormatter(tagname="b", classname="m", termclass="t")
        hits.fragmenter = highlight.WholeFragmenter()
        marked = {h["id"]: h.highlights("content") for h in hits}
    # The highlight of a glued word's part covers that part's letters only.
    assert re.search('الولايات<b class="m t.">المتحدة</b>الأمريكية والمغرب$', marked["glued"])
    assert re.search('<b class="m t.">وزير</b> المالية', marked["spaced"])


def test_tokens_are_set_like_regex_tokenizers():
    text = "GCTF usaid"
    ours = [
        (t.text, t.pos, t.startchar, t.endchar, t.original)
        for t in content_analyzer()(
            text, positions=True, chars=True, keeporiginal=True, start_pos=3, start_char=10
        )
    ]
    theirs = [
        (t.text.lower(), t.pos, t.startchar, t.endchar, t.original)
        for t in RegexTokenizer()(
            text, positions=True, chars=True, keeporiginal=True, start_pos=3, start_char=10
        )
    ]
    assert ours == theirs == [("gctf", 3, 10, 14, "GCTF"), ("usaid", 4, 15, 20, "usaid")]


def test_index_mode_repeats_the_exact_form_at_the_same_position():
    tokens = [(t.text, t.pos) for t in content_analyzer()("في الولايات", positions=True, mode="index")]
    assert tokens == [("ولاي", 0), ("الولايات", 0)]


def test_query_mode_and_untokenized_text():
    analyzer = content_analyzer()
    assert [t.text for t in analyzer("في الولايات المتحدة", mode="query")] == ["ولاي", "متحد"]
    [whole] = analyzer("المتحدة", tokenize=False, mode="query", positions=True, chars=True)
    assert (whole.text, whole.pos, whole.startchar, whole.endchar) == ("متحد", 0, 0, 7)


def test_no_morph_gives_the_exact_forms():
    analyzer = content_analyzer()
    assert analyzer.has_morph()
    assert [t.text for t in analyzer("بالمغرب", no_morph=True)] == ["بالمغرب"]
