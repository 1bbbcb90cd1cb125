"""Indexing and search benchmark: Wathaiq's Arabic pipeline against plain Whoosh.

    uv run python benchmarks/bench_index.py --corpus ../shared/corpora/saudinewsnet-15k.tar.gz
    uv run python benchmarks/bench_index.py --docs 2000          # generated from the sample
    uv run python benchmarks/bench_index.py --corpus ../shared/corpora/saudinewsnet-15k.tar.gz --scale 50000

Each side runs in a fresh process (so peak memory is its own) on the same files, and the
figures are printed side by side with ratios. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "السعودية", "وزير الخارجية", '"مجلس الأمن"', "الإرهاب", "مكافحة الإرهاب", "الاقتصاد",
    "النفط", "التعليم", "الصحة", "المملكة العربية السعودية", "الرياض", "الأمم المتحدة",
    "الاستثمار", "التجارة", "الأمن", "الحج", "الهجرة", "اللاجئين", "سوريا", "مصر",
    "اقتصاد*", "ارهاب~", "الأمير OR الملك", "الشرطة NOT المرور", "2013", "وزارة الداخلية",
]


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def _time_queries(run, rounds: int = 5) -> tuple[float, float]:
    samples = []
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            run(q)
            samples.append((time.perf_counter() - t) * 1000)
    return _percentiles(samples)


def phase_ours(corpus: Path, state: Path, procs: int) -> dict:
    from archive.library import Library
    from archive.search.mapped import MappedStorage

    library = Library(corpus, state_dir=state)
    started = time.perf_counter()
    report = library.update_index(procs=procs)
    seconds = time.perf_counter() - started
    # Warm the searcher once, as a running application would be.
    library.search("المملكة")
    p50, p95 = _time_queries(lambda q: library.search(q, limit=10, facets=False))
    facets_p50, facets_p95 = _time_queries(lambda q: library.search(q, limit=10), rounds=2)
    paths = [rec.path for rec in library.documents()][:50]
    opens = []
    for path in paths:
        t = time.perf_counter()
        doc = library.document(path)
        library.matches(doc.text, "الأمن")
        opens.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    again = library.update_index()
    rescan = time.perf_counter() - t
    # One changed file: the stat scan finds it, only it is read and indexed. The corpus may
    # be read-only (../shared): the change is a new file, which costs the same.
    extra = corpus / "wathaiq-bench-changed.txt"
    one_change = None
    try:
        extra.write_text("وثيقة جديدة عن التعاون الأمني", "utf-8")
        t = time.perf_counter()
        library.update_index()
        one_change = time.perf_counter() - t
        extra.unlink()
    except OSError:
        pass
    return {
        "docs": report.indexed, "mb": report.bytes_read / 1e6, "seconds": seconds,
        "problems": len(report.problems), "index_mb": _dir_mb(state / "index"),
        "p50_ms": p50, "p95_ms": p95, "open_ms": statistics.median(opens),
        "facets_p50_ms": facets_p50, "facets_p95_ms": facets_p95,
        "segments": len(MappedStorage(str(library.index_dir)).open_index()._segments()),
        "rescan_s": rescan, "rescan_indexed": again.indexed, "peak_mb": _peak_mb(),
        "one_change_s": one_change,
    }


def phase_reopen(corpus: Path, state: Path) -> dict:
    """A new process on the indexed archive, as the application starts: ready, then searching."""
    from archive.library import Library

    started = time.perf_counter()
    library = Library(corpus, state_dir=state)
    library.search("المملكة")
    searchable = time.perf_counter() - started
    started = time.perf_counter()
    library.update_index()  # the stat scan that finds nothing to do
    scanned = time.perf_counter() - started
    p50, p95 = _time_queries(lambda q: library.search(q, limit=10, facets=False))
    # As the window asks: a page of 100 hits with facet counts and the results-list snippets.
    window_p50, window_p95 = _time_queries(lambda q: library.search(q, limit=100, match_chars=2000), rounds=2)
    return {
        "searchable_s": searchable, "scan_s": scanned, "p50_ms": p50, "p95_ms": p95,
        "window_p50_ms": window_p50, "window_p95_ms": window_p95, "peak_mb": _peak_mb(),
    }


def phase_plain(corpus: Path, state: Path) -> dict:
    from whoosh import index
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import QueryParser

    schema = Schema(path=ID(stored=True, unique=True), content=TEXT(analyzer=StandardAnalyzer()))
    ix = index.create_in(str(state), schema)
    files = sorted(p for p in corpus.rglob("*.txt"))
    started = time.perf_counter()
    total = 0
    writer = ix.writer(limitmb=256)
    for path in files:
        data = path.read_bytes()
        total += len(data)
        writer.add_document(path=str(path), content=data.decode("utf-8", "replace"))
    writer.commit()
    seconds = time.perf_counter() - started
    parser = QueryParser("content", schema)
    with ix.searcher() as searcher:
        p50, p95 = _time_queries(lambda q: searcher.search(parser.parse(q), limit=10))
    return {
        "docs": len(files), "mb": total / 1e6, "seconds": seconds, "index_mb": _dir_mb(state),
        "p50_ms": p50, "p95_ms": p95, "peak_mb": _peak_mb(),
    }


def generate_corpus(target: Path, docs: int, seed: int = 7) -> None:
    """Documents made of random sentences of the bundled sample archive."""
    text = " ".join(p.read_text("utf-8") for p in (ROOT / "resources" / "sample-archive").glob("*.txt"))
    sentences = [s.strip() + "." for s in text.replace("\n", " ").split(".") if len(s.strip()) > 20]
    rng = random.Random(seed)
    for i in range(docs):
        body = "\n".join(" ".join(rng.choices(sentences, k=rng.randint(3, 8))) for _ in range(rng.randint(2, 6)))
        (target / f"doc-{i:05d}.txt").write_text(body, "utf-8")


def extend_corpus(folder: Path, total: int, seed: int = 11) -> None:
    """Add variations of the folder's own articles until it holds ``total`` documents.

    A variation keeps an article's title line, shuffles the sentences of its body and ends
    with a paragraph of another article: real vocabulary and lengths, a document of its own.
    """
    originals = sorted(folder.rglob("*.txt"))
    rng = random.Random(seed)
    for i in range(total - len(originals)):
        base, other = rng.sample(originals, 2)
        title, _, body = base.read_text("utf-8").partition("\n")
        sentences = [s.strip() for s in body.replace("\n", " ").split(".") if s.strip()]
        rng.shuffle(sentences)
        paragraphs = [p for p in other.read_text("utf-8").split("\n") if len(p) > 80]
        tail = rng.choice(paragraphs) if paragraphs else ""
        text = f"{title}\n\n{'. '.join(sentences)}.\n\n{tail}\n"
        (folder / f"variation-{i:05d}.txt").write_text(text, "utf-8")


def prepare_corpus(args, work: Path) -> Path:
    target = work / "corpus"
    if args.corpus is None:
        target.mkdir()
        generate_corpus(target, args.docs)
    elif args.corpus.is_dir():
        if not args.scale:
            return args.corpus
        shutil.copytree(args.corpus, target)  # the variations go beside copies, not into it
    else:
        target.mkdir()
        with tarfile.open(args.corpus) as tar:
            tar.extractall(target, filter="data")
    if args.scale:
        extend_corpus(target, args.scale)
    return target


def _run_phase(name: str, corpus: Path, state: Path, procs: int) -> dict:
    command = [
        sys.executable, __file__, "--phase", name, "--corpus", str(corpus), "--state", str(state), "--procs", str(procs)
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{name} phase failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(ours: dict, plain: dict, reopened: dict, procs: int) -> None:
    rows = [
        ("documents", "docs", "{:.0f}"),
        ("MB of text", "mb", "{:.1f}"),
        ("indexing s", "seconds", "{:.1f}"),
        ("index MB", "index_mb", "{:.1f}"),
        ("search p50 ms", "p50_ms", "{:.1f}"),
        ("search p95 ms", "p95_ms", "{:.1f}"),
        ("peak memory MB", "peak_mb", "{:.0f}"),
    ]
    print(f"{'':18}{'wathaiq (procs=' + str(procs) + ')':>22}{'plain whoosh':>16}{'ratio':>10}")
    for label, key, fmt in rows:
        ratio = ours[key] / plain[key] if plain[key] else float("nan")
        print(f"{label:18}{fmt.format(ours[key]):>22}{fmt.format(plain[key]):>16}{ratio:>10.2f}")
    ours_rate, plain_rate = ours["mb"] / ours["seconds"], plain["mb"] / plain["seconds"]
    print(f"{'throughput MB/s':18}{ours_rate:>22.2f}{plain_rate:>16.2f}{ours_rate / plain_rate:>10.2f}")
    print(f"{'throughput docs/s':18}{ours['docs'] / ours['seconds']:>22.0f}{plain['docs'] / plain['seconds']:>16.0f}")
    print(
        f"search with facet counts (as the window asks): p50 {ours['facets_p50_ms']:.1f} ms,"
        f" p95 {ours['facets_p95_ms']:.1f} ms"
    )
    print(f"index segments after indexing: {ours['segments']}")
    print(f"open document (median, with highlights): {ours['open_ms']:.1f} ms")
    print(
        f"unchanged re-scan: {ours['rescan_s'] * 1000:.0f} ms, {ours['rescan_indexed']} re-indexed;"
        f" problems: {ours['problems']}"
    )
    if ours["one_change_s"] is not None:
        print(f"one new file indexed (scan included): {ours['one_change_s'] * 1000:.0f} ms")
    print(
        f"a new process on the indexed archive: open and first search {reopened['searchable_s'] * 1000:.0f} ms,"
        f" then the stat scan finds nothing to do in {reopened['scan_s'] * 1000:.0f} ms;"
        f" search p50 {reopened['p50_ms']:.1f} ms, p95 {reopened['p95_ms']:.1f} ms;"
        f" as the window asks (100 hits, facets, snippets) p50 {reopened['window_p50_ms']:.1f} ms,"
        f" p95 {reopened['window_p95_ms']:.1f} ms; peak memory {reopened['peak_mb']:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="folder of documents or a .tar.gz of them")
    parser.add_argument("--docs", type=int, default=2000, help="documents to generate without --corpus")
    parser.add_argument(
        "--scale", type=int, help="extend the corpus with variations of its articles to this many documents"
    )
    parser.add_argument("--procs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--phase", choices=("ours", "plain", "reopen"), help=argparse.SUPPRESS)
    parser.add_argument("--state", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "ours":
        print(json.dumps(phase_ours(args.corpus, args.state, args.procs)))
        return
    if args.phase == "plain":
        print(json.dumps(phase_plain(args.corpus, args.state)))
        return
    if args.phase == "reopen":
        print(json.dumps(phase_reopen(args.corpus, args.state)))
        return
    with tempfile.TemporaryDirectory(prefix="wathaiq-bench-") as tmp:
        work = Path(tmp)
        corpus = prepare_corpus(args, work)
        (work / "ours").mkdir()
        (work / "plain").mkdir()
        ours = _run_phase("ours", corpus, work / "ours", args.procs)
        reopened = _run_phase("reopen", corpus, work / "ours", args.procs)
        plain = _run_phase("plain", corpus, work / "plain", args.procs)
        report(ours, plain, reopened, args.procs)


if __name__ == "__main__":
    main()
