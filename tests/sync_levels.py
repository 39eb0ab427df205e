"""Sync tests around trusted time: a settings file naming the authority, letters queued, and the level of
each letter as it arrived on the server."""

import json
from pathlib import Path

import requests

from tests.cloud import RunningCloud
from tests.helpers import run_cli


def configured(path: Path, tsa_url: str, server: str | None = None) -> Path:
    """A settings file naming the timestamp authority (and the server)."""
    lines = [f'[sync]\nserver = "{server}"\n'] if server else []
    lines.append(f'[signing]\ntsa = ["{tsa_url}"]\n')
    path.write_text("".join(lines), encoding="utf-8")
    return path


def queued(data_dir: Path, letters: list[Path], trust: Path) -> None:
    code, _, err = run_cli("--data-dir", data_dir, "queue", "add", *letters, "--to", "CM", "--trust", trust)
    assert code == 0, err


def arrived_levels(cloud: RunningCloud, tmp_path: Path, trust_root: Path) -> list[str]:
    """The PAdES level of every letter the recipient agency finds on the server, as our verify reads it."""
    recipient = cloud.token("cm-reader", "CM")
    headers = {"Authorization": f"Bearer {recipient}"}
    feed = requests.get(f"{cloud.url}/v1/changes", headers=headers, timeout=10).json()
    levels = []
    for item in feed["items"]:
        pdf = requests.get(f"{cloud.url}/v1/letters/{item['id']}/pdf", headers=headers, timeout=10).content
        arrived = tmp_path / f"arrived-{item['id']}.pdf"
        arrived.write_bytes(pdf)
        code, out, _ = run_cli("verify", arrived, "--trust", trust_root, "--json")
        (report,) = json.loads(out)
        assert code == 0, report
        levels.append(report["signatures"][0]["level"])
    return levels
