"""Every reason the core gives for a skipped file is worded for the problems list."""

from __future__ import annotations

from archive.ingest import REASONS
from desktop.common.messages import reason_text


def test_every_problem_reason_has_words(qapp):
    for reason in REASONS:
        assert reason_text(reason) != reason
