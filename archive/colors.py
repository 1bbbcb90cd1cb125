"""Theme colours: only ``#rrggbb`` is a colour. Anything else (a restored backup, a hand-edited
store) falls back to a neutral grey before it reaches an HTML attribute, a DOCX run or a PDF."""

from __future__ import annotations

import re
from typing import TypeGuard

NEUTRAL = "#999999"
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def is_color(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and _COLOR.fullmatch(value) is not None


def safe_color(value: object, fallback: str = NEUTRAL) -> str:
    """``value`` if it is ``#rrggbb``, else ``fallback``."""
    return value if is_color(value) else fallback
