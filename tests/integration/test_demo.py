"""`eoffice-desktop demo`: a real SoftHSM token, the real reference server on loopback, real stores.

SoftHSM reads SOFTHSM2_CONF once per process, when the module is loaded, and the session's `hsm` fixture
may already have loaded it with the test token's configuration. So the demo is prepared where it is meant to
run, in a process of its own (`eoffice-desktop demo --no-window`, which keeps its server up until Ctrl+C);
this process only reads what it made: the stores, the server over HTTP, the token through another
`eoffice-desktop tokens` process. The missing-SoftHSM check never loads the module and runs in-process.
"""

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import verify_file
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.directory import Directory
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.models import InboxItem
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from tests.helpers import program, run_cli

READY_LINE = "serving until Ctrl+C"
START_TIMEOUT_S = 60


@dataclass
class RunningDemo:
    directory: Path
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)

    def line(self, start: str) -> str:
        return next(line for line in self.output if line.strip().startswith(start))

    @property
    def server_url(self) -> str:
        return self.line("server").split()[1]

    @property
    def sync_token(self) -> str:
        return self.line("workstation token").rsplit(" ", 1)[1]

    def hints(self) -> list[list[str]]:
        """The commands it printed to try, as the shell splits them (comment lines hold none)."""
        start = next(i for i, line in enumerate(self.output) if line.startswith("try, in another terminal"))
        end = self.output.index(READY_LINE)
        return [words for line in self.output[start + 1 : end] if (words := shlex.split(line, comments=True))]

    def stop(self) -> int:
        """Ctrl+C, as at the terminal; its exit status (what it printed on the way out joins ``output``)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None and not self.process.stdout.closed:
            self.output += self.process.stdout.read().splitlines()
            self.process.stdout.close()
        return self.process.returncode


def start_demo(directory: Path, *extra: str) -> RunningDemo:
    """`eoffice-desktop demo --no-window` in its own process; returns once it serves."""
    process = subprocess.Popen(
        [*program(), "demo", "--dir", str(directory), "--no-window", *extra],  # the venv's eoffice-desktop
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"},
    )
    running = RunningDemo(directory, process)
    assert process.stdout is not None
    for line in process.stdout:  # bounded by the process: it exits on any failure
        running.output.append(line.rstrip("\n"))
        if line.strip() == READY_LINE:
            return running
    process.wait(timeout=START_TIMEOUT_S)
    pytest.fail("the demo did not start:\n" + "\n".join(running.output))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningDemo]:
    running = start_demo(tmp_path_factory.mktemp("demo") / "workspace")
    yield running
    running.stop()


def token_listing(directory: Path) -> list[dict[str, Any]]:
    """The demo token's contents, as `eoffice-desktop tokens` shows them (another process: see above)."""
    config = (directory / "config.toml").read_text(encoding="utf-8")
    module = next(line.split('"')[1] for line in config.splitlines() if line.startswith("module"))
    done = subprocess.run(
        [sys.executable, "-m", "eoffice_desktop.cli", "tokens", "--pkcs11-module", module, "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "SOFTHSM2_CONF": str(directory / "softhsm2.conf")},
        timeout=60,
        check=True,
    )
    listing: list[dict[str, Any]] = json.loads(done.stdout)
    return listing


def letters_by_state(data_dir: Path) -> dict[str, list[str]]:
    store = open_store(data_dir)
    try:
        letters = LetterRepository(store, "test")
        return {state.value: sorted(r.subject for r in letters.page(state)) for state in LetterState}
    finally:
        store.close()


def test_the_token_holds_one_signing_certificate_marked_demo(demo: RunningDemo) -> None:
    listing = token_listing(demo.directory)
    assert [t["label"] for t in listing] == ["eoffice-demo"]
    certificates = listing[0]["certificates"]
    assert len(certificates) == 1 and certificates[0]["can_sign"]
    assert "(DEMO)" in certificates[0]["subject"] and "ไม่ใช่ใบรับรองจริง" in certificates[0]["subject"]
    assert "DEMO" in certificates[0]["issuer"]
    assert "PIN 123456" in demo.line("token") and "DEMO certificate" in demo.line("certificate")


def test_the_config_points_at_a_live_server_and_the_demo_root(demo: RunningDemo) -> None:
    from eoffice_desktop.config import load_config

    config = load_config(demo.directory / "config.toml")
    assert config.server == demo.server_url and config.server.startswith("http://127.0.0.1:")
    assert requests.get(f"{config.server}/v1/health", timeout=5).json() == {"ok": True}
    assert config.trust == (demo.directory / "pki" / "root.pem",) and config.level == "B-B"
    assert config.pkcs11_module is not None and config.pkcs11_module.is_file()


def test_the_store_holds_the_sample_drafts_and_a_letter_waiting_for_signature(demo: RunningDemo) -> None:
    letters = letters_by_state(demo.directory / "data")
    assert len(letters["draft"]) == 3 and all("(ตัวอย่าง)" in s for s in letters["draft"])
    assert len(letters["ready"]) == 1
    store = open_store(demo.directory / "data")
    try:
        repository = LetterRepository(store, "test")
        (ready,) = repository.page(LetterState.READY)
        assert ready.pdf_sha256 is not None and not ready.signed
        assert store.get_blob(ready.pdf_sha256).startswith(b"%PDF")
        assert ready.number and ready.number.startswith("ตย"), "numbered from the leased block"
    finally:
        store.close()


def test_the_send_dialog_has_the_demo_directory_to_search_before_any_sync(demo: RunningDemo) -> None:
    store = open_store(demo.directory / "data")
    try:
        directory = Directory(store)
        assert directory.own_agency() == "DEMO-A"
        assert directory.thai_name("DEMO-B") == "สำนักงานตัวอย่าง ข"
        assert directory.search("ตัวอย่าง ข")[0].code == "DEMO-B"  # the words together first
        districts = [a.code for a in directory.search("ที่ว่าการอำเภอ")]
        assert len(districts) == 5 and all(c.startswith("DEMO-KK-") for c in districts)
        (group,) = directory.groups()
        assert group.published and sorted(group.members) == sorted(districts)
    finally:
        store.close()


def test_the_first_sync_brings_the_letter_demo_b_signed(demo: RunningDemo, tmp_path: Path) -> None:
    store = open_store(demo.directory / "data")
    try:
        progress = SyncEngine(store, CloudClient(demo.server_url, demo.sync_token), "test").run_once()
        inbox = Inbox(store, "test").list()
        assert progress.received == 1 or len(inbox) == 1  # the window test may have synced first
        (received,) = inbox
        assert received.sender_agency == "DEMO-B" and "(ตัวอย่าง)" in received.subject
        with store.sessions() as session:
            digest = session.query(InboxItem.pdf_sha256).scalar()
        pdf = tmp_path / "incoming.pdf"
        pdf.write_bytes(store.get_blob(digest))
    finally:
        store.close()
    report = verify_file(pdf, load_trust_anchors([demo.directory / "pki" / "root.pem"]))
    assert report.valid, report.describe()
    assert "DEMO" in report.signatures[0].signer


def test_the_first_sync_brings_the_clerks_two_memos_to_your_tasks(demo: RunningDemo) -> None:
    """You are the director (A-DIR): the clerk, on her own workstation, put one memo on its way to you to
    sign and one for you to check and initial before the deputy signs."""
    from tests.helpers import run_cli

    data, config = demo.directory / "data", demo.directory / "config.toml"
    store = open_store(data)
    try:
        SyncEngine(store, CloudClient(demo.server_url, demo.sync_token), "test").run_once()
    finally:
        store.close()
    code, out, err = run_cli("--data-dir", data, "--config", config, "tasks", "--json")
    assert code == 0, err
    tasks = {t["subject"]: (t["step_kind"], t["speed"]) for t in json.loads(out)}
    assert tasks == {
        "ขออนุมัติจัดซื้อวัสดุสำนักงาน (ตัวอย่าง)": ("sign", "ด่วน"),
        "รายงานผลการตรวจสอบพัสดุประจำปี (ตัวอย่าง)": ("review", None),
    }
    assert next(iter(tasks)).startswith("ขออนุมัติ"), "urgent first"


def test_the_window_opens_on_the_demo_shows_my_tasks_and_lists_the_drafts(
    qtbot: Any, demo: RunningDemo
) -> None:
    """After its first sync the window shows the two letters waiting for the demo's director first; the
    drafts are one click away in the navigation pane."""
    from PySide6.QtCore import Qt

    from eoffice_desktop.ui.gui import start_window
    from eoffice_desktop.ui.sections import section_subject_title

    window, opened = start_window(demo.directory / "data", demo.directory / "config.toml", demo.sync_token)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: bool(opened) and bool(window.counts), timeout=10_000)
        qtbot.waitUntil(lambda: window.counts.get("inbox") == 1, timeout=15_000)  # after its first sync
        assert window.counts["ready"] == 1
        model = window.model
        qtbot.waitUntil(
            lambda: window.current_section().key == "tasks" and model.rowCount() == 2, timeout=10_000
        )
        navigation = window.navigation
        drafts = [s.key for s in window.sections].index("draft")
        rect = navigation.visualItemRect(navigation.item(drafts))
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
        subject = [c.title for c in model.columns].index(section_subject_title())
        subjects = sorted(model.data(model.index(row, subject)) for row in range(model.rowCount()))
        assert subjects == letters_by_state(demo.directory / "data")["draft"]
    finally:
        window.close()
        for workspace in opened:
            workspace.close()


def test_the_commands_it_prints_run_as_printed(demo: RunningDemo) -> None:
    hints = demo.hints()
    assert [words[words.index("--config") + 2] for words in hints if "--config" in words] == [
        "status",
        "numbers",
        "sync",
        "inbox",
    ]
    assert all(program()[0] in words for words in hints), "the program as it was started, not a bare name"
    assert ["--token", demo.sync_token] == hints[3][-2:] and demo.server_url in hints[3]
    # a keyring that keeps nothing: the sync line would otherwise leave the demo token in this machine's
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    results = {}
    for words in hints:
        done = subprocess.run(words, capture_output=True, text=True, env=env, timeout=120, check=False)
        assert done.returncode == 0, (shlex.join(words), done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        results[hints.index(words)] = done.stdout
    assert "draft" in results[0] and results[1].startswith("ตย ")
    assert (
        json.loads(
            subprocess.run(
                [*hints[2], "--json"], capture_output=True, text=True, env=env, timeout=60, check=True
            ).stdout
        )[0]["label"]
        == "eoffice-demo"
    )
    assert results[3].startswith("delivered 0, rejected 0, received ")
    assert "(from สำนักงานตัวอย่าง ข)" in results[4], "the letter DEMO-B sent came in, its sender named"


def test_a_second_run_reuses_the_token_and_adds_no_letter_twice(demo: RunningDemo) -> None:
    """Runs last in this module: it stops the shared demo process and starts the demo again."""
    signer = (demo.directory / "pki" / "signer.pem").read_bytes()
    before = letters_by_state(demo.directory / "data")
    certificate = token_listing(demo.directory)[0]["certificates"][0]
    demo.stop()
    again = start_demo(demo.directory)
    try:
        assert "reused" in again.line("token")
        assert requests.get(f"{again.server_url}/v1/health", timeout=5).ok
        assert (demo.directory / "pki" / "signer.pem").read_bytes() == signer
        assert letters_by_state(demo.directory / "data") == before
        store = open_store(demo.directory / "agency-b")
        try:
            sent = LetterRepository(store, "test").counts()
        finally:
            store.close()
        assert sent["delivered"] == 1 and sent["queued"] == 0, "DEMO-B sent its letter once"
    finally:
        code = again.stop()
    assert code == 0 and again.output[-1] == "demo server stopped", again.output
    assert not any("Traceback" in line for line in again.output)
    assert token_listing(demo.directory)[0]["certificates"] == [certificate]


def test_ctrl_c_closes_the_window_demo_cleanly(tmp_path: Path) -> None:
    """The window on the offscreen platform, in a process of its own; Ctrl+C from its terminal (SIGINT)."""
    directory = tmp_path / "workspace"
    process = subprocess.Popen(
        [*program(), "demo", "--dir", str(directory)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("opening the window"):
                break
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _inbox_count(directory / "data"):  # up: the window's first sync brought DEMO-B's letter
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the window's first sync did not come"
            time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 128 + signal.SIGINT, (out, err)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert (directory / "data" / "window.ini").is_file(), "closed as by its close button: the window's state"
    assert not list(directory.rglob("*-wal")), "the letter store and the demo server's database are closed"


def _inbox_count(data_dir: Path) -> int:
    store = open_store(data_dir)
    try:
        return len(Inbox(store, "test").list())
    finally:
        store.close()


def test_without_softhsm_the_command_says_what_to_install_and_makes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eoffice_desktop.demo import DemoError, prepare_demo, token

    monkeypatch.setattr(token, "MODULE_CANDIDATES", ())  # as on a machine without the softhsm2 package
    directory = tmp_path / "demo"
    code, _out, err = run_cli("demo", "--dir", directory)
    assert code == 1
    assert "sudo apt-get install softhsm2" in err and "nothing is installed" in err
    assert not directory.exists(), "no half-made token or directory is left behind"
    with pytest.raises(DemoError) as raised:
        prepare_demo(directory)
    assert "sudo apt-get install softhsm2" in raised.value.thai
    assert not directory.exists()


def test_a_directory_that_is_not_the_demos_is_never_used_or_wiped(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("the user's", encoding="utf-8")
    code, _out, err = run_cli("demo", "--dir", tmp_path, "--reset", "--no-window")
    assert code == 1 and "not a demo directory" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious.txt"]
