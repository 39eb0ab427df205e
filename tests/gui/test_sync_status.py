"""Sync from the window against the real reference server on loopback: letters go out in the background,
the status bar says online or offline and how many wait, and the window stays responsive meanwhile."""

import itertools
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from eoffice_cloud.storage import stats
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.sync_bridge import Connection, SyncBridge
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.cloud import RunningCloud, running_cloud
from tests.helpers import run_cli


@pytest.fixture
def cloud(tmp_path: Path, trust_root: Path) -> Iterator[RunningCloud]:
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as running:
        running.token("recipient-office", "CM")
        yield running


@pytest.fixture
def workspace(tmp_path: Path, signed_letters: list[Path], trust_root: Path) -> Iterator[Workspace]:
    data = tmp_path / "workstation"
    code, _, err = run_cli(
        "--data-dir", data, "queue", "add", *signed_letters[:3], "--to", "CM", "--trust", trust_root
    )
    assert code == 0, err
    opened = open_workspace(data)
    yield opened
    opened.close()


class _SlowUploads:
    """The real client, each upload held back 1.5 s (a slow line, which loopback cannot be)."""

    def __init__(self, client: CloudClient) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def upload(self, *args: Any) -> Any:
        time.sleep(1.5)
        return self.client.upload(*args)


def _window(qtbot: Any, workspace: Workspace, tmp_path: Path, bridge: SyncBridge) -> MainWindow:
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini", sync=bridge)
    qtbot.addWidget(window)
    window.show()
    return window


def test_sync_sends_in_the_background_and_shows_the_letters_as_sent(
    qtbot: Any, workspace: Workspace, cloud: RunningCloud, tmp_path: Path
) -> None:
    token = cloud.token("ws-1", "DS")
    bridge = SyncBridge(
        lambda: SyncEngine(workspace.store, _SlowUploads(CloudClient(cloud.url, token)), "clerk")
    )  # type: ignore[arg-type]
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    window = _window(qtbot, workspace, tmp_path, bridge)
    started = time.monotonic()
    messages: list[str] = []
    bridge.progress.connect(lambda _p: messages.append(window.statusBar().currentMessage()))
    qtbot.waitUntil(lambda: window.counts.get("delivered") == 3, timeout=20_000)
    timer.stop()
    assert time.monotonic() - started >= 1.5, "three slow uploads (in flight together)"
    # An upload takes 1.5 s here: a GUI thread that waited on one would stall at least that long. Shorter
    # stalls are the machine's (a loaded CI runner), not sync's.
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 1.2, "the GUI thread waited on sync"
    assert bridge.connection is Connection.ONLINE and window.connection.text().startswith("Online")
    assert any("Sending" in m for m in messages)
    for message in messages:  # never "Sending 4 of 3": once all are sent, the sync is receiving
        counted = re.match(r"Sending (\d+) of (\d+)", message)
        assert counted is None or int(counted[1]) <= int(counted[2]), message
    assert window.counts["queued"] == 0
    counts = stats(cloud.store)
    assert counts["documents"] == 3 and counts["distinct_client_ids"] == 3
    window.show_section("delivered")
    assert window.model.rowCount() == 3


def test_offline_is_shown_with_the_letters_waiting(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    bridge = SyncBridge(
        lambda: SyncEngine(workspace.store, CloudClient(f"http://127.0.0.1:{port}", "eo_x"), "clerk")
    )
    window = _window(qtbot, workspace, tmp_path, bridge)
    qtbot.waitUntil(lambda: bridge.connection is Connection.OFFLINE, timeout=10_000)
    assert window.connection.text() == "Offline" and bridge.waiting == 3
    qtbot.waitUntil(lambda: window.counts.get("queued") == 3)
    assert "3" in window.status.text()


def test_the_os_saying_online_starts_a_sync_which_decides(
    qtbot: Any, workspace: Workspace, cloud: RunningCloud, tmp_path: Path
) -> None:
    """The OS's network state cannot be switched from a test, so the hint is delivered by hand; the sync it
    starts is real and talks to the real server."""
    from PySide6.QtNetwork import QNetworkInformation

    token = cloud.token("ws-1", "DS")
    bridge = SyncBridge(lambda: SyncEngine(workspace.store, CloudClient(cloud.url, token), "clerk"))
    bridge.network_hint(QNetworkInformation.Reachability.Disconnected)
    assert not bridge.running, "an offline hint starts nothing and stops nothing"
    bridge.network_hint(QNetworkInformation.Reachability.Online)
    assert bridge.running
    qtbot.waitUntil(lambda: bridge.connection is Connection.ONLINE, timeout=20_000)
    assert stats(cloud.store)["documents"] == 3
    bridge.stop()
