"""The eoffice-cloud command: enrolment tokens and stats."""

import contextlib
import io
import json
from pathlib import Path

from eoffice_cloud.cli import main


def _run(*args: str | Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(a) for a in args]) == 0
    return out.getvalue()


def test_token_create_and_stats(tmp_path: Path) -> None:
    token = _run("token", "create", "--data-dir", tmp_path, "--workstation", "ws-1", "--agency", "DS").strip()
    assert token.startswith("eo_") and len(token) > 30
    again = _run("token", "create", "--data-dir", tmp_path, "--workstation", "ws-1", "--agency", "DS").strip()
    assert again != token, "a new token replaces the old one"
    assert json.loads(_run("stats", "--data-dir", tmp_path, "--json")) == {
        "documents": 0,
        "distinct_client_ids": 0,
        "distinct_sha256": 0,
    }
    assert token not in (tmp_path / "cloud.sqlite3").read_bytes().decode("latin-1"), (
        "tokens are stored hashed"
    )
