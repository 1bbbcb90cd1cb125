"""Searches stay quick on documents built to make them slow."""

from __future__ import annotations

import time

from archive.library import Library
from archive.search.highlight import make_snippet


def test_a_word_found_100000_times_in_8_mb_answers_within_a_second(tmp_path):
    # 100,000 occurrences, each followed by punctuation that makes no words to index.
    (tmp_path / "big.txt").write_text(("وثيقة " + "." * 74 + "\n") * 100_000, "utf-8")
    assert (tmp_path / "big.txt").stat().st_size > 8_000_000
    with Library(tmp_path) as library:
        library.update_index()
        started = time.perf_counter()
        results = library.search("وثيقة")
        elapsed = time.perf_counter() - started
    assert elapsed < 1.0
    hit = results.hits[0]
    assert len(hit.matches) == 100_000 and "وثيقة" in hit.snippet


def test_the_snippet_is_where_the_matches_are_densest():
    text = "a " * 500 + "x y " * 20 + "b " * 500 + "x " * 3
    matches = [(i, i + 1) for i, ch in enumerate(text) if ch in "xy"]
    snippet, start = make_snippet(text, matches)
    assert text[start:].startswith(snippet)
    assert snippet.count("x") + snippet.count("y") == 40


def test_a_phrase_in_text_without_spaces_is_marked_in_linear_time(tmp_path):
    text = "وثيقة،مهمة،" * 20_000  # no whitespace anywhere: no word end to look for
    with Library(tmp_path) as library:
        started = time.perf_counter()
        marked = library.matches(text, '"وثيقة مهمة"')
        elapsed = time.perf_counter() - started
    assert len(marked) == 20_000 and text[slice(*marked[0])] == "وثيقة،مهمة"
    assert elapsed < 1.0
