"""Progress reports and cancel tokens shared by every long operation of the core."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from archive.errors import Cancelled


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a long operation is: ``done`` of ``total`` steps in its current ``phase``."""

    phase: str  # "scan", "read", "index", "commit", "merge", "prepare"
    done: int
    total: int
    detail: str = ""


ProgressCallback = Callable[[Progress], None]


class CancelToken:
    """Set from any thread; long work checks it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
