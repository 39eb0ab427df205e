"""The server's schema lifecycle: Alembic migrations at start-up, run once when several instances start at
the same time, adopting databases made by create_all before migrations; PDFs shared through the database."""

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, func, select, text

from eoffice_cloud.cli import main
from eoffice_cloud.migrations import baseline
from eoffice_cloud.models import Agency, Base, NumberBlock, Workstation
from eoffice_cloud.schema import HEAD_REVISION, head_revision, revision_of
from eoffice_cloud.series import owners
from eoffice_cloud.storage import create_token, open_cloud
from tests.cloud import drop_everything, free_port

DATABASE_ENV = "EOFFICE_TEST_DATABASE_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for SQLite in the data directory, or an emptied PostgreSQL database."""
    if request.param == "sqlite":
        yield None
        return
    url = os.environ.get(DATABASE_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{DATABASE_ENV} is not set: scripts/test starts PostgreSQL and sets it")
        pytest.skip(f"no PostgreSQL ({DATABASE_ENV} unset; scripts/test sets it)")
    drop_everything(url)
    yield url
    drop_everything(url)


def _engine(data_dir: Path, url: str | None) -> Engine:
    return create_engine(url or f"sqlite:///{data_dir / 'cloud.sqlite3'}")


def _run(*args: str | Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(a) for a in args]) == 0
    return out.getvalue()


def test_the_head_constant_is_alembics_head() -> None:
    assert head_revision() == HEAD_REVISION


def test_the_migrated_schema_is_the_models_schema(tmp_path: Path, database_url: str | None) -> None:
    store = open_cloud(tmp_path, database_url)
    try:
        with store.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == [], "models.py and the migrations disagree: write a migration"
        assert revision_of(store.engine) == HEAD_REVISION
    finally:
        store.engine.dispose()


def test_four_threads_opening_an_empty_database_at_the_same_moment_all_succeed(
    tmp_path: Path, database_url: str | None
) -> None:
    """The tight form of the race the four processes below run: a barrier releases four open_cloud calls
    at once; without the migration lock some fail on tables another one is creating."""
    barrier = threading.Barrier(4)
    outcomes: list[BaseException | str] = []

    def start() -> None:
        barrier.wait()
        try:
            store = open_cloud(tmp_path, database_url)
            outcomes.append(revision_of(store.engine))
            store.engine.dispose()
        except BaseException as exc:  # reported by the assertion below
            outcomes.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert outcomes == [HEAD_REVISION] * 4


