"""The parts of the sync bench: real signed letters made once, a queued workstation, the reference server
and a minimal sink, each in its own process."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

BIN = Path(sys.executable).parent
SUBJECTS = ["ขอเชิญประชุมคณะทำงาน", "ขอความร่วมมือตอบแบบสำรวจ", "ส่งรายงานผลการดำเนินงาน", "แจ้งกำหนดการตรวจราชการ"]


def ordinary_letter() -> dict[str, object]:
    """The example external letter without its secrecy class: most of a day's letters are not secret (a
    secret one's delivery also looks up the recipient's saraban officers, and the example's recipient has
    none, so each would only be logged as undeliverable)."""
    from tests.helpers import example

    letter = dict(example("external-letter"))
    letter.pop("secrecy", None)
    return letter


def make_letters(cache: Path, count: int) -> list[Path]:
    """``count`` letters drafted (one mail merge) and signed in one batch on a SoftHSM2 token: made once,
    kept in ``cache`` for the next runs."""
    signed = cache / "signed"
    done = sorted(signed.glob("*.pdf")) if signed.is_dir() else []
    letter = json.dumps(ordinary_letter(), ensure_ascii=False)
    data = cache / "letter.json"
    made_from = data.read_text(encoding="utf-8") if data.is_file() else ""
    if len(done) >= count and (cache / "root.pem").is_file() and made_from == letter:
        return done[:count]
    from tests.helpers import PIN_ENV, run_cli, sign_cli
    from tests.pki import make_pki
    from tests.softhsm import make_token

    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    print(f"making {count} signed letters in {cache} (once) ...", file=sys.stderr)
    data.write_text(letter, encoding="utf-8")
    rows = cache / "rows.csv"
    rows.write_text(
        "subject,number\n"
        + "".join(f"{SUBJECTS[i % 4]} ครั้งที่ {i + 1},ดศ 0201/{1000 + i}\n" for i in range(count)),
        encoding="utf-8",
    )
    drafts = cache / "drafts"
    code, _, err = run_cli(
        "draft", "--template", "external-letter", "--data", data, "--merge", rows, "--out-dir", drafts
    )
    assert code == 0, err
    pki = make_pki()
    pki.write_root(cache)  # root.pem: the server the letters go to trusts it
    hsm = make_token(cache / "hsm", pki)
    os.environ[PIN_ENV] = hsm.pin
    code, _, err = sign_cli(hsm, sorted(drafts.glob("*.pdf")), "--out-dir", signed)
    assert code == 0, err
    shutil.rmtree(drafts)
    return sorted(signed.glob("*.pdf"))[:count]


def queued_workstation(cache: Path, letters: list[Path], config: Path) -> Path:
    """A workstation data directory with ``letters`` queued for CM by `queue add` (made once; each
    measurement works on a copy)."""
    template = cache / f"workstation-{len(letters)}"
    if (template / "eoffice.sqlite3").is_file():
        return template
    from tests.helpers import run_cli

    shutil.rmtree(template, ignore_errors=True)
    code, _, err = run_cli("--config", config, "--data-dir", template, "queue", "add", *letters, "--to", "CM")
    assert code == 0, err
    return template


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} did not start")
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not start in time")


@contextmanager
def cloud_server(
    data_dir: Path, database_url: str | None, trust: Path
) -> Iterator[tuple[str, dict[str, str]]]:
    """`eoffice-cloud serve` in its own process, checking every letter against ``trust`` (a root
    certificate) as a deployment does; yields its URL and tokens (ws, bare)."""
    from eoffice_cloud.storage import create_token, open_cloud

    if database_url:  # the bench's own database: start from empty tables
        from tests.cloud import drop_everything

        drop_everything(database_url)
    store = open_cloud(data_dir, database_url)
    tokens = {
        name: create_token(store, name, agency)
        for name, agency in [("cm", "CM"), ("ws", "DS"), ("bare", "DS")]
    }
    store.engine.dispose()
    port = _free_port()
    command = [str(BIN / "eoffice-cloud"), "serve", "--data-dir", str(data_dir), "--port", str(port)]
    command += ["--trust", str(trust)]
    if database_url:
        command += ["--database-url", database_url]
    process = subprocess.Popen(command)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(f"{url}/v1/health", process)
        yield url, tokens
    finally:
        process.terminate()
        process.wait(timeout=30)


class SinkHandler(BaseHTTPRequestHandler):
    """The least a server can do with an upload: store the body, fsync it, answer 201."""

    disable_nagle_algorithm = True  # PITFALLS: ~40 ms per keep-alive request otherwise
    protocol_version = "HTTP/1.1"
    directory = Path(".")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        name = str(uuid.uuid4())
        with (self.directory / name).open("wb") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        answer = json.dumps({"id": name}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def run_sink(directory: Path, port: int) -> None:
    SinkHandler.directory = directory
    directory.mkdir(parents=True, exist_ok=True)
    ThreadingHTTPServer(("127.0.0.1", port), SinkHandler).serve_forever()


@contextmanager
def sink_server(directory: Path) -> Iterator[str]:
    """The minimal sink in its own process (as the server is)."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, __file__, str(directory), str(port)])
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":  # the sink's process
    run_sink(Path(sys.argv[1]), int(sys.argv[2]))
