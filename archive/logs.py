"""Where log records go: everything to a rotating file in the user log folder, and only our
own warnings to stderr, one line each.

Libraries speak about the files they read (pypdf warns about every damaged PDF, through its
logger and through ``warnings``): that is for the log, not for the user; on stderr it broke
the command line's promise of one line per failure.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

LOG_BYTES, LOG_BACKUPS = 1_000_000, 3
# Top-level names of the loggers whose warnings the user sees.
OWN_LOGGERS = frozenset({"archive", "desktop", "__main__"})


def default_log_file() -> Path:
    return Path(platformdirs.user_log_dir("wathaiq", appauthor=False)) / "wathaiq.log"


def _own(record: logging.LogRecord) -> bool:
    return record.name.partition(".")[0] in OWN_LOGGERS


def set_up_logging(path: Path | None = None) -> Path:
    """Log INFO and above to ``path`` (the user log folder by default), our WARNINGs to stderr.

    ``warnings.warn`` goes through logging too, so third-party warnings end in the file.
    A log folder that cannot be written leaves the file out, never the program.
    """
    path = path or default_log_file()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    to_stderr = logging.StreamHandler()
    to_stderr.setLevel(logging.WARNING)
    to_stderr.addFilter(_own)
    to_stderr.setFormatter(logging.Formatter("wathaiq: %(message)s"))
    handlers: list[logging.Handler] = [to_stderr]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        to_file = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        pass
    else:
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.insert(0, to_file)
    root.handlers = handlers
    logging.captureWarnings(True)
    return path
