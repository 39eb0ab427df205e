"""Where the server keeps its state: a database (SQLite for development, PostgreSQL in production), letter
PDFs included (eoffice_cloud.blobs). Nothing is kept in the process, so several instances can share it."""

import hashlib
import secrets
import threading
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from eoffice_cloud.blobs import BlobStore, DatabaseBlobs
from eoffice_cloud.models import Document, Workstation
from eoffice_cloud.schema import ensure_schema
from eoffice_desktop.durable import sqlite_pragmas


@dataclass
class CloudStore:
    data_dir: Path
    engine: Engine
    sessions: sessionmaker[Session]
    blobs: BlobStore = field(init=False)
    writing: AbstractContextManager[object] = field(init=False)
    """Held around a write transaction: on SQLite, which takes one writer at a time, the threads of this
    process queue here rather than in SQLite's busy handler (which sleeps up to 100 ms between tries)."""

    def __post_init__(self) -> None:
        self.blobs = DatabaseBlobs(self.sessions)
        self.writing = threading.Lock() if self.engine.dialect.name == "sqlite" else nullcontext()

    def put_blob(self, data: bytes, session: Session | None = None) -> str:
        """Keep a letter PDF (in ``session``'s transaction when given, with the row that names it)."""
        return self.blobs.put(data, session)

    def get_blob(self, digest: str) -> bytes | None:
        return self.blobs.get(digest)


def open_cloud(data_dir: Path, database_url: str | None = None) -> CloudStore:
    """Open the server's database (SQLite in ``data_dir`` unless ``database_url`` names another), bringing
    its schema to the newest revision first (eoffice_cloud.schema: safe when instances start together)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    url = database_url or f"sqlite:///{data_dir / 'cloud.sqlite3'}"
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", sqlite_pragmas)
    try:
        ensure_schema(engine, data_dir)
    except BaseException:
        engine.dispose()
        raise
    return CloudStore(data_dir, engine, sessionmaker(engine, expire_on_commit=False))


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: CloudStore, workstation: str, agency: str) -> str:
    """Enrol a workstation of ``agency`` (created if new); the token is shown once and stored hashed."""
    import datetime as dt

    # "eo_": never starts with "-", which a command line would take for an option
    token = "eo_" + secrets.token_urlsafe(32)
    from eoffice_cloud.directory import ensure_agency

    with store.sessions.begin() as session:
        ensure_agency(session, agency)
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
