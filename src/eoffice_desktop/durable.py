"""Storage that survives a crash or a power cut, shared by the client's store and the reference server.

Content-addressed blobs are written whole (temporary file, fsync, rename). SQLite files run with WAL,
synchronous=FULL and foreign keys on (see PITFALLS).
"""

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any


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
