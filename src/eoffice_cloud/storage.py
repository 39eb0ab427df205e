"""Where the server keeps its state: a database (SQLite for development, PostgreSQL in production) and a
content-addressed blob directory. Nothing is kept in the process, so several instances can share them."""

import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from eoffice_cloud.models import Base, Document, Workstation
from eoffice_desktop.durable import blob_path, put_blob, sqlite_pragmas


@dataclass
class CloudStore:
    data_dir: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def put_blob(self, data: bytes) -> str:
        return put_blob(self.data_dir / "blobs", data)

    def blob_path(self, digest: str) -> Path:
        return blob_path(self.data_dir / "blobs", digest)


def open_cloud(data_dir: Path, database_url: str | None = None) -> CloudStore:
    data_dir.mkdir(parents=True, exist_ok=True)
    url = database_url or f"sqlite:///{data_dir / 'cloud.sqlite3'}"
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", sqlite_pragmas)
    Base.metadata.create_all(engine)
    add_new_columns(engine)
    return CloudStore(data_dir, engine, sessionmaker(engine, expire_on_commit=False))


def add_new_columns(engine: Engine) -> None:
    """Add the nullable columns a table gained after its database was made (the agencies' directory
    columns): create_all makes missing tables but never alters one. Stands in until the server has
    migrations."""
    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        if not inspector.has_table(table.name):
            continue
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            if not column.nullable:
                raise RuntimeError(f"table {table.name} lacks the required column {column.name}")
            kind = column.type.compile(engine.dialect)
            try:
                with engine.begin() as connection:
                    connection.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))
            except DBAPIError:  # another instance added it meanwhile
                if column.name not in {c["name"] for c in inspect(engine).get_columns(table.name)}:
                    raise


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
