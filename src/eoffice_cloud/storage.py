"""Where the server keeps its state: a database (SQLite for development, PostgreSQL in production) and a
content-addressed blob directory. Nothing is kept in the process, so several instances can share them."""

import hashlib
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from eoffice_cloud.models import Agency, Base, Document, Workstation


@dataclass
class CloudStore:
    data_dir: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def put_blob(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self.blob_path(digest)
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

    def blob_path(self, digest: str) -> Path:
        return self.data_dir / "blobs" / digest[:2] / digest


def _sqlite_pragmas(connection: object, _record: object) -> None:
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_cloud(data_dir: Path, database_url: str | None = None) -> CloudStore:
    data_dir.mkdir(parents=True, exist_ok=True)
    url = database_url or f"sqlite:///{data_dir / 'cloud.sqlite3'}"
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    Base.metadata.create_all(engine)
    return CloudStore(data_dir, engine, sessionmaker(engine, expire_on_commit=False))


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: CloudStore, workstation: str, agency: str) -> str:
    """Enrol a workstation of ``agency`` (created if new); the token is shown once and stored hashed."""
    import datetime as dt

    token = "eo_" + secrets.token_urlsafe(
        32
    )  # never starts with "-", which a command line would take for an option
    with store.sessions.begin() as session:
        if session.get(Agency, agency) is None:
            session.add(Agency(code=agency, name=agency))
            session.flush()
        existing = session.scalar(select(Workstation).where(Workstation.name == workstation))
        if existing is not None:
            existing.token_sha256 = token_digest(token)
            existing.agency_code = agency
        else:
            session.add(
                Workstation(
                    name=workstation,
                    agency_code=agency,
                    token_sha256=token_digest(token),
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
    return token


def stats(store: CloudStore) -> dict[str, int]:
    with store.sessions() as session:
        return {
            "documents": session.scalar(select(func.count(Document.id))) or 0,
            "distinct_client_ids": session.scalar(select(func.count(func.distinct(Document.client_id)))) or 0,
            "distinct_sha256": session.scalar(select(func.count(func.distinct(Document.sha256)))) or 0,
        }
