"""Letters signed offline get their trusted time from the configured authority, on the window's sync path
and on the `sync` command alike: the real reference server and a real RFC 3161 authority, on loopback."""

from pathlib import Path

from eoffice_desktop.desk.syncing import workspace_engine
from eoffice_desktop.workspace import open_workspace
from tests.cloud import RunningCloud
from tests.helpers import run_cli
from tests.sync_levels import arrived_levels, configured, queued


def test_the_window_sync_path_gives_letters_signed_offline_a_trusted_time(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path, tsa_url: str
) -> None:
    data_dir = tmp_path / "workstation"
    queued(data_dir, signed_letters[:2], trust_root)
    settings = configured(tmp_path / "config.toml", tsa_url, cloud.url)
    workspace = open_workspace(data_dir, settings)
    try:
        done = workspace_engine(workspace, cloud.url, cloud.token("ws", "DS")).run_once()
    finally:
        workspace.close()
    assert done.delivered == 2
    assert arrived_levels(cloud, tmp_path, trust_root) == ["B-T", "B-T"]


def test_the_sync_command_takes_the_authority_from_the_settings(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path, tsa_url: str
) -> None:
    data_dir = tmp_path / "workstation"
    queued(data_dir, signed_letters[:1], trust_root)
    settings = configured(tmp_path / "config.toml", tsa_url)
    token = cloud.token("ws", "DS")
    code, out, err = run_cli(
        "--config",
        settings,
        "--data-dir",
        data_dir,
        "sync",
        "--server",
        cloud.url,
        "--token",
        token,
        "--once",
    )
    assert code == 0 and "delivered 1" in out, err
    assert arrived_levels(cloud, tmp_path, trust_root) == ["B-T"]


def test_without_an_authority_letters_go_as_they_were_signed(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    queued(data_dir, signed_letters[:1], trust_root)
    settings = tmp_path / "config.toml"
    settings.write_text(f'[sync]\nserver = "{cloud.url}"\n', encoding="utf-8")
    workspace = open_workspace(data_dir, settings)
    try:
        assert workspace_engine(workspace, cloud.url, cloud.token("ws", "DS")).run_once().delivered == 1
    finally:
        workspace.close()
    assert arrived_levels(cloud, tmp_path, trust_root) == ["B-B"]
