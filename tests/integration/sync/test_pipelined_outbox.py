"""The outbox as a pipeline, against a scripted server on loopback (real HTTP): a few uploads at once, and
the waits a server asks for (Retry-After) kept, while the other letters go on.

The server here is a stub (the reference server cannot be told to be slow or to answer 503 on demand); the
letters are real signed letters queued with `queue add`.
"""

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.store.db import open_store, utc
from eoffice_desktop.store.models import OutboxItem
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.delivery import IN_FLIGHT
from eoffice_desktop.sync.engine import SyncEngine
from tests.helpers import run_cli


@dataclass
class Script:
    delay_s: float = 0.0  # each upload takes this long
    answers: dict[str, list[tuple[int, dict[str, str]]]] = field(default_factory=dict)  # key: first answers
    attempts: list[tuple[float, str]] = field(default_factory=list)  # (monotonic time, key) of each upload
    busy: int = 0
    most_at_once: int = 0
    url: str = ""


@pytest.fixture
def stub() -> Iterator[Script]:
    script = Script()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True  # PITFALLS: ~40 ms per keep-alive request otherwise
        protocol_version = "HTTP/1.1"

        def _reply(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/v1/health":
                self._reply(200, {"ok": True})
            else:
                self._reply(404, {"detail": "not in this stub"})

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            key = self.headers.get("Idempotency-Key") or ""
            with lock:
                script.attempts.append((time.monotonic(), key))
                script.busy += 1
                script.most_at_once = max(script.most_at_once, script.busy)
                scripted = script.answers.get(key) or []
                answer = scripted.pop(0) if scripted else None
            time.sleep(script.delay_s)
            with lock:
                script.busy -= 1
            if answer is None:
                self._reply(201, {"id": f"srv-{key}"})
            else:
                self._reply(answer[0], {"error": "busy", "detail": "come back later"}, answer[1])

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    script.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield script
    server.shutdown()
    server.server_close()


@pytest.fixture
def outbox(signed_letters: list[Path], tmp_path: Path, trust_root: Path) -> tuple[Path, list[str]]:
    """Five real signed letters queued; their idempotency keys in queue order."""
    data_dir = tmp_path / "workstation"
    code, _, err = run_cli(
        "--data-dir", data_dir, "queue", "add", *signed_letters, "--to", "CM", "--trust", trust_root
    )
    assert code == 0, err
    store = open_store(data_dir)
    try:
        with store.sessions() as session:
            keys = list(session.scalars(select(OutboxItem.idempotency_key).order_by(OutboxItem.id)))
    finally:
        store.close()
    return data_dir, keys


def _run(data_dir: Path, url: str) -> tuple[int, int, float]:
    """One engine run with real sleeps: (delivered, total, seconds)."""
    store = open_store(data_dir)
    try:
        begin = time.monotonic()
        done = SyncEngine(store, CloudClient(url, "eo_token"), "clerk").run_once()
        return done.delivered, done.total, time.monotonic() - begin
    finally:
        store.close()


def test_a_few_uploads_are_in_flight_at_once(stub: Script, outbox: tuple[Path, list[str]]) -> None:
    data_dir, keys = outbox
    stub.delay_s = 0.4  # a slow line: one at a time would take 2 s
    delivered, total, took = _run(data_dir, stub.url)
    assert (delivered, total) == (5, 5)
    assert stub.most_at_once == IN_FLIGHT == 4, "a few at once, never more"
    assert took < 5 * stub.delay_s * 0.7
    assert sorted(k for _t, k in stub.attempts) == sorted(keys), "each letter once"


def test_retry_after_is_kept_while_the_other_letters_go_on(
    stub: Script, outbox: tuple[Path, list[str]]
) -> None:
    data_dir, keys = outbox
    stub.answers[keys[0]] = [(503, {"Retry-After": "2"})]
    delivered, total, _ = _run(data_dir, stub.url)
    assert (delivered, total) == (5, 5)
    tries = [t for t, k in stub.attempts if k == keys[0]]
    others = [t for t, k in stub.attempts if k != keys[0]]
    assert len(tries) == 2 and tries[1] - tries[0] >= 1.95, "the server's wait was kept"
    assert len(others) == 4 and max(others) < tries[1], "the others did not wait for it"


def test_a_long_retry_after_leaves_the_letter_to_a_later_run(
    stub: Script, outbox: tuple[Path, list[str]]
) -> None:
    data_dir, keys = outbox
    stub.answers[keys[0]] = [(503, {"Retry-After": "3600"})]
    delivered, total, took = _run(data_dir, stub.url)
    assert (delivered, total) == (4, 5) and took < 10, "the run does not wait an hour"
    store = open_store(data_dir)
    try:
        with store.sessions() as session:
            item = session.scalar(select(OutboxItem).where(OutboxItem.idempotency_key == keys[0]))
            assert item is not None and item.state == "pending" and item.next_attempt_at is not None
            assert item.attempts == 1 and "503" in (item.last_error or "")
            wait_s = (utc(item.next_attempt_at) - utc(item.created_at)).total_seconds()
            assert 3500 < wait_s < 3700
    finally:
        store.close()
    delivered, total, _ = _run(data_dir, stub.url)
    assert (delivered, total) == (0, 1), "a later run within the hour leaves it alone"
    assert [k for _t, k in stub.attempts].count(keys[0]) == 1
