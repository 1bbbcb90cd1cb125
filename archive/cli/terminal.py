"""Arabic for terminals, which neither shape nor reorder right-to-left text."""

from __future__ import annotations

from typing import TextIO

import arabic_reshaper
from bidi.algorithm import get_display

_ARABIC = range(0x0600, 0x0700)


def for_terminal(text: str, stream: TextIO) -> str:
    """Shaped, visually ordered text when ``stream`` is a terminal; logical text otherwise.

    Pipes and files get the logical-order original, so scripts never see presentation forms.
    """
    if not stream.isatty() or not any(ord(c) in _ARABIC for c in text):
        return text
    return get_display(arabic_reshaper.reshape(text))
