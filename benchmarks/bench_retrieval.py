"""Ranking quality: MRR@10 of Wathaiq's search on an Arabic question-answering set.

    uv run python benchmarks/bench_retrieval.py --eval ../shared/data/arabic-retrieval-eval.tar.gz

The set (ARCD and Arabic XQuAD) has 2,573 questions, each with the passages that answer it,
over 700 passages. The passages become an archive, indexed as any other; each question is
asked as its words joined by OR (a question's words are rarely all in its passage), through
``Library.search`` as the window asks it. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.arabic.tokenize import tokenize  # noqa: E402
from archive.library import Library  # noqa: E402


def question_query(question: str) -> str:
    """The question's words joined by OR (lower-cased: a Latin AND or NOT is no operator)."""
    return " OR ".join(question[s:e].lower() for s, e in tokenize(question))


def reciprocal_rank(found: list[str], relevant: set[str], depth: int = 10) -> float:
    for rank, passage in enumerate(found[:depth], start=1):
        if passage in relevant:
            return 1.0 / rank
    return 0.0


def evaluate(library: Library, questions: list[dict]) -> dict:
    ranks, times, unparsable = [], [], 0
    for item in questions:
        text = question_query(item["query"])
        if not text:
            unparsable += 1
            ranks.append(0.0)
            continue
        started = time.perf_counter()
        results = library.search(text, limit=10, facets=False, match_chars=2000)
        times.append((time.perf_counter() - started) * 1000)
        found = [Path(hit.path).stem for hit in results.hits]
        ranks.append(reciprocal_rank(found, set(item["relevant_passage_ids"])))
    ordered = sorted(times)
    return {
        "questions": len(questions),
        "mrr10": statistics.fmean(ranks),
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[int(0.95 * (len(ordered) - 1))],
        "empty_questions": unparsable,
    }


def retrieval_figures(eval_archive: Path) -> dict:
    """Index the set's passages in a temporary archive and ask every question."""
    with tempfile.TemporaryDirectory(prefix="wathaiq-retrieval-") as tmp:
        work = Path(tmp)
        with tarfile.open(eval_archive) as tar:
            tar.extractall(work, filter="data")
        questions = [json.loads(line) for line in (work / "arabic_qrels.jsonl").read_text("utf-8").splitlines()]
        (work / "state").mkdir()
        with Library(work / "arabic_passages", state_dir=work / "state") as library:
            library.update_index()
            return evaluate(library, questions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, required=True, help="arabic-retrieval-eval.tar.gz")
    args = parser.parse_args()
    figures = retrieval_figures(args.eval)
    print(
        f"{figures['questions']} questions: MRR@10 {figures['mrr10']:.3f}; "
        f"search p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms"
    )


if __name__ == "__main__":
    main()
