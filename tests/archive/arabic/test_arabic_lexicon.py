"""The lexicon: wordfreq-built, normalised, cached in a compact file."""

import threading

import pytest

from archive.arabic import lexicon
from archive.arabic.lexicon import Lexicon, default_lexicon, is_known, zipf


def test_from_dict_normalises_keys():
    lex = Lexicon.from_dict({"الأمريكية": 5.46, "الامريكيه": 4.0, "وزير": 5.38})
    assert lex.zipf("الامريكيه") == 5.46
    assert lex.is_known("وزير")
    assert lex.zipf("مجهول") == 0.0
    assert not lex.is_known("مجهول")


def test_bytes_round_trip():
    lex = Lexicon.from_dict({"وزير": 5.38, "المالية": 5.02, "a": 2.0})
    again = Lexicon.from_bytes(lex.to_bytes())
    assert len(again) == 3
    assert again.zipf("وزير") == 5.38 and again.zipf("الماليه") == 5.02


@pytest.mark.parametrize("data", [b"", b"junk", lexicon._MAGIC + b"\x05\x00\x00\x00ab"])
def test_malformed_bytes_raise(data):
    with pytest.raises(ValueError):
        Lexicon.from_bytes(data)


def test_default_lexicon_knows_the_briefing_vocabulary():
    assert zipf("الولايات") == pytest.approx(5.56)
    assert zipf("المتحده") == pytest.approx(5.87)
    assert zipf("وزير") == pytest.approx(5.38)
    assert zipf("مجالات") == pytest.approx(4.59)
    assert not is_known("الولاياتالمتحده")  # zipf 1.2: below the cut
    assert not is_known("وزيرالماليه")
    assert not is_known("الأمريكية")  # keys are normalised: ask with normalised text


def test_default_lexicon_is_loaded_once_across_threads():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(default_lexicon())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in seen}) == 1


def test_load_builds_then_reads_the_cache(tmp_path, monkeypatch):
    path = lexicon.cache_path(tmp_path)
    assert "wordfreq" in path.name and lexicon.ANALYZER_VERSION in path.name
    built = lexicon.load(tmp_path)
    assert path.is_file() and len(built) > 100_000
    assert not [p for p in tmp_path.iterdir() if p != path]  # no temp file left behind

    def no_build():
        raise AssertionError("should read the cache")

    monkeypatch.setattr(lexicon, "build_from_wordfreq", no_build)
    cached = lexicon.load(tmp_path)
    assert len(cached) == len(built) and cached.zipf("وزير") == built.zipf("وزير")


def test_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    path = lexicon.cache_path(tmp_path)
    path.write_bytes(b"garbage")
    small = Lexicon.from_dict({"وزير": 5.38})
    monkeypatch.setattr(lexicon, "build_from_wordfreq", lambda: small)
    assert lexicon.load(tmp_path).zipf("وزير") == 5.38
    assert Lexicon.from_bytes(path.read_bytes()).zipf("وزير") == 5.38


def test_unwritable_cache_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setattr(lexicon, "build_from_wordfreq", lambda: Lexicon.from_dict({"a": 3.0}))
    assert lexicon.load(blocker / "cache").is_known("a")
