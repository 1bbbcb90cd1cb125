"""Work around a reference-counting bug of PySide6 6.12 on Python 3.10 and 3.11.

PySide6 6.12's bindings return ``None`` (and in places ``True``/``False``) from void C++
methods without taking a new reference, which is harmless on Python 3.12+ where those objects
are immortal, but on 3.11 every call such as ``widget.update()`` or ``app.processEvents()``
takes one reference away from ``None``; after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc". (Measured here: -1 reference of ``None`` per void call.)

The fix gives ``None``, ``True`` and ``False`` a very large reference count once, at start-up,
which is what Python 3.12 does by design (PEP 683). It is applied only when a probe shows the
leak, so a fixed PySide6 or a newer Python leaves the interpreter untouched.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # more void calls than a process can ever make
_applied = False


def _leaks_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")  # a void method
    return sys.getrefcount(None) < before - 8


def apply() -> bool:
    """Make the singletons immortal if this PySide6 leaks them; returns whether it did."""
    global _applied  # noqa: PLW0603 -- once per process, before any Qt call
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if not _leaks_none():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    _applied = True
    return True
