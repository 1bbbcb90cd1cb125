"""The one place where the core's typed errors become words for the user.

The core raises typed exceptions with no user text (``archive.errors``) and gives problem
reasons as stable keys (``archive.ingest.REASONS``); this module words them in the interface
language. Widgets show the result in the status bar, under a field or in the reader, never in
a dialog unless the user has to decide something.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from archive.errors import (
    ArchiveBusy,
    ArchiveNotFound,
    BackupError,
    DocumentNotFound,
    ForeignSchemaObjects,
    InvalidCorrection,
    QuerySyntaxError,
    QueryTooComplex,
    StoreDamaged,
    StoreError,
    StoreReadOnly,
    UnclosedQuote,
    UnknownFieldValue,
    UnsafeOutput,
    UnsafeStatePath,
)
from archive.outputs import DEVICE, DIRECTORY, EXISTS, FIFO, INSIDE_ARCHIVE


def error_message(exc: BaseException, subject: str = "") -> str:
    """A short sentence for ``exc``; ``subject`` is the folder or file concerned."""
    if isinstance(exc, ArchiveNotFound):
        text = QCoreApplication.translate("Messages", "There is no folder at %1.")
    elif isinstance(exc, ArchiveBusy):
        text = QCoreApplication.translate(
            "Messages", "The archive is busy: another Wathaiq is updating it. Try again shortly."
        )
    elif isinstance(exc, UnsafeOutput):
        return refusal_message(exc)
    elif isinstance(exc, ForeignSchemaObjects):
        text = QCoreApplication.translate(
            "Messages", "The archive's database was not opened: it holds objects Wathaiq did not make, which "
            "could change your notes behind your back (%2)."
        )
    elif isinstance(exc, StoreDamaged):
        return store_damage(exc, subject)
    elif isinstance(exc, StoreReadOnly):
        text = QCoreApplication.translate(
            "Messages", "This archive is read-only: its notes and tags are shown but cannot be changed."
        )
    elif isinstance(exc, UnsafeStatePath):
        text = QCoreApplication.translate(
            "Messages", "The archive was not opened: %2 is a link to somewhere else, and Wathaiq would write there."
        )
        return text.replace("%2", exc.path)
    elif isinstance(exc, StoreError):
        text = QCoreApplication.translate("Messages", "The archive's database cannot be opened (%2).")
    elif isinstance(exc, QuerySyntaxError):
        return query_problem(exc)
    elif isinstance(exc, InvalidCorrection):
        text = QCoreApplication.translate(
            "Messages", "Not a date: write it as a year, a month or a day (2015, 2015-03 or 2015-03-12)."
        )
    elif isinstance(exc, DocumentNotFound):
        text = QCoreApplication.translate(
            "Messages", "%1 cannot be opened: it was moved, changed or deleted since the last indexing."
        )
    elif isinstance(exc, BackupError):
        text = QCoreApplication.translate("Messages", "%1 is not a usable backup, or cannot be written (%2).")
    elif isinstance(exc, OSError):
        text = QCoreApplication.translate("Messages", "%1 cannot be read (%2).")
    else:
        text = QCoreApplication.translate("Messages", "Something went wrong (%2).")
    detail = str(exc) or type(exc).__name__
    return text.replace("%1", subject).replace("%2", detail)


def store_damage(exc: StoreDamaged, archive: str) -> str:
    """What happened to the notes database, and the backup that brings them back."""
    texts = {
        "missing": QCoreApplication.translate("Messages", "The archive's notes database %1 is missing."),
        "empty": QCoreApplication.translate("Messages", "The archive's notes database %1 is empty."),
    }
    damage = QCoreApplication.translate("Messages", "The archive's notes database %1 is damaged.")
    text = texts.get(exc.state, damage).replace("%1", exc.path)
    if exc.backup is None:
        return text + " " + QCoreApplication.translate("Messages", "There is no automatic backup of it.")
    return text + " " + QCoreApplication.translate(
        "Messages", "The latest automatic backup is %1; restore it with the command: wathaiq restore --archive %2 %1"
    ).replace("%1", exc.backup).replace("%2", archive)


def refusal_message(exc: UnsafeOutput) -> str:
    """Why a file was not written where the user asked."""
    texts = {
        INSIDE_ARCHIVE: QCoreApplication.translate(
            "Messages", "%1 is inside the archive: its documents and its Wathaiq folder are never written to. "
            "Choose a file outside the archive."
        ),
        DEVICE: QCoreApplication.translate("Messages", "%1 is a device, not a file: choose a file."),
        FIFO: QCoreApplication.translate("Messages", "%1 is a named pipe, not a file: choose a file."),
        DIRECTORY: QCoreApplication.translate("Messages", "%1 is a folder: choose a file name in it."),
        EXISTS: QCoreApplication.translate("Messages", "%1 exists already."),
    }
    return texts.get(exc.reason, "%1").replace("%1", exc.path)


def query_problem(exc: QuerySyntaxError) -> str:
    """Why a query cannot be searched, and how to write it instead."""
    if isinstance(exc, QueryTooComplex):
        return QCoreApplication.translate(
            "Messages", "The query is too complex to answer quickly: use fewer words, fewer * and ?, "
            "at most two differences after ~, or a longer start before *."
        )
    if isinstance(exc, UnclosedQuote):
        return QCoreApplication.translate("Messages", "A quote is not closed: end the phrase with a second \".")
    if isinstance(exc, UnknownFieldValue) and exc.field == "year":
        return QCoreApplication.translate(
            "Messages", "“%1” is not a year: write it with four digits, as in year:2013."
        ).replace("%1", exc.value)
    if isinstance(exc, UnknownFieldValue) and exc.closest:
        return QCoreApplication.translate(
            "Messages", "There is no theme “%1”. Did you mean theme:%2?"
        ).replace("%1", exc.value).replace("%2", exc.closest)
    if isinstance(exc, UnknownFieldValue):
        return QCoreApplication.translate("Messages", "There is no theme “%1”.").replace("%1", exc.value)
    return QCoreApplication.translate(
        "Messages", "Nothing to search for: check the quotes and parentheses, or add a less common word."
    )


def reason_text(reason: str) -> str:
    """Why a file could not be indexed, from the core's reason key."""
    texts = {
        "empty": QCoreApplication.translate("Messages", "empty file"),
        "binary": QCoreApplication.translate("Messages", "not a text document"),
        "too_large": QCoreApplication.translate("Messages", "too large"),
        "undecodable": QCoreApplication.translate("Messages", "unknown text encoding"),
        "corrupt": QCoreApplication.translate("Messages", "damaged file"),
        "unsupported": QCoreApplication.translate("Messages", "unsupported format"),
        "unreadable": QCoreApplication.translate("Messages", "cannot be opened"),
        "outside_archive": QCoreApplication.translate("Messages", "a link leading outside the archive"),
    }
    return texts.get(reason, reason)


def date_origin(source: str | None) -> str:
    """Where a document's date came from (``DocumentRecord.date_source``), for tooltips."""
    origins = {
        "user": QCoreApplication.translate("Messages", "Date set by you"),
        "metadata": QCoreApplication.translate("Messages", "Date from the file's own metadata"),
        "dateline": QCoreApplication.translate("Messages", "Date from the document's opening lines"),
        "path": QCoreApplication.translate("Messages", "Date from the folder the document is filed in"),
        "text": QCoreApplication.translate("Messages", "Date written in the document's text"),
    }
    return origins.get(source or "") or QCoreApplication.translate(
        "Messages", "No date found in the file, its text or its folder"
    )
