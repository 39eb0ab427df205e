"""Where letter PDFs are kept: content-addressed by SHA-256, by default in the database (table blobs), so
that several instances of the server behind one PostgreSQL serve the same letters and a PDF is written in
the same transaction as the Document row that names it (a crash never leaves one without the other)."""

import hashlib
import logging
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from eoffice_cloud.models import Blob

log = logging.getLogger(__name__)


class BlobStore(Protocol):
    def put(self, data: bytes, session: Session | None = None) -> str:
        """Keep ``data`` (inside ``session``'s transaction when given); returns its SHA-256 (hex)."""
        ...

    def get(self, digest: str) -> bytes | None:
        """The bytes stored under ``digest``, or None."""
        ...


def _insert_if_absent(connection: Connection | Session, digest: str, data: bytes) -> None:
    """One statement, safe when two transactions store the same PDF at once: the second waits for the
    first and then does nothing (ON CONFLICT DO NOTHING on PostgreSQL and SQLite)."""
    dialect = (
        connection.get_bind().dialect.name if isinstance(connection, Session) else connection.dialect.name
    )
    if dialect not in ("postgresql", "sqlite"):
        raise RuntimeError(f"blobs are not supported on {dialect}")
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = {"sha256": digest, "size": len(data), "data": data}
    statement = insert(Blob).values(values).on_conflict_do_nothing(index_elements=["sha256"])
    connection.execute(statement)


class DatabaseBlobs:
    """Blobs in the table blobs of the server's database."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def put(self, data: bytes, session: Session | None = None) -> str:
        digest = hashlib.sha256(data).hexdigest()
        if session is not None:
            _insert_if_absent(session, digest, data)
        else:
            with self.sessions.begin() as own:
                _insert_if_absent(own, digest, data)
        return digest

    def get(self, digest: str) -> bytes | None:
        with self.sessions() as session:
            data = session.scalar(select(Blob.data).where(Blob.sha256 == digest))
        return bytes(data) if data is not None else None


def import_blob_directory(connection: Connection, root: Path) -> int:
    """Copy the PDFs an instance kept on its disk (``root``/xx/SHA256, before blobs moved into the database)
    into the table blobs; returns how many were read. A file whose content does not match its name is
    skipped with a warning. The files stay where they are."""
    if not root.is_dir():
        return 0
    count = 0
    for path in sorted(root.glob("??/*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != path.name:
            log.warning("skipping %s: its content does not match its name", path)
            continue
        _insert_if_absent(connection, digest, data)
        count += 1
    if count:
        log.info("copied %d letter PDFs from %s into the database", count, root)
    return count
