"""Storage that survives a crash or a power cut, shared by the client's store and the reference server.

Content-addressed blobs are written whole (temporary file, fsync, rename). SQLite files run with WAL,
synchronous=FULL and foreign keys on (see PITFALLS).
"""

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from eoffice_desktop.errors import EOfficeError


def blob_path(root: Path, digest: str) -> Path:
    return root / digest[:2] / digest


def put_blob(root: Path, data: bytes) -> str:
    """Store ``data`` under ``root`` by its SHA-256; returns the hash. Raises OSError when it cannot."""
    digest = hashlib.sha256(data).hexdigest()
    path = blob_path(root, digest)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".blob-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    return digest


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """For ``event.listen(engine, "connect", sqlite_pragmas)``."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class OutputError(EOfficeError):
    """An output file cannot be written."""


@cache
def _file_mode() -> int:
    """The mode a newly created file gets under this process's umask (temporary files are created 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, content: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it into place: never a half-written file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), _file_mode())
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_output_dir(directory: Path) -> list[Path]:
    """Create ``directory`` and its missing parents (an ``--out-dir``); returns the directories made, the
    outermost first, for :func:`remove_if_empty` to take back when nothing was written into them."""
    missing = []
    for path in (directory, *directory.parents):
        if path.exists():
            break
        missing.append(path)
    missing.reverse()
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"output directory {directory} is a file, not a directory")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        remove_if_empty(missing)
        raise OutputError(f"cannot create output directory {directory}: {exc.strerror or exc}") from exc
    return missing


def remove_if_empty(made: list[Path]) -> None:
    """Remove the directories :func:`make_output_dir` made, innermost first, as long as they are empty."""
    for path in reversed(made):
        try:
            path.rmdir()
        except OSError:
            return  # not empty (something was written) or already gone: keep it and its parents
