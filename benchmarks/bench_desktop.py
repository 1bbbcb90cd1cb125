"""Desktop benchmark: start-up, opening a 1 MB document, and whether typing ever waits.

    uv run python benchmarks/bench_desktop.py            # prints the figures
    uv run python benchmarks/bench_desktop.py --docs 400 --mb 1.0

1. Start-up: a fresh process (interpreter, imports, fonts, translations, window, archive
   opened, first paint) on an indexed copy of the sample archive; median of several runs.
   Target: under 1.5 s to a usable window.
2. Opening a 1 MB document with its hits highlighted, from a result (its matches known) and
   by path (matches found by the core), until the reader has painted it. Target: under 300 ms.
   Also the longest UI-thread stall while it opens and while Qt lays the rest out.
3. Typing: a query typed key by key (80 ms apart) while searches run and the indexer process
   rebuilds the index; a 5 ms heartbeat timer measures the longest stall of the UI thread.

Not part of the test suite. Runs offscreen unless a display is wanted (--show).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "resources" / "sample-archive"
QUERY = "مكافحة الإرهاب"
TRIALS = 3  # each opening is timed this many times; medians are printed


# -- archives ---------------------------------------------------------------------------------

def _words() -> list[str]:
    return " ".join(p.read_text("utf-8") for p in sorted(SAMPLE.glob("*.txt"))).split()


def make_archive(target: Path, docs: int, big_mb: float) -> tuple[Path, str]:
    shutil.copytree(SAMPLE, target)
    for path in target.iterdir():
        path.chmod(0o644)
    words, rng = _words(), random.Random(3)
    for i in range(docs):
        start = rng.randrange(0, len(words) - 500)
        body = " ".join(words[start : start + rng.randint(150, 500)])
        (target / f"gen-{i:05d}.txt").write_text(f"وثيقة {i}\n{2005 + i % 17}-03-1{i % 9}\n{body}\n", "utf-8")
    paragraphs, size = [], 0
    while size < big_mb * 1_000_000:
        start = rng.randrange(0, len(words) - 150)
        paragraph = " ".join(words[start : start + rng.randint(30, 140)])
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    big = "big-1mb.txt"
    (target / big).write_text("\n".join(paragraphs) + "\n", "utf-8")
    return target, big


def index(root: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "index", "--archive", str(root)], check=True,
                   capture_output=True)
    return time.perf_counter() - started


# -- 1. start-up (child process) ----------------------------------------------------------------

def child_startup(library: Path, settings: Path, launched: float) -> None:
    from desktop.common import gc_policy, pyside_fix

    pyside_fix.apply()
    gc_policy.tune()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop.common.settings import open_settings
    from desktop.shell.app import build_context
    from desktop.shell.main_window import MainWindow

    context = build_context(app, open_settings(settings), "ar")
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    shown = time.time() - launched
    loop = QEventLoop()
    window.archive_opened.connect(lambda _: loop.quit())
    window.open_archive(library, index=False)
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    window.repaint()  # the first complete paint, with the archive open
    usable = time.time() - launched
    print(json.dumps({"shown": shown, "usable": usable}))
    window.close()
    context.shutdown()


def bench_startup(library: Path, runs: int, bytecode: bool) -> dict:
    """Median start-up figures; ``bytecode``: with compiled .pyc files, as an installed
    program has them (kept in a private cache folder, so the source tree stays clean),
    else compiling every module at each start (PYTHONDONTWRITEBYTECODE)."""
    figures = []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as scratch:
        if bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
            runs += 1  # the first run compiles and is not counted
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        for i in range(runs):
            launched = time.time()
            out = subprocess.run(
                [sys.executable, __file__, "--child-startup", str(library), str(Path(scratch) / f"s{i}.ini"),
                 repr(launched)], capture_output=True, text=True, env=env, check=True,
            ).stdout
            figures.append(json.loads(out.strip().splitlines()[-1]))
    if bytecode:
        figures = figures[1:]
    return {k: statistics.median(f[k] for f in figures) for k in ("shown", "usable")}


# -- 2 and 3. in-process ------------------------------------------------------------------------

class Heartbeat:
    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.longest

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def wait_for(signal, timeout_ms: int = 60_000):
    from PySide6.QtCore import QEventLoop, QTimer

    loop, got = QEventLoop(), []

    def on_signal(*args):
        got.append(args)
        loop.quit()

    signal.connect(on_signal)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(on_signal)
    if not got:
        raise TimeoutError(str(signal))
    return got[0]


def spin(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def bench_in_process(library: Path, big: str, show: bool) -> dict:
    from desktop.common import gc_policy, pyside_fix

    pyside_fix.apply()
    gc_policy.tune()  # as run_gui does
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop.common.settings import open_settings
    from desktop.shell.app import build_context, quiet_offscreen_noise
    from desktop.shell.main_window import MainWindow

    if not show:
        quiet_offscreen_noise()
    scratch = tempfile.TemporaryDirectory()
    context = build_context(app, open_settings(Path(scratch.name) / "s.ini"), "ar")
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    window.open_archive(library, index=False)
    wait_for(window.archive_opened)
    gc_policy.settle()
    figures: dict = {}
    heartbeat = Heartbeat()

    # 2. a 1 MB document, from a result (matches known) and by path (the core finds them)
    window.search.set_query(QUERY)
    results = wait_for(window.results_shown)[0]
    hit = next(h for h in results.hits if h.path == big)
    ui_times: list[float] = []
    show_document = window.reader.show_document

    def timed_show_document(prepared) -> None:  # the UI thread's share of an opening
        started = time.perf_counter()
        show_document(prepared)
        window.reader.view.viewport().repaint()
        ui_times.append(time.perf_counter() - started)

    window.reader.show_document = timed_show_document  # type: ignore[method-assign]  # timed in place
    for label, action in (
        ("from result", lambda: window._on_search_result_chosen(hit)),
        ("by path", lambda: window.open_document(big, QUERY)),
    ):
        trials = []
        for _ in range(TRIALS):
            window.reader.show_message("")
            spin(300)
            heartbeat.start()
            started = time.perf_counter()
            action()
            prepared = wait_for(window.document_shown)[0]
            window.reader.view.viewport().repaint()
            elapsed = time.perf_counter() - started
            stall_open = heartbeat.stop()
            heartbeat.start()
            spin(2500)  # Qt lays the rest of the document out in steps
            trials.append((elapsed, stall_open, heartbeat.stop(), ui_times[-1]))
        figures[f"open 1 MB {label}"] = (*(statistics.median(t[i] for t in trials) for i in range(4)),
                                         len(prepared.hits))

    # 3. typing while searches run and the indexer rebuilds the index: words typed 80 ms a
    # key with a 300 ms pause after each, so a search (debounced at 200 ms) is running while
    # the next word is typed.
    window.search.field.clear()
    spin(300)
    window.start_indexing(rebuild=True)
    wait_for(window.indexer.progressed)
    searches = []
    window.results_shown.connect(lambda r: searches.append(time.perf_counter()))
    heartbeat.start()
    started = time.perf_counter()
    words = ("الولايات", "المتحدة", "الأمريكية", "والمغرب", "الإرهاب")
    for number, word in enumerate(words, 1):
        last = number == len(words)
        for ch in word if last else word + " ":
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(window.search.field, event)
            spin(80)
        if not last:
            spin(300)
    last_key = time.perf_counter()
    typed = last_key - started
    while not any(t > last_key for t in searches) and time.perf_counter() - last_key < 60:
        spin(10)
    answered = min((t for t in searches if t > last_key), default=float("nan")) - last_key
    spin(500)
    figures["typing"] = (heartbeat.stop(), typed, len(searches), window.indexer.running, answered)
    window.cancel_indexing()
    if window.indexer.running:
        wait_for(window.indexing_finished)
    window.close()
    context.shutdown()
    scratch.cleanup()
    return figures


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-startup":
        child_startup(Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400, help="generated documents besides the 1 MB one")
    parser.add_argument("--mb", type=float, default=1.0, help="size of the big document")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (median)")
    parser.add_argument("--show", action="store_true", help="use the real display")
    args = parser.parse_args()
    if not args.show:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory(prefix="wathaiq-bench-") as tmp:
        sample = Path(tmp) / "sample"
        shutil.copytree(SAMPLE, sample)
        index(sample)
        print(f"start-up, sample archive (median of {args.runs}, fresh process, target < 1.5 s)")
        for bytecode, label in ((True, "with .pyc (installed)"), (False, "compiling every start")):
            startup = bench_startup(sample, args.runs, bytecode)
            print(f"  {label:22s} window shown {startup['shown'] * 1000:6.0f} ms, "
                  f"usable (archive open) {startup['usable'] * 1000:6.0f} ms")

        library, big = make_archive(Path(tmp) / "bench", args.docs, args.mb)
        seconds = index(library)
        print(f"\narchive: {args.docs + 3} documents incl. a {args.mb:g} MB one (indexed in {seconds:.1f} s)")
        figures = bench_in_process(library, big, args.show)
        for label in ("open 1 MB from result", "open 1 MB by path"):
            elapsed, stall_open, stall_layout, ui, hits = figures[label]
            print(f"{label} ({hits} hits highlighted, median of {TRIALS}, target < 300 ms)")
            print(f"  until painted         {elapsed * 1000:7.0f} ms  (UI thread {ui * 1000:.0f} ms of it, "
                  f"the rest reading and matching on a worker)")
            print(f"  longest UI stall      {stall_open * 1000:7.0f} ms while opening, "
                  f"{stall_layout * 1000:.0f} ms while Qt lays out the rest")
        stall, typed, searches, indexing, answered = figures["typing"]
        print("typing five words (80 ms a key, 300 ms pauses) while searches run and the index is rebuilt")
        print(f"  longest UI stall      {stall * 1000:7.0f} ms  ({searches} result sets shown while typing "
              f"{typed:.1f} s; indexer {'still running' if indexing else 'done'} at the end)")
        print(f"  results for the whole query shown {answered * 1000:.0f} ms after the last key")
    return 0


if __name__ == "__main__":
    sys.exit(main())