def _wait_healthy(process: subprocess.Popen[bytes], port: int, log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = log.read_text(encoding="utf-8", errors="replace")
            pytest.fail(f"an instance on port {port} exited {process.returncode}: {err[-2000:]}")
        with contextlib.suppress(requests.RequestException):
            if requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    pytest.fail(f"the instance on port {port} did not come up")


def test_four_instances_started_at_once_on_an_empty_database_all_come_up_and_share_letters(
    tmp_path: Path, database_url: str | None, signed_letters: list[Path], trust_root: Path
) -> None:
    """Four `eoffice-cloud serve` processes start together on one empty database: one migrates while the
    others wait for it, all serve. On PostgreSQL each has its own data directory (as on separate machines),
    and a letter uploaded to the first downloads from the last: PDFs live in the database."""
    shared = tmp_path / "cloud"
    ports = [free_port() for _ in range(4)]
    dirs = [shared if database_url is None else tmp_path / f"instance-{i}" for i in range(4)]
    extra = ["--database-url", database_url] if database_url else []
    logs = [tmp_path / f"instance-{i}.log" for i in range(4)]
    processes = []
    for d, p, log in zip(dirs, ports, logs, strict=True):
        with log.open("wb") as err:
            command = ["serve", "--data-dir", str(d), "--port", str(p), "--trust", str(trust_root), *extra]
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "eoffice_cloud.cli", *command],
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                )
            )
    try:
        deadline = time.monotonic() + 90
        for process, port, log in zip(processes, ports, logs, strict=True):
            _wait_healthy(process, port, log, deadline)
        engine = _engine(dirs[0], database_url)
        assert revision_of(engine) == HEAD_REVISION
        engine.dispose()

        store = open_cloud(dirs[0], database_url)
        sender, recipient = create_token(store, "ds", "DS"), create_token(store, "cm", "CM")
        store.engine.dispose()
        pdf = signed_letters[0].read_bytes()
        body = {
            "letter_id": "L-1",
            "recipient_agency": "CM",
            "metadata": {},
            "pdf": base64.b64encode(pdf).decode(),
        }
        sent = requests.post(
            f"http://127.0.0.1:{ports[0]}/v1/letters",
            json=body,
            headers={"Authorization": f"Bearer {sender}", "Idempotency-Key": "k-1"},
            timeout=30,
        )
        assert sent.status_code == 201, sent.text
        fetched = requests.get(
            f"http://127.0.0.1:{ports[3]}/v1/letters/{sent.json()['id']}/pdf",
            headers={"Authorization": f"Bearer {recipient}"},
            timeout=30,
        )
        assert fetched.status_code == 200 and fetched.content == pdf
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.mark.parametrize("directory_columns", [True, False], ids=["directory", "before-directory"])
def test_a_database_made_by_create_all_is_adopted_and_keeps_its_rows(
    tmp_path: Path, database_url: str | None, directory_columns: bool
) -> None:
    """A database the server made with create_all before it had migrations (with, or without, the
    agencies' directory columns added later), with letter PDFs in DATA_DIR/blobs: `eoffice-cloud migrate`
    adopts it; the rows stay, the PDFs move into the database, each series goes to its first leaser."""
    data_dir = tmp_path / "cloud"
    data_dir.mkdir()
    engine = _engine(data_dir, database_url)
    baseline.metadata.create_all(engine)
    now = dt.datetime.now(dt.UTC)
    pdf = b"%PDF-1.7\n% a letter an older server kept on its disk\n"
    digest = hashlib.sha256(pdf).hexdigest()
    (data_dir / "blobs" / digest[:2]).mkdir(parents=True)
    (data_dir / "blobs" / digest[:2] / digest).write_bytes(pdf)
    tables = baseline.metadata.tables
    with engine.begin() as connection:
        if not directory_columns:
            for column in ("name_en", "parent", "ministry", "department", "updated_at"):
                connection.execute(text(f"ALTER TABLE agencies DROP COLUMN {column}"))
        connection.execute(
            tables["agencies"].insert(), [{"code": "DS", "name": "DS"}, {"code": "CM", "name": "CM"}]
        )
        connection.execute(
            tables["workstations"].insert(),
            [
                {"id": 1, "name": "ds", "agency_code": "DS", "token_sha256": "a" * 64, "created_at": now},
                {"id": 2, "name": "cm", "agency_code": "CM", "token_sha256": "b" * 64, "created_at": now},
            ],
        )
        block = {"year": 2569, "first": 1, "last": 5, "leased_at": now}
        connection.execute(
            tables["number_blocks"].insert(),
            [
                {"id": 1, "series": "ดศ 0201", "workstation_id": 1} | block,
                {"id": 2, "series": "ดศ 0201", "workstation_id": 2} | block,  # CM leased DS's series later
                {"id": 3, "series": "ชม 0001", "workstation_id": 2} | block,
            ],
        )
        connection.execute(
            tables["documents"].insert(),
            {
                "public_id": "00000000-0000-0000-0000-000000000001",
                "sha256": digest,
                "size": len(pdf),
                "client_id": "L-1",
                "sender_workstation": 1,
                "sender_agency": "DS",
                "recipient_agency": "CM",
                "metadata_json": "{}",
                "received_at": now,
            },
        )
    engine.dispose()

    out = _run("migrate", "--data-dir", data_dir, *(["--database-url", database_url] if database_url else []))
    assert f"schema at revision {HEAD_REVISION}" in out

    store = open_cloud(data_dir, database_url)
    try:
        with store.sessions() as session:
            assert session.scalar(select(func.count(Workstation.id))) == 2
            assert session.scalar(select(func.count(NumberBlock.id))) == 3
            assert session.get(Agency, "CM") is not None
        assert store.get_blob(digest) == pdf
        assert {(o.series, o.agency, o.how) for o in owners(store)} == {
            ("ดศ 0201", "DS", "migration"),
            ("ชม 0001", "CM", "migration"),
        }
        with store.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    finally:
        store.engine.dispose()
    directory = tmp_path / "d.csv"
    directory.write_text("code,name_th,name_en\nCM,ศาลากลางจังหวัดเชียงใหม่,Chiang Mai\n", encoding="utf-8")
    url_args = ["--database-url", database_url] if database_url else []
    _run("directory", "import", "--data-dir", data_dir, *url_args, directory)
    listed = json.loads(_run("directory", "list", "--data-dir", data_dir, *url_args, "--json"))
    assert {a["code"]: a["name_en"] for a in listed["agencies"]}["CM"] == "Chiang Mai"


def test_letter_items_from_before_0007_learn_their_letter_and_stay_every_workstations(
    tmp_path: Path, database_url: str | None
) -> None:
    """A secret letter delivered before 0007 reached every workstation: its PDF stays theirs after it."""
    from alembic import command

    from eoffice_cloud.letters import LetterService
    from eoffice_cloud.models import Document, FeedEvent
    from eoffice_cloud.schema import _alembic_config

    pdf = b"%PDF-1.7 a secret letter"
    engine = _engine(tmp_path, database_url)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection, tmp_path), "0006")
        at = dt.datetime.now(dt.UTC)
        connection.execute(
            Agency.__table__.insert(), [{"code": "CM", "name": "CM"}, {"code": "DS", "name": "DS"}]
        )
        sender = connection.execute(
            Workstation.__table__.insert().values(
                name="cm-1", agency_code="CM", token_sha256="00" * 32, created_at=at
            )
        ).inserted_primary_key[0]
        connection.execute(
            Document.__table__.insert().values(
                public_id="old-secret", sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf), client_id="x",
                sender_workstation=sender, sender_agency="CM", recipient_agency="DS",
                metadata_json='{"secrecy": "ลับ"}', received_at=at,
            )
        )  # fmt: skip
        payload = json.dumps({"id": "old-secret", "sha256": hashlib.sha256(pdf).hexdigest()})
        connection.execute(
            text(
                "INSERT INTO feed_events (kind, agency_code, payload_json, created_at, secret) "
                "VALUES ('letter', 'DS', :p, :at, false)"
            ),
            {"p": payload, "at": at},
        )
    engine.dispose()
    store = open_cloud(tmp_path, database_url)
    try:
        assert revision_of(store.engine) == HEAD_REVISION
        create_token(store, "ds-1", "DS")
        store.put_blob(pdf)
        with store.sessions() as session:
            assert session.scalars(select(FeedEvent.document_id)).all() == ["old-secret"]
            ws = session.scalar(select(Workstation).where(Workstation.name == "ds-1"))
        assert ws is not None
        assert LetterService(store, None).pdf(ws, "old-secret") == pdf
    finally:
        store.engine.dispose()
