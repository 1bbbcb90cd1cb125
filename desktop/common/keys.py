"""Shortcuts: the platform's own bindings where Qt knows a standard key, then the usual others."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def key_sequences(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Each standard key's bindings on this platform, then the given ones, each sequence once."""
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(key))
        else:
            sequences.append(QKeySequence(key))
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique
