"""Several reference servers as real `eoffice-cloud serve` processes, and HAProxy in front of them, for tests
of a deployment with more than one instance (tests/cloud.py runs one server in the test's own process)."""

import os
import re
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from tests.cloud import cloud_program, free_port
from tests.helpers import ROOT

HAPROXY_CONFIG = ROOT / "docs" / "haproxy.cfg"
"""The configuration IT copies (docs/deployment.md); the tests run it with their own ports."""


def wait_healthy(url: str, process: subprocess.Popen[bytes] | None = None, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited with {process.returncode}")
        try:
            if requests.get(f"{url}/v1/health", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer /v1/health within {timeout} s")


@dataclass
class ServerProcess:
    """One `eoffice-cloud serve` process (with its workers, if any) on a loopback port."""

    process: subprocess.Popen[bytes]
    port: int
    data_dir: Path
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        """kill -9: the instance and its workers vanish mid-request, as in a crash or a power cut."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def start_server(data_dir: Path, *options: str | Path, port: int | None = None) -> ServerProcess:
    """`eoffice-cloud serve --data-dir DATA_DIR --port PORT OPTIONS...` in its own process group (not yet
    answering: see wait_healthy)."""
    port = port or free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = data_dir.parent / f"{data_dir.name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                *cloud_program(),
                "serve",
                "--data-dir",
                str(data_dir),
                "--port",
                str(port),
                *(str(o) for o in options),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return ServerProcess(process, port, data_dir, log)


def haproxy_program() -> str:
    """The haproxy binary; a test without it is skipped on a developer's machine and fails in CI."""
    exe = shutil.which("haproxy") or next(
        (p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if Path(p).is_file()), None
    )
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("haproxy is not installed: scripts/test-packages lists it (apt-get install haproxy)")
        pytest.skip("haproxy is not installed (apt-get install haproxy; scripts/test-packages lists it)")
    return exe


def balancer_config(listen_port: int, servers: list[int], stats_socket: Path) -> str:
    """docs/haproxy.cfg with the test's ports: the frontend on ``listen_port``, one server line per port
    and the stats socket at ``stats_socket``; logging off (no syslog in a test)."""
    text = HAPROXY_CONFIG.read_text(encoding="utf-8")
    lines = []
    for original in text.splitlines():
        indent = original[: len(original) - len(original.lstrip())]
        word, line = original.strip(), original
        if word.startswith("log "):
            continue
        if word.startswith("stats socket "):
            line = f"{indent}stats socket {stats_socket} mode 600 level admin"
        elif word.startswith("bind "):
            line = f"{indent}bind 127.0.0.1:{listen_port}"
        elif word.startswith("server "):
            if word.split()[1] != "cloud1":
                continue
            line = "\n".join(
                f"{indent}server cloud{i} 127.0.0.1:{port} check" for i, port in enumerate(servers, 1)
            )
        lines.append(line)
    config = "\n".join(lines) + "\n"
    if not re.search(r"^\s*server cloud1 127\.0\.0\.1", config, re.M):
        raise AssertionError(f"{HAPROXY_CONFIG} has no 'server cloud1' line to stand in for")
    return config


@dataclass
class Balancer:
    process: subprocess.Popen[bytes]
    port: int
    stats_socket: Path
    log: Path
    names: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def servers(self) -> dict[str, dict[str, str]]:
        """HAProxy's own view of each server (`show stat` on its socket): status UP/DOWN, scur (requests in
        progress on it), stot (requests it got)."""
        with socket.socket(socket.AF_UNIX) as conn:
            conn.settimeout(5)
            conn.connect(str(self.stats_socket))
            conn.sendall(b"show stat\n")
            chunks = []
            while chunk := conn.recv(65536):
                chunks.append(chunk)
        rows = b"".join(chunks).decode().splitlines()
        header = rows[0].lstrip("# ").split(",")
        found = {}
        for row in rows[1:]:
            values = dict(zip(header, row.split(","), strict=False))
            if values.get("pxname") == "eoffice_cloud" and values.get("svname", "").startswith("cloud"):
                found[values["svname"]] = values
        return found

    def wait_up(self, count: int, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"haproxy exited: {self.log.read_text(errors='replace')}")
            try:
                if sum(s["status"] == "UP" for s in self.servers().values()) == count:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"haproxy does not see {count} servers up: {self.servers()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_balancer(work: Path, servers: list[int]) -> Balancer:
    """HAProxy (foreground, no system service) round-robin over ``servers`` on a free loopback port."""
    exe = haproxy_program()
    work.mkdir(parents=True, exist_ok=True)
    port, stats_socket = free_port(), work / "haproxy.sock"
    config = work / "haproxy.cfg"
    config.write_text(balancer_config(port, servers, stats_socket), encoding="utf-8")
    checked = subprocess.run(
        [exe, "-c", "-q", "-f", str(config)], capture_output=True, text=True, check=False
    )
    if checked.returncode != 0:
        raise AssertionError(f"haproxy refuses the configuration: {checked.stderr}")
    log = work / "haproxy.log"
    with log.open("wb") as out:
        process = subprocess.Popen([exe, "-db", "-f", str(config)], stdout=out, stderr=subprocess.STDOUT)
    return Balancer(process, port, stats_socket, log)
