"""`eoffice-cloud serve` with several worker processes ([server] workers, --workers): each worker builds its
app from the command's settings, and a worker that dies is replaced while the others answer."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from eoffice_cloud.settings import ServerSettings, SettingsError, from_json, load_settings, to_json
from tests.cloud_processes import cloud_program, start_server, wait_healthy


def _workers(parent: int) -> set[int]:
    """The worker processes uvicorn started for the server ``parent`` (Linux: read from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == parent and b"spawn_main" in cmdline:
            found.add(int(entry.name))
    return found


def _until(condition: object, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_settings_file_names_the_workers(tmp_path: Path) -> None:
    config = tmp_path / "cloud.toml"
    config.write_text("[server]\nworkers = 4\n", encoding="utf-8")
    assert load_settings(config).workers == 4
    config.write_text("[server]\nmax_body_mb = 8\n", encoding="utf-8")
    assert load_settings(config).workers == 1, "one process unless the file says otherwise"
    for bad in ("0", '"4"', "true", "2.5"):
        config.write_text(f"[server]\nworkers = {bad}\n", encoding="utf-8")
        with pytest.raises(SettingsError, match=r"server\.workers"):
            load_settings(config)


def test_workers_get_every_setting_through_the_environment(tmp_path: Path) -> None:
    settings = ServerSettings(
        trust_anchors=(tmp_path / "root.pem", tmp_path / "other.pem"),
        trust_dir=tmp_path / "trust",
        max_body_bytes=8 * 1024 * 1024,
        database_url="postgresql+psycopg://eoffice@db/eoffice",
        workers=3,
    )
    assert from_json(to_json(settings, tmp_path / "data")) == (settings, tmp_path / "data")
    assert from_json(to_json(ServerSettings(), tmp_path)) == (ServerSettings(), tmp_path)


def test_bad_worker_count_on_the_command_line_is_refused(tmp_path: Path) -> None:
    done = subprocess.run(
        [*cloud_program(), "serve", "--data-dir", str(tmp_path), "--workers", "0"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2 and "--workers" in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts the workers in /proc")
def test_several_workers_answer_and_a_dead_one_is_replaced(tmp_path: Path) -> None:
    database = tmp_path / "db" / "cloud.sqlite3"
    database.parent.mkdir()
    config = tmp_path / "cloud.toml"
    config.write_text(f'[server]\nworkers = 2\ndatabase_url = "sqlite:///{database}"\n', encoding="utf-8")
    token = subprocess.run(
        [*cloud_program(), "token", "create", "--data-dir", str(tmp_path / "admin"),
         "--database-url", f"sqlite:///{database}", "--workstation", "ws-1", "--agency", "DS"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout.strip()  # fmt: skip
    server = start_server(tmp_path / "data", "--config", config, "--accept-unverified")  # no letters sent
    try:
        wait_healthy(server.url, server.process)
        _until(lambda: len(_workers(server.process.pid)) == 2)
        first = _workers(server.process.pid)
        headers = {"Authorization": f"Bearer {token}"}
        # the workers read the database the file names, not one in their data directory
        for _ in range(6):
            answer = requests.get(f"{server.url}/v1/changes", headers=headers, timeout=10)
            assert answer.status_code == 200, answer.text
        assert not (tmp_path / "data" / "cloud.sqlite3").exists()
        os.kill(min(first), signal.SIGKILL)
        for _ in range(6):  # the other worker answers meanwhile
            assert requests.get(f"{server.url}/v1/changes", headers=headers, timeout=10).status_code == 200
        _until(lambda: len(_workers(server.process.pid)) == 2 and _workers(server.process.pid) != first)
        wait_healthy(server.url, server.process)
    finally:
        server.stop()
    assert server.process.returncode is not None
    assert not _workers(server.process.pid), "stopping the server stops its workers"
