"""Matching precision: does a search for a word find the words it should, and only those?

    uv run python benchmarks/bench_precision.py --eval ../shared/data/arabic-retrieval-eval.tar.gz

``benchmarks/data/precision_judgements.tsv`` holds (query, word, should match) judgements on
words of the real corpus: country names and their nisba adjectives, words whose first letters
look like clitics, short roots. A query matches a word when the search's own matcher (the
query parsed as the search bar parses it, the word analysed as the index analyses it) accepts
the word, as highlighting does. Prints precision and recall of that matching, the pairs it
gets wrong, and, with ``--eval``, MRR@10 of the retrieval set in the same run (ranking must
not pay for precision). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.search.highlight import matcher_for  # noqa: E402
from archive.search.index import build_schema  # noqa: E402
from archive.search.parsing import TEXT_FIELDS, parse  # noqa: E402
from benchmarks.bench_retrieval import retrieval_figures  # noqa: E402

JUDGEMENTS = ROOT / "benchmarks" / "data" / "precision_judgements.tsv"


def judgements(path: Path = JUDGEMENTS) -> list[tuple[str, str, bool]]:
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return [(query, word, flag == "1") for query, word, flag in rows[1:]]  # after the header


def matching(pairs: list[tuple[str, str, bool]]) -> dict:
    schema = build_schema()
    matchers = {query: matcher_for(parse(schema, query), TEXT_FIELDS) for query in {q for q, _, _ in pairs}}
    wrong = []
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for query, word, wanted in pairs:
        found = bool(matchers[query].matching_parts(word))
        counts[("t" if found == wanted else "f") + ("p" if found else "n")] += 1
        if found != wanted:
            wrong.append((query, word, "found, should not" if found else "missed"))
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return {
        "pairs": len(pairs),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "wrong": wrong,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, help="arabic-retrieval-eval.tar.gz: also measure MRR@10")
    parser.add_argument("--quiet", action="store_true", help="do not list the pairs matched wrongly")
    args = parser.parse_args()
    figures = matching(judgements())
    if not args.quiet:
        for query, word, what in figures["wrong"]:
            print(f"  {query}\t{word}\t{what}")
    line = (
        f"{figures['pairs']} judgements: precision {figures['precision']:.3f},"
        f" recall {figures['recall']:.3f}"
    )
    if args.eval:
        retrieval = retrieval_figures(args.eval)
        line += f"; retrieval MRR@10 {retrieval['mrr10']:.3f} ({retrieval['questions']} questions)"
    print(line)


if __name__ == "__main__":
    main()
