"""Garbage collection tuned so that background work does not freeze the window.

Searching and reading a large document create hundreds of thousands of short-lived objects
(tokens) on worker threads. With CPython's default thresholds this triggers full collections
that walk every object of the process, Qt's wrappers and the index included, while holding
the GIL: the UI thread then waits 40-100 ms (measured with benchmarks/bench_desktop.py).

Two standard remedies: collect the young generation less often, and, once start-up is over,
move the long-lived objects into the permanent generation (``gc.freeze``) so that later full
collections skip them.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 50_000  # objects allocated before a young collection (default 700)


def tune() -> None:
    """At start-up: fewer, cheaper collections."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, max(middle, 20), max(old, 100))


def settle() -> None:
    """After the start-up work (window built, archive opened): freeze what exists now."""
    gc.collect()
    gc.freeze()
