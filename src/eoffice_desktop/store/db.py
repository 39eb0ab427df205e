"""Open the local store: a SQLite file in the user's data directory, migrated at start-up.

Pragmas (PITFALLS): WAL for concurrent readers, synchronous=FULL so that a power cut never loses a committed
outbox row, foreign keys on. Letter PDFs live beside it in a content-addressed blob directory.
"""

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from eoffice_desktop.durable import blob_path, put_blob, sqlite_pragmas
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.paths import data_dir
from eoffice_desktop.store.sorting import register_functions

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

DATABASE_FILE = "eoffice.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0014"
"""The newest migration. A store already there opens without loading Alembic (a quicker start); a test
keeps this equal to Alembic's head."""


def utc(moment: dt.datetime) -> dt.datetime:
    """A time read from the store, in UTC as it was written: SQLite keeps no zone, so it comes back naive,
    and a naive time would be taken for local time (hours off in Thailand)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


class StoreError(EOfficeError):
    """The local store cannot be opened or written (disk full, locked, damaged)."""


def _alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> str:
    """Bring the schema to the newest revision; returns it."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return current_revision(engine)


def current_revision(engine: Engine) -> str:
    """The store's schema revision ("" for a new file), read without Alembic."""
    with engine.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if exists is None:
            return ""
        return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar() or "")


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


@dataclass
class Store:
    directory: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def blobs(self) -> Path:
        return self.directory / "blobs"

    def put_blob(self, data: bytes) -> str:
        """Store ``data`` under its SHA-256 (written whole, then renamed); returns the hash."""
        try:
            return put_blob(self.blobs, data)
        except OSError as exc:
            raise StoreError(f"cannot write to {self.blobs}: {exc.strerror or exc}") from exc

    def blob_path(self, digest: str) -> Path:
        return blob_path(self.blobs, digest)

    def get_blob(self, digest: str) -> bytes:
        return self.blob_path(digest).read_bytes()

    def close(self) -> None:
        self.engine.dispose()


def open_store(directory: Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store in ``directory`` (see :func:`data_dir`)."""
    directory = data_dir(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data directory {directory}: {exc.strerror or exc}") from exc
    engine = create_engine(f"sqlite:///{directory / DATABASE_FILE}", future=True)
    event.listen(engine, "connect", sqlite_pragmas)
    event.listen(engine, "connect", register_functions)  # before migrating: the indexes use them
    try:
        revision = current_revision(engine)
        if revision != HEAD_REVISION:
            revision = migrate(engine)
    except Exception as exc:
        engine.dispose()
        raise StoreError(f"cannot open the local store in {directory}: {exc}") from exc
    log.debug("store %s at revision %s", directory, revision)
    return Store(directory, engine, sessionmaker(engine, expire_on_commit=False))
