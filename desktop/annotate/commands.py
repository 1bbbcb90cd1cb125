"""Undoable annotation edits: one QUndoCommand per user action, over the core's store operations.

Each command calls the store operations that return what its undo needs (see
``Library``'s annotation and suggestion writes), so undo and redo put the store back exactly
as it was: a deleted note comes back with its id and times, an edited one as its snapshot.
Store writes are single small transactions (about a millisecond, measured in the tests), so
they run on the UI thread; after each, ``on_change(document_id, what)`` tells the
controller to redraw and, when themes changed, to refresh the index off the UI thread.

Command texts are given translated by the caller (``QUndoCommand`` is not a QObject).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from archive.library import Library
    from archive.types import Annotation, DocumentTag

# What a command changed: "passages" (highlights, notes), "themes" (tags: the index must
# follow) or "verdicts" (suggestions only).
OnChange = Callable[[str, str], None]
PASSAGES, THEMES, VERDICTS = "passages", "themes", "verdicts"


@dataclass(frozen=True, slots=True)
class Hooks:
    """How commands report: ``changed(document_id, what)`` after each write; ``failed(exc)``
    when the store refused one (the command then leaves the stack: nothing was written)."""

    changed: OnChange
    failed: Callable[[Exception], None]


class _Command(QUndoCommand):
    def __init__(self, text: str, library: Library, document_id: str, hooks: Hooks) -> None:
        super().__init__(text)
        self.library = library
        self.document_id = document_id
        self._hooks = hooks

    def _changed(self, what: str) -> None:
        self._hooks.changed(self.document_id, what)

    # Exceptions must not cross into Qt: a refused write makes the command obsolete, so
    # QUndoStack drops it instead of keeping an action that did nothing.
    def redo(self) -> None:
        try:
            self.do()
        except Exception as exc:
            self.setObsolete(True)
            self._hooks.failed(exc)

    def undo(self) -> None:
        try:
            self.revert()
        except Exception as exc:
            self.setObsolete(True)
            self._hooks.failed(exc)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddAnnotations(_Command):
    """Add highlights, notes or passage tags (redo adds the same ones back, ids and times)."""

    def __init__(self, text: str, library, items: Sequence[Annotation], hooks: Hooks) -> None:
        super().__init__(text, library, items[0].document_id, hooks)
        self.items = list(items)
        self._what = THEMES if any(a.theme_id for a in items) else PASSAGES

    def do(self) -> None:
        self.items = self.library.add_annotations(self.items)
        self._changed(self._what)

    def revert(self) -> None:
        self.library.delete_annotations([a.id for a in self.items])
        self._changed(self._what)


class DeleteAnnotations(_Command):
    """Delete annotations; undo restores them unchanged."""

    def __init__(self, text: str, library, items: Sequence[Annotation], hooks: Hooks) -> None:
        super().__init__(text, library, items[0].document_id, hooks)
        self.ids = [a.id for a in items]
        self.deleted: list[Annotation] = []
        self._what = THEMES if any(a.theme_id for a in items) else PASSAGES

    def do(self) -> None:
        self.deleted = self.library.delete_annotations(self.ids)
        self._changed(self._what)

    def revert(self) -> None:
        self.library.add_annotations(self.deleted)
        self._changed(self._what)


class EditNote(_Command):
    """Change a note's text; undo and redo put back the exact snapshots (times included)."""

    def __init__(self, text: str, library, annotation_id: str, body: str, document_id: str, hooks: Hooks) -> None:
        super().__init__(text, library, document_id, hooks)
        self.annotation_id = annotation_id
        self.body = body
        self.before: Annotation | None = None
        self.after: Annotation | None = None

    def do(self) -> None:
        library = self.library
        if self.after is None:
            self.before = library.annotation(self.annotation_id)
            library.update_note(self.annotation_id, self.body)
            self.after = library.annotation(self.annotation_id)
        else:
            library.restore_annotation(self.after)
        self._changed(PASSAGES)

    def revert(self) -> None:
        assert self.before is not None
        self.library.restore_annotation(self.before)
        self._changed(PASSAGES)


class AddDocumentTag(_Command):
    """Tag a whole document; undo removes the tag only if this command made it."""

    def __init__(self, text: str, library, tag: DocumentTag, hooks: Hooks) -> None:
        super().__init__(text, library, tag.document_id, hooks)
        self.tag = tag
        self.created = False

    def do(self) -> None:
        self.created = self.library.add_document_tag(self.tag)
        self._changed(THEMES)

    def revert(self) -> None:
        if self.created:
            self.library.remove_document_tag(self.tag.document_id, self.tag.theme_id)
            self._changed(THEMES)


class RemoveDocumentTag(_Command):
    """Untag a document; undo puts the same tag back (id and time)."""

    def __init__(self, text: str, library, document_id: str, theme_id: str, hooks: Hooks) -> None:
        super().__init__(text, library, document_id, hooks)
        self.theme_id = theme_id
        self.removed: DocumentTag | None = None

    def do(self) -> None:
        self.removed = self.library.remove_document_tag(self.document_id, self.theme_id)
        self._changed(THEMES)

    def revert(self) -> None:
        if self.removed is not None:
            self.library.add_document_tag(self.removed)
            self._changed(THEMES)


class AcceptSuggestion(_Command):
    """Accept a document-level theme suggestion: a verdict and a document tag."""

    def __init__(self, text: str, library, document_id: str, theme_id: str, hooks: Hooks) -> None:
        super().__init__(text, library, document_id, hooks)
        self.theme_id = theme_id
        self.acceptance: Any = None

    def do(self) -> None:
        self.acceptance = self.library.accept_suggestion(self.document_id, self.theme_id)
        self._changed(THEMES)

    def revert(self) -> None:
        self.library.undo_acceptance(self.acceptance)
        self._changed(THEMES)


class RejectSuggestion(_Command):
    """Reject (hide) a document-level suggestion; undo restores the previous verdict."""

    def __init__(self, text: str, library, document_id: str, theme_id: str, hooks: Hooks) -> None:
        super().__init__(text, library, document_id, hooks)
        self.theme_id = theme_id
        self.previous: Any = None

    def do(self) -> None:
        from archive.types import Verdict

        self.previous = self.library.set_verdict(self.document_id, self.theme_id, None, Verdict.REJECTED)
        self._changed(VERDICTS)

    def revert(self) -> None:
        self.library.set_verdict(self.document_id, self.theme_id, None, self.previous)
        self._changed(VERDICTS)
