"""The window's background sync (the bridge gui.py builds for the configured server) gives letters signed
offline a trusted time from the configured authority before they go, as `sync --tsa` does: the real
reference server and a real RFC 3161 authority on loopback."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.ui.gui import sync_bridge
from eoffice_desktop.ui.sync_bridge import Connection
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.cloud import RunningCloud, running_cloud
from tests.sync_levels import arrived_levels, configured, queued


@pytest.fixture
def cloud(tmp_path: Path, trust_root: Path) -> Iterator[RunningCloud]:
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as running:
        running.token("recipient-office", "CM")
        yield running


@pytest.fixture
def workspace(
    tmp_path: Path, signed_letters: list[Path], trust_root: Path, cloud: RunningCloud, tsa_url: str
) -> Iterator[Workspace]:
    data = tmp_path / "workstation"
    queued(data, signed_letters[:2], trust_root)
    opened = open_workspace(data, configured(tmp_path / "config.toml", tsa_url, cloud.url))
    yield opened
    opened.close()


def test_the_window_sync_timestamps_letters_signed_offline(
    qtbot: Any, workspace: Workspace, cloud: RunningCloud, tmp_path: Path, trust_root: Path
) -> None:
    bridge = sync_bridge(workspace, cloud.token("ws", "DS"))
    assert bridge is not None, "a server is configured"
    with qtbot.waitSignal(bridge.finished, timeout=30_000) as run:
        bridge.sync_now()
    assert run.args[0].delivered == 2 and bridge.connection is Connection.ONLINE
    bridge.stop()
    assert arrived_levels(cloud, tmp_path, trust_root) == ["B-T", "B-T"]
