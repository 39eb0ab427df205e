"""The reference server, run for real (uvicorn on loopback) for tests."""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from eoffice_cloud.app import create_app
from eoffice_cloud.storage import CloudStore, create_token, open_cloud


@dataclass
class RunningCloud:
    url: str
    store: CloudStore
    data_dir: Path

    def token(self, workstation: str, agency: str) -> str:
        return create_token(self.store, workstation, agency)


def drop_everything(database_url: str) -> None:
    """Drop every table of the database (the server's, alembic_version, any other)."""
    from sqlalchemy import MetaData, create_engine

    engine = create_engine(database_url)
    try:
        tables = MetaData()
        tables.reflect(engine)
        tables.drop_all(engine)
    finally:
        engine.dispose()


@contextmanager
def running_cloud(data_dir: Path, database_url: str | None = None) -> Iterator[RunningCloud]:
    if database_url:  # a shared PostgreSQL database: every test starts from an empty one
        drop_everything(database_url)
    store = open_cloud(data_dir, database_url)
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=0, log_level="error", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield RunningCloud(f"http://127.0.0.1:{port}", store, data_dir)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.engine.dispose()
