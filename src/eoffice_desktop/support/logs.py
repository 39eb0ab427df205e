"""The program's log files: rotated, in the platform's log directory (or ``EOFFICE_LOG_DIR``).

What the user sees on stderr stays as it was (errors only, everything with ``-v``); the file gets INFO and up
(DEBUG with ``-v``). Nothing logged at INFO may hold a PIN, a token secret or letter content.
"""

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

APP_NAME = "eoffice-desktop"
LOG_FILE = "eoffice-desktop.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"

_OURS = "_eoffice_handler"  # marks the handlers this module installed, so a second setup replaces them


def log_dir() -> Path:
    """``EOFFICE_LOG_DIR``, else the platform's user log directory."""
    env = os.environ.get("EOFFICE_LOG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_files(directory: Path | None = None) -> list[Path]:
    """The current log file and its rotated predecessors, newest first."""
    directory = directory or log_dir()
    names = [LOG_FILE, *(f"{LOG_FILE}.{n}" for n in range(1, BACKUPS + 1))]
    return [directory / name for name in names if (directory / name).is_file()]


def file_handler(directory: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> RotatingFileHandler:
    """A rotating handler for ``directory/eoffice-desktop.log`` (the directory is made). Raises OSError."""
    directory.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        directory / LOG_FILE, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=False
    )
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    return handler


def _remove_ours(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()


def setup_logging(verbose: bool, directory: Path | None = None) -> Path | None:
    """Log to stderr (ERROR, or DEBUG when ``verbose``) and to the rotating file (INFO, or DEBUG).

    Returns the log file, or None when it cannot be written: then the program carries on without it, after
    a warning on stderr. Calling it again (the tests run many commands in one process) replaces what an
    earlier call installed; handlers someone else put on the root logger are left alone, and then no stderr
    handler is added (as :func:`logging.basicConfig` would not).
    """
    root = logging.getLogger()
    _remove_ours(root)
    if not root.handlers and sys.stderr is not None:  # a windowed program on Windows has no stderr
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(logging.DEBUG if verbose else logging.ERROR)
        stderr.setFormatter(logging.Formatter(STDERR_FORMAT))
        setattr(stderr, _OURS, True)
        root.addHandler(stderr)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    directory = directory or log_dir()
    try:
        handler = file_handler(directory)
    except OSError as exc:
        if sys.stderr is not None:
            print(
                f"eoffice-desktop: warning: cannot write log files in {directory}: {exc.strerror or exc}",
                file=sys.stderr,
            )
        return None
    handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    setattr(handler, _OURS, True)
    root.addHandler(handler)
    return Path(handler.baseFilename)
