"""Helpers of the excerpts and export tests: highlights made through the core API, the dock shown."""

from __future__ import annotations

from tests.archive.export.export_samples import add_excerpts


def with_excerpts(qtbot, window):
    """Add the export samples' highlights to the open archive and show the excerpts dock."""
    excerpts = add_excerpts(window.session.library)
    with qtbot.waitSignal(window.excerpts.rows_loaded, timeout=10_000):
        window.excerpts.toggle.trigger()
    return excerpts
