"""The server's schema lifecycle: Alembic migrations (eoffice_cloud/migrations) run at start-up, once even
when several instances start together.

The whole upgrade runs in one transaction that first takes a lock: pg_advisory_xact_lock on PostgreSQL,
BEGIN IMMEDIATE on SQLite (the database's write lock; on POSIX a file lock beside the database serialises
the whole opening too: the first connections to a new file race to switch it to WAL, and SQLite answers
"database is locked" at once to one of two connections that would deadlock). An instance that waited finds
the schema at head and does nothing. A database made by ``Base.metadata.create_all`` before the server had
migrations (no alembic_version table) is adopted: the tables and nullable columns of revision 0001 it lacks
are added, it is stamped 0001 and upgraded like any other.
"""

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, NullPool, create_engine, event, inspect, text

from eoffice_desktop.durable import sqlite_pragmas

if TYPE_CHECKING:
    from alembic.config import Config
if sys.platform != "win32":
    import fcntl

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0007"
"""The newest migration. A database already there opens without loading Alembic; a test keeps this equal to
Alembic's head."""
BASELINE_REVISION = "0001"
LOCK_KEY = 0x656F_6666_6963_6501
"""pg_advisory_xact_lock's key: any constant no other program on the database uses."""
SQLITE_LOCK_WAIT_MS = 600_000
"""How long an instance waits for another one's migration on SQLite (copying blobs may take a while)."""


class SchemaError(RuntimeError):
    """The database cannot be brought to the server's schema."""


def _alembic_config(connection: Connection, data_dir: Path | None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    config.attributes["data_dir"] = data_dir
    return config


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head() or ""


def current_revision(connection: Connection) -> str:
    """The database's schema revision, "" when it has none (empty, or made by create_all)."""
    if not inspect(connection).has_table("alembic_version"):
        return ""
    return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar() or "")


def revision_of(engine: Engine) -> str:
    with engine.connect() as connection:
        return current_revision(connection)


def ensure_schema(engine: Engine, data_dir: Path | None = None) -> str:
    """Bring the database of ``engine`` to the newest revision, adopting a create_all-made one; returns the
    revision. ``data_dir``: where an older server kept letter PDFs on disk (copied into the database)."""
    with _file_lock(engine):
        return _ensure_schema(engine, data_dir)


@contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    """On SQLite (POSIX): an exclusive flock on DATABASE.schema-lock while the schema is checked, migrated."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or sys.platform == "win32":
        yield
        return
    with Path(f"{database}.schema-lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _ensure_schema(engine: Engine, data_dir: Path | None) -> str:
    revision = revision_of(engine)
    if revision == HEAD_REVISION:
        return revision
    locked = _locking_engine(engine)
    try:
        with locked.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            revision = _upgrade(connection, data_dir)
    finally:
        if locked is not engine:
            locked.dispose()
    log.info("database schema at revision %s", revision)
    return revision


def _locking_engine(engine: Engine) -> Engine:
    """On SQLite, an engine whose transactions begin with BEGIN IMMEDIATE (pysqlite would begin none before
    DDL), so the migration holds the write lock from its first statement; other dialects: ``engine``."""
    if engine.dialect.name != "sqlite":
        return engine
    locked = create_engine(engine.url, poolclass=NullPool)

    def connect(dbapi_connection: Any, record: Any) -> None:
        sqlite_pragmas(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA busy_timeout={SQLITE_LOCK_WAIT_MS}")
        dbapi_connection.isolation_level = None  # the transaction is ours: see begin

    def begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(locked, "connect", connect)
    event.listen(locked, "begin", begin)
    return locked


def _upgrade(connection: Connection, data_dir: Path | None) -> str:
    """Under the lock: adopt if need be, then upgrade to head."""
    from alembic import command

    revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return revision  # another instance did it while this one waited
    if not revision and _made_by_create_all(connection):
        _adopt(connection)
        command.stamp(_alembic_config(connection, data_dir), BASELINE_REVISION)
        log.warning("adopted a database made before migrations; stamped %s", BASELINE_REVISION)
    command.upgrade(_alembic_config(connection, data_dir), "head")
    return current_revision(connection)


def _made_by_create_all(connection: Connection) -> bool:
    from eoffice_cloud.migrations.baseline import metadata

    present = set(inspect(connection).get_table_names())
    return bool(present & set(metadata.tables))


def _adopt(connection: Connection) -> None:
    """Add to a create_all-made database what it lacks of revision 0001: whole tables (made by an older
    server that never ran a newer one) and nullable columns (such as the agencies' directory columns)."""
    from eoffice_cloud.migrations.baseline import metadata

    metadata.create_all(connection, checkfirst=True)
    inspector = inspect(connection)
    for table in metadata.sorted_tables:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            if not column.nullable:
                raise SchemaError(f"cannot adopt the database: table {table.name} lacks column {column.name}")
            kind = column.type.compile(connection.dialect)
            connection.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))
            log.warning("adopting the database: added %s.%s", table.name, column.name)
