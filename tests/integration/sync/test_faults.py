"""Exactly once, under faults: a proxy answers 503 and drops connections after the server committed, and
the client is killed with SIGKILL at random moments, many times. Afterwards every letter is on the server
exactly once. The negative control (a fresh key per attempt) must produce duplicates under the same faults,
which shows that the test can fail."""

import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eoffice_cloud.storage import stats
from eoffice_desktop.store.db import open_store
from eoffice_desktop.sync.backend import Answer
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine, waiting
from tests.cloud import RunningCloud
from tests.faultproxy import faulty_proxy
from tests.helpers import PIN_ENV, example, run_cli, sign_cli

LETTERS = 10


@pytest.fixture
def queued(hsm: Any, tmp_path: Path, write_json: Callable[..., Path], trust_root: Path) -> Path:
    os.environ[PIN_ENV] = hsm.pin
    drafts = []
    for i in range(LETTERS):
        path = tmp_path / f"d{i}.pdf"
        data = example("memo") | {"subject": f"ทดสอบความทนทาน ฉบับที่ {i}", "number": f"ดศ 0201/{500 + i}"}
        assert (
            run_cli("draft", "--template", "memo", "--data", write_json(data, f"d{i}.json"), "--out", path)[0]
            == 0
        )
        drafts.append(path)
    signed = tmp_path / "signed"
    signed.mkdir()
    assert (
        sign_cli(
            hsm,
            drafts,
            "--out-dir",
            signed,
        )[0]
        == 0
    )
    data_dir = tmp_path / "workstation"
    code, _, err = run_cli(
        "--data-dir", data_dir, "queue", "add", *sorted(signed.iterdir()), "--to", "CM", "--trust", trust_root
    )
    assert code == 0, err
    return data_dir


def _waiting(data_dir: Path) -> int:
    store = open_store(data_dir)
    try:
        return waiting(store)
    finally:
        store.close()


def test_every_letter_arrives_exactly_once_despite_faults_and_kills(
    cloud: RunningCloud, queued: Path
) -> None:
    token = cloud.token("ws", "DS")
    rng = random.Random(20261124)
    command = [
        sys.executable,
        "-m",
        "eoffice_desktop.cli",
        "--data-dir",
        str(queued),
        "sync",
        "--server",
        "",
        "--token",
        token,
        "--once",
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with faulty_proxy(cloud.url, seed=7, delay=0.4) as proxy:  # slow enough to be killed mid-sync
        command[command.index("--server") + 1] = proxy["url"]
        kills = 0
        for _ in range(40):
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                process.wait(timeout=rng.uniform(0.3, 1.5))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait()
                kills += 1
            if _waiting(queued) == 0:
                break
        for _ in range(10):  # and now let it finish, faults still on
            if _waiting(queued) == 0:
                break
            subprocess.run(
                command,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=300,
                check=False,
            )
        assert kills >= 5, f"the client was killed mid-sync several times (only {kills})"
        assert proxy["refused"] > 0 and proxy["dropped"] > 0, "the faults happened"
    assert _waiting(queued) == 0
    assert stats(cloud.store) == {
        "documents": LETTERS,
        "distinct_client_ids": LETTERS,
        "distinct_sha256": LETTERS,
    }
    status = run_cli("--data-dir", queued, "status", "--json")[1]
    assert f'"delivered": {LETTERS}' in status


class FreshKeyPerAttempt(CloudClient):
    """NEGATIVE CONTROL: what a naive client does, a new idempotency key for every attempt."""

    def upload(self, key: str, *args: Any, **kwargs: Any) -> Answer:
        import uuid

        return super().upload(str(uuid.uuid4()), *args, **kwargs)


def test_negative_control_fresh_keys_make_duplicates(cloud: RunningCloud, queued: Path) -> None:
    token = cloud.token("ws", "DS")
    with faulty_proxy(cloud.url, seed=7, p503=0.0, pdrop=0.5) as proxy:
        store = open_store(queued)
        try:
            SyncEngine(
                store, FreshKeyPerAttempt(proxy["url"], token), "test", sleep=lambda _s: None
            ).run_once()
        finally:
            store.close()
    counts = stats(cloud.store)
    assert counts["distinct_client_ids"] == LETTERS
    assert counts["documents"] > LETTERS, (
        "the same faults with fresh keys duplicate letters: the test can fail"
    )
