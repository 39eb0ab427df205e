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
from eoffice_cloud.models import Document, Person, Workstation
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


class UnknownPerson(LookupError):
    """A person token was asked for someone the server does not know (import the people first)."""


def create_token(store: CloudStore, workstation: str, agency: str | None, person: str | None = None) -> str:
    """Enrol a workstation of ``agency`` (created if new), or a person (of their agency) on a workstation:
    the token is shown once and stored hashed; a workstation enrolled again gets a new token."""
    import datetime as dt

    # "eo_": never starts with "-", which a command line would take for an option
    token = "eo_" + secrets.token_urlsafe(32)
    from eoffice_cloud.directory import ensure_agency

    with store.sessions.begin() as session:
        if person is not None:
            known = session.get(Person, person)
            if known is None:
                raise UnknownPerson(
                    f"no person {person!r} on this server: import them first (`eoffice-cloud people import`)"
                )
            if agency is not None and agency != known.agency_code:
                raise UnknownPerson(f"{person} belongs to {known.agency_code}, not {agency}")
            agency = known.agency_code
        agency = agency or "default"
        ensure_agency(session, agency)
        existing = session.scalar(select(Workstation).where(Workstation.name == workstation))
        if existing is not None:
            existing.token_sha256 = token_digest(token)
            existing.agency_code = agency
            existing.person_id = person
        else:
            session.add(
                Workstation(
                    name=workstation,
                    agency_code=agency,
                    person_id=person,
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
