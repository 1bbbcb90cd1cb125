"""Typed errors of the core. They carry no user text: each client words them itself."""


class ArchiveError(Exception):
    """Base of every error the core raises on purpose."""


class ArchiveNotFound(ArchiveError):
    """The archive folder does not exist or is not a folder."""


class ArchiveBusy(ArchiveError):
    """Another process holds the archive's index lock longer than we are willing to wait."""


class IndexLost(ArchiveError):
    """The index's files disappeared or broke while it was in use."""


class QuerySyntaxError(ArchiveError):
    """A search query that cannot be understood."""


class UnclosedQuote(QuerySyntaxError):
    """A quote opens a phrase that never ends."""


class QueryTooComplex(QuerySyntaxError):
    """A query beyond the limits every search keeps (``archive.search.limits``); ``limit`` is
    one of ``"length"``, ``"terms"``, ``"wildcards"``, ``"fuzzy"``, ``"expansions"``, ``"time"``."""

    def __init__(self, limit: str) -> None:
        super().__init__(limit)
        self.limit = limit


class UnknownFieldValue(QuerySyntaxError):
    """A filter names what its field cannot hold: ``theme:nosuch``, ``year:abc``.

    ``closest`` is the valid value nearest to it, when one is near enough to suggest.
    """

    def __init__(self, field: str, value: str, closest: str | None = None) -> None:
        super().__init__(f"{field}:{value}")
        self.field, self.value, self.closest = field, value, closest


class StoreError(ArchiveError):
    """The user-data database cannot be opened or migrated."""


class StoreDamaged(StoreError):
    """The user-data database is ``"missing"`` (it existed: its backups or its close marker
    say so), ``"empty"`` (0 bytes) or ``"damaged"``. ``backup`` is the latest automatic
    backup to restore, if there is one."""

    def __init__(self, path: str, state: str, backup: str | None = None) -> None:
        super().__init__(f"{path}: {state}")
        self.path, self.state, self.backup = path, state, backup


class StoreReadOnly(StoreError):
    """A write to user data opened read-only (the archive is on read-only media)."""


class DocumentNotFound(ArchiveError):
    """No document at that path or with that id."""


class InvalidCorrection(ArchiveError):
    """A user's title or date that cannot be one (an impossible or malformed date)."""


class Cancelled(ArchiveError):
    """Long work stopped because its cancel token was set."""


class ThemeNotFound(ArchiveError):
    """No theme with that id."""


class ThemeInUse(ArchiveError):
    """A theme that tags, annotations or merged themes still refer to cannot be deleted."""


class InvalidTheme(ArchiveError):
    """A theme operation with bad arguments (empty label, bad colour, merge into itself)."""


class AnnotationNotFound(ArchiveError):
    """No annotation with that id."""


class InvalidAnnotation(ArchiveError):
    """An annotation the store refuses: bad span, unknown document or theme."""


class AnnotationFormatError(ArchiveError):
    """A file that is not W3C Web Annotation JSON the importer can read."""


class BackupError(ArchiveError):
    """A backup file that cannot be written, read or restored."""


class ForeignSchemaObjects(StoreError):
    """A store holding triggers, views or other objects that are not the schema's own
    (SQLite would run such a trigger on our own writes). ``objects`` are ``"type name"``."""

    def __init__(self, path: str, objects: list[str]) -> None:
        super().__init__(f"{path}: {', '.join(objects)}")
        self.path, self.objects = path, objects


class UnsafeOutput(ArchiveError):
    """A path a writer refuses to write to; ``reason`` is one of ``archive.outputs.REASONS``."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


class UnsafeStatePath(ArchiveError):
    """A state path (``.wathaiq``, the store, the index, a lock) that is a symbolic link, a
    hard link, or resolves outside its folder: opening it could change files elsewhere.
    ``reason`` is ``"symlink"``, ``"hard link"`` or ``"outside"``."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason
