"""The reference server, run for real (uvicorn on loopback) for tests.

It checks every uploaded letter against ``trust`` (the test root: letters signed with the test PKI pass).
Tests that push synthetic payloads (transport faults, idempotency mechanics, benches) run it with
``accept_unverified=True`` instead, as `serve --accept-unverified` does, and say so."""

import csv
import io
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests
import uvicorn

from eoffice_cloud.app import create_app
from eoffice_cloud.settings import ServerSettings
from eoffice_cloud.storage import CloudStore, create_token, open_cloud


@dataclass
class RunningCloud:
    url: str
    store: CloudStore
    data_dir: Path

    def token(self, workstation: str, agency: str) -> str:
        return create_token(self.store, workstation, agency)

    def person_with_token(
        self, person_id: str, agency: str, workstation: str, name: str = "", position: str = ""
    ) -> str:
        """A person of ``agency`` (added to the people table if new) and their token on ``workstation``."""
        import datetime as dt

        from eoffice_cloud.directory import ensure_agency
        from eoffice_cloud.models import Person

        with self.store.sessions.begin() as session:
            ensure_agency(session, agency)
            if session.get(Person, person_id) is None:
                session.add(
                    Person(
                        person_id=person_id,
                        agency_code=agency,
                        name=name or person_id,
                        position=position,
                        unit="",
                        roles="drafter|reviewer|signer",
                        certificates_json="[]",
                        updated_at=dt.datetime.now(dt.UTC),
                    )
                )
        return create_token(self.store, workstation, agency, person_id)

    def person_token(self, person_id: str, workstation: str | None = None) -> str:
        """A token standing for ``person_id`` (imported first: :meth:`import_people`) on ``workstation``."""
        return create_token(self.store, workstation or f"person:{person_id}", None, person_id)

    def import_people(self, rows: Iterable[Mapping[str, str]]) -> None:
        """Import people as `eoffice-cloud people import` does, from rows with the CSV's columns (``roles``
        and ``certificates`` separated by ``|``)."""
        from eoffice_cloud.people import COLUMNS, import_people

        rows = list(rows)
        columns = [c for c in COLUMNS if any(c in row for row in rows)]
        text = io.StringIO(newline="")
        writer = csv.DictWriter(text, columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
        path = self.data_dir / f"people-{uuid.uuid4().hex}.csv"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(text.getvalue(), encoding="utf-8", newline="")
        import_people(self.store, path)


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
def running_cloud(
    data_dir: Path,
    database_url: str | None = None,
    *,
    trust: Sequence[Path] = (),
    accept_unverified: bool = False,
) -> Iterator[RunningCloud]:
    if database_url:  # a shared PostgreSQL database: every test starts from an empty one
        drop_everything(database_url)
    store = open_cloud(data_dir, database_url)
    settings = ServerSettings(trust_anchors=tuple(trust), accept_unverified=accept_unverified)
    app = create_app(store, settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error", lifespan="off")
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


def cloud_program() -> list[str]:
    """The installed ``eoffice-cloud`` beside this Python (else ``python -m eoffice_cloud.cli``)."""
    script = Path(sys.executable).parent / "eoffice-cloud"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "eoffice_cloud.cli"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serving(data_dir: Path, *options: str | Path, start_timeout: float = 30) -> Iterator[str]:
    """`eoffice-cloud serve` as a separate process, as a deployment runs it; yields its URL once it answers
    and stops it afterwards. Its standard error goes to ``data_dir``/serve.log."""
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = (data_dir / "serve.log").open("wb")
    command = [*cloud_program(), "serve", "--data-dir", str(data_dir), "--port", str(port)]
    process = subprocess.Popen([*command, *map(str, options)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"eoffice-cloud serve exited: {(data_dir / 'serve.log').read_text()}")
            try:
                if requests.get(f"{url}/v1/health", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("eoffice-cloud serve did not answer")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
