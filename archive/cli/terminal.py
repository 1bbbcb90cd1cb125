"""Text for terminals: Arabic shaped and ordered (terminals do neither), and never a control
character from the data (a title or file name could carry terminal escape sequences)."""

from __future__ import annotations

import re
from typing import TextIO

import arabic_reshaper
from bidi.algorithm import get_display

_ARABIC = range(0x0600, 0x0700)
# C0 (but tab and newline), DEL and C1: ESC and CSI start the sequences a terminal obeys.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` without control characters (tab and newline kept); the undecodable bytes of a
    file name (lone surrogates, which no terminal encoding can write) as ``\\udcff``."""
    return _CONTROLS.sub("", text).encode("utf-8", "backslashreplace").decode("utf-8")


def one_line(text: str) -> str:
    """``text`` as one printable line: newlines written as ``\\n``."""
    return printable(text.replace("\r\n", "\n").replace("\n", "\\n"))


class PrintableStream:
    """A text stream that drops control characters from everything written through it
    (every command's output: data never reaches the terminal as escape sequences)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def for_terminal(text: str, stream: TextIO) -> str:
    """Shaped, visually ordered text when ``stream`` is a terminal; logical text otherwise.

    Pipes and files get the logical-order original, so scripts never see presentation forms.
    """
    if not stream.isatty() or not any(ord(c) in _ARABIC for c in text):
        return text
    return get_display(arabic_reshaper.reshape(text))
