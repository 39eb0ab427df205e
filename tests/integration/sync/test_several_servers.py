"""Three `eoffice-cloud serve` processes on one PostgreSQL behind HAProxy (docs/haproxy.cfg, round-robin with
health checks): a workstation syncs 60 signed letters through the balancer while one instance is killed
(kill -9) in the middle of an upload; sync runs again until the outbox is empty. Every letter is on the
server exactly once, and any instance hands out any letter (each instance has its own data directory, so
the letters' bytes must live in the database)."""

import hashlib
import json
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import MetaData, create_engine, func, select

from eoffice_cloud.models import Document
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.models import OutboxItem
from tests.cloud_processes import (
    HAPROXY_CONFIG,
    Balancer,
    ServerProcess,
    cloud_program,
    haproxy_program,
    start_balancer,
    start_server,
    wait_healthy,
)
from tests.helpers import PIN_ENV, ROOT, example, program, run_cli, sign_cli

DATABASE_ENV = "EOFFICE_TEST_DATABASE_URL"
LETTERS = 60
INSTANCES = 3


def _database_url() -> str:
    url = os.environ.get(DATABASE_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{DATABASE_ENV} is not set: scripts/test starts PostgreSQL and sets it")
        pytest.skip(f"no PostgreSQL ({DATABASE_ENV} unset; scripts/test sets it)")
    return url


def _empty_database(url: str) -> None:
    """Every table of the test database dropped, whoever made it (the server's tables, its migrations')."""
    engine = create_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    tables.drop_all(engine)
    engine.dispose()


def _cloud(*args: str | Path) -> str:
    """The `eoffice-cloud` command, as IT runs it; what it prints."""
    done = subprocess.run(
        [*cloud_program(), *(str(a) for a in args)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _signed_letters(hsm: Any, work: Path, write_json: Callable[..., Path]) -> list[Path]:
    """LETTERS external letters drafted and signed with the SoftHSM token, each with its own subject."""
    os.environ[PIN_ENV] = hsm.pin
    drafts = work / "drafts"
    drafts.mkdir()
    for i in range(LETTERS):
        data = example("external-letter") | {
            "subject": f"ขอเชิญประชุมคณะทำงาน ครั้งที่ {i + 1}",
            "number": f"ดศ 0201/{100 + i}",
            "secrecy": "",  # not classed ลับ: a secret letter reaches only the saraban officers' person tokens
        }
        code, _, err = run_cli(
            "draft",
            "--template",
            "external-letter",
            "--data",
            write_json(data, f"l{i}.json"),
            "--out",
            drafts / f"letter-{i:02d}.pdf",
        )
        assert code == 0, err
    signed = work / "signed"
    signed.mkdir()
    code, _, err = sign_cli(hsm, sorted(drafts.glob("*.pdf")), "--out-dir", signed)
    assert code == 0, err
    return sorted(signed.glob("*.pdf"))


@dataclass
class Outcome:
    url: str
    database_url: str
    workstation: Path
    sent: dict[str, str]  # letter id -> sha256 of the PDF the workstation sent
    killed_at: int  # letters on the server when the instance was killed
    in_flight_on_victim: bool
    runs: int
    seconds: float
    output: str  # what the sync runs printed
    retried: int  # letters whose upload failed at least once (the killed instance's)


def _sync(workstation: Path, url: str, token: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*program(), "--data-dir", str(workstation), "sync", "--server", url, "--token", token, "--once"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _waiting(workstation: Path) -> int:
    counts = json.loads(run_cli("--data-dir", workstation, "status", "--json")[1])
    return int(counts.get("queued", 0))


def _documents(engine: Any) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count(Document.id))) or 0)


def _kill_mid_upload(balancer: Balancer, victim: ServerProcess, engine: Any, sync: Any) -> tuple[int, bool]:
    """Kill the victim once a third of the letters are in, at a moment it is handling a request if that
    comes within a few seconds (HAProxy's count of requests in progress on it)."""
    deadline = time.monotonic() + 30
    while _documents(engine) < LETTERS // 3:
        assert sync.poll() is None, f"the sync ended before the kill: {sync.stdout.read()}"
        assert time.monotonic() < deadline, "the sync made no progress"
        time.sleep(0.05)
    busy = False
    until = time.monotonic() + 5
    while time.monotonic() < until and sync.poll() is None:
        if int(balancer.servers()["cloud1"]["scur"] or 0) > 0:
            busy = True
            break
        time.sleep(0.002)
    killed_at = _documents(engine)
    victim.kill()
    return killed_at, busy


@pytest.fixture(scope="module")
def balanced(hsm: Any, trust_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outcome]:
    haproxy_program()
    url = _database_url()
    work = tmp_path_factory.mktemp("balanced")

    def write_json(data: dict[str, Any], name: str) -> Path:
        path = work / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    letters = _signed_letters(hsm, work, write_json)
    workstation = work / "workstation"
    code, _, err = run_cli(
        "--data-dir", workstation, "queue", "add", *letters, "--to", "CM", "--trust", trust_root
    )
    assert code == 0, err
    _empty_database(url)
    # the tables exist before the instances start (in production: `eoffice-cloud migrate`, then the instances)
    admin = work / "admin"
    _cloud(
        "token", "create", "--data-dir", admin, "--database-url", url, "--workstation", "cm", "--agency", "CM"
    )
    token = _cloud(
        "token",
        "create",
        "--data-dir",
        admin,
        "--database-url",
        url,
        "--workstation",
        "ws-1",
        "--agency",
        "DS",
    )
    servers = [
        start_server(work / f"cloud{i}", "--database-url", url, "--trust", trust_root) for i in range(1, 4)
    ]
    balancer = None
    engine = create_engine(url)
    try:
        for server in servers:
            wait_healthy(server.url, server.process)
        balancer = start_balancer(work / "haproxy", [s.port for s in servers])
        balancer.wait_up(INSTANCES)
        started = time.monotonic()
        sync = _sync(workstation, balancer.url, token)
        killed_at, busy = _kill_mid_upload(balancer, servers[0], engine, sync)
        output = sync.communicate(timeout=120)[0]
        runs = 1
        deadline = time.monotonic() + 120
        while _waiting(workstation) and time.monotonic() < deadline:
            runs += 1
            output += _sync(workstation, balancer.url, token).communicate(timeout=120)[0]
        assert _waiting(workstation) == 0, f"letters still waiting after {runs} runs:\n{output}"
        store = open_store(workstation)
        with store.sessions() as session:
            items = list(session.scalars(select(OutboxItem)))
        sent = {item.letter_id: item.pdf_sha256 for item in items}
        retried = sum(item.attempts > 1 for item in items)  # finish() counts the last one
        store.close()
        seconds = time.monotonic() - started
        yield Outcome(balancer.url, url, workstation, sent, killed_at, busy, runs, seconds, output, retried)
    finally:
        engine.dispose()
        if balancer is not None:
            balancer.stop()
        for server in servers:
            server.stop()


def test_every_letter_is_on_the_server_exactly_once(balanced: Outcome) -> None:
    assert 0 < balanced.killed_at < LETTERS, "the instance was killed in the middle of the sync"
    assert balanced.in_flight_on_victim and balanced.retried >= 1, "an upload was cut by the kill"
    assert len(balanced.sent) == LETTERS
    engine = create_engine(balanced.database_url)
    with engine.connect() as connection:
        rows = connection.execute(select(Document.client_id, Document.sha256)).all()
    engine.dispose()
    assert len(rows) == LETTERS, f"{len(rows)} documents for {LETTERS} letters"
    assert len({client_id for client_id, _ in rows}) == LETTERS, "no letter twice"
    assert dict(rows) == balanced.sent, "each letter with the bytes the workstation sent"
    print(
        f"killed with {balanced.killed_at} letters in (a request in progress on it: "
        f"{balanced.in_flight_on_victim}); {balanced.retried} letters retried; {balanced.runs} sync runs, "
        f"{balanced.seconds:.1f} s"
    )
    print("\n".join(line for line in balanced.output.splitlines() if not line.startswith("sent ")))


def test_any_instance_hands_out_any_letter(balanced: Outcome) -> None:
    recipient = _cloud(
        "token", "create", "--data-dir", balanced.workstation.parent / "admin", "--database-url",
        balanced.database_url, "--workstation", "cm-reader", "--agency", "CM",
    )  # fmt: skip
    headers = {"Authorization": f"Bearer {recipient}"}
    items: list[dict[str, Any]] = []
    cursor = 0
    while True:
        feed = requests.get(
            f"{balanced.url}/v1/changes", params={"cursor": cursor}, headers=headers, timeout=10
        ).json()
        items += [item for item in feed["items"] if item["kind"] == "letter"]
        cursor = feed["cursor"]
        if not feed["more"]:
            break
    assert len(items) == LETTERS
    for item in items:  # round-robin: each instance serves some of them
        response = requests.get(f"{balanced.url}/v1/letters/{item['id']}/pdf", headers=headers, timeout=10)
        assert response.status_code == 200, f"letter {item['id']}: {response.status_code}"
        assert hashlib.sha256(response.content).hexdigest() == item["sha256"]
    assert sorted(item["sha256"] for item in items) == sorted(balanced.sent.values())


def test_the_deployment_guide_shows_the_configuration_the_tests_run() -> None:
    guide = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    block = guide.split("```haproxy\n", 1)[1].split("```", 1)[0]
    assert block == HAPROXY_CONFIG.read_text(encoding="utf-8"), "docs/deployment.md copies docs/haproxy.cfg"
