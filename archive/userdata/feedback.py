"""The user's verdicts on theme suggestions, and what the suggester learns from them.

A verdict is kept per scope: a document (paragraph None) or one of its paragraphs (a line
index). Accepting turns the suggestion into a tag in the same transaction: a document tag,
or a passage tag over the paragraph. Rejecting hides the suggestion in that scope. Across the
archive, each theme's verdicts give it a prior that scales its scores (Laplace-smoothed
ratio of acceptances to rejections, square-rooted and bounded, so a few verdicts nudge and
no number of them silences a theme).

Undo: ``accept`` returns an ``Acceptance`` that ``undo_accept`` reverts; ``set_verdict``
returns the previous verdict, which a second call restores.
"""

from __future__ import annotations

import math

from archive.errors import InvalidAnnotation
from archive.types import (
    Acceptance,
    Anchor,
    Annotation,
    DocumentTag,
    Kind,
    Verdict,
    utc_now,
)
from archive.userdata.annotations import (
    delete_annotation,
    delete_document_tag,
    insert_annotation,
    insert_document_tag,
    refusals,
)
from archive.userdata.store import Store, Transaction
from archive.userdata.suggest import Feedback

PRIOR_MIN, PRIOR_MAX = 0.5, 2.0
_SCOPE = "document_id = ? AND theme_id = ? AND paragraph IS ?"  # paragraph NULL: the document
_SMOOTHING = 2  # pseudo-verdicts of each kind


class SuggestionFeedback:
    """Verdicts on suggestions in one archive's store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def for_document(self, document_id: str) -> Feedback:
        """What the suggester needs for one document: its rejections and all priors."""
        rows = self._store.query(
            "SELECT theme_id, paragraph FROM suggestion_feedback WHERE document_id = ? AND verdict = ?",
            (document_id, str(Verdict.REJECTED)),
        )
        return Feedback(frozenset((theme, paragraph) for theme, paragraph in rows), self.priors())

    def priors(self) -> dict[str, float]:
        counts: dict[str, dict[str, int]] = {}
        for theme, verdict, n in self._store.query(
            "SELECT theme_id, verdict, count(*) FROM suggestion_feedback GROUP BY theme_id, verdict"
        ):
            counts.setdefault(theme, {})[verdict] = n
        return {
            theme: _prior(c.get(Verdict.ACCEPTED, 0), c.get(Verdict.REJECTED, 0))
            for theme, c in counts.items()
        }

    def verdict(self, document_id: str, theme_id: str, paragraph: int | None = None) -> Verdict | None:
        rows = self._store.query(
            f"SELECT verdict FROM suggestion_feedback WHERE {_SCOPE}", (document_id, theme_id, paragraph)
        )
        return Verdict(rows[0][0]) if rows else None

    def set_verdict(
        self, document_id: str, theme_id: str, paragraph: int | None, verdict: Verdict | None
    ) -> Verdict | None:
        """Record (or with None, forget) a verdict; returns the previous one. Rejecting is this."""
        with refusals(), self._store.transaction() as tx:
            return _set_verdict(tx, document_id, theme_id, paragraph, verdict)

    def accept(
        self, document_id: str, theme_id: str, paragraph: int | None = None, passage: Anchor | None = None
    ) -> Acceptance:
        """Accept a suggestion: record it and tag the document, or ``passage`` for a paragraph."""
        if (paragraph is None) != (passage is None):
            raise InvalidAnnotation(
                "a paragraph suggestion is accepted with its passage, a document's without"
            )
        with refusals(), self._store.transaction() as tx:
            previous = _set_verdict(tx, document_id, theme_id, paragraph, Verdict.ACCEPTED)
            if passage is None:
                tag = DocumentTag.new(document_id, theme_id)
                created = insert_document_tag(tx, tag)
                return Acceptance(document_id, theme_id, paragraph, previous, tag=tag if created else None)
            annotation = insert_annotation(
                tx, Annotation.new(document_id, Kind.TAG, passage, theme_id=theme_id)
            )
            return Acceptance(document_id, theme_id, paragraph, previous, annotation=annotation)

    def undo_accept(self, acceptance: Acceptance) -> None:
        """Revert ``accept``: the previous verdict back, the tag it created gone."""
        a = acceptance
        with self._store.transaction() as tx:
            _set_verdict(tx, a.document_id, a.theme_id, a.paragraph, a.previous)
            if a.tag is not None:
                delete_document_tag(tx, a.document_id, a.theme_id)
            if a.annotation is not None:
                delete_annotation(tx, a.annotation.id)


def _set_verdict(
    tx: Transaction, document_id: str, theme_id: str, paragraph: int | None, verdict: Verdict | None
) -> Verdict | None:
    scope = (document_id, theme_id, paragraph)
    row = tx.execute(f"SELECT verdict FROM suggestion_feedback WHERE {_SCOPE}", scope).fetchone()
    tx.execute(f"DELETE FROM suggestion_feedback WHERE {_SCOPE}", scope)
    if verdict is not None:
        tx.execute(
            "INSERT INTO suggestion_feedback (document_id, theme_id, paragraph, verdict, created)"
            " VALUES (?, ?, ?, ?, ?)",
            (*scope, str(verdict), utc_now()),
        )
    return Verdict(row[0]) if row else None


def _prior(accepted: int, rejected: int) -> float:
    ratio = (accepted + _SMOOTHING) / (rejected + _SMOOTHING)
    return min(PRIOR_MAX, max(PRIOR_MIN, math.sqrt(ratio)))
