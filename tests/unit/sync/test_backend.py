"""The engine knows only the Backend protocol, so another cloud's adapter needs no change to it; the HTTP
client keeps network trouble inside ServerError/Answer, as the protocol says."""

import ast
import socket
from pathlib import Path

import pytest

import eoffice_desktop.sync.engine
from eoffice_desktop.sync.backend import Backend, Outcome, ServerError
from eoffice_desktop.sync.client import CloudClient


def test_engine_imports_no_http_or_concrete_client() -> None:
    tree = ast.parse(Path(eoffice_desktop.sync.engine.__file__).read_text(encoding="utf-8"))
    imported = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    imported += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [m for m in imported if m.split(".")[0] in ("requests", "urllib3", "httpx")]
    assert "eoffice_desktop.sync.client" not in imported


def _closed_port() -> int:
    with socket.socket() as s:  # bound and closed again: nothing listens there
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def test_unreachable_server_is_reported_through_the_protocol() -> None:
    client: Backend = CloudClient(f"http://127.0.0.1:{_closed_port()}", "eo_token")
    assert not client.reachable()
    answer = client.upload("key", "letter", None, {}, b"%PDF")
    assert answer.outcome is Outcome.RETRY and answer.detail.startswith("network")
    with pytest.raises(ServerError, match="network"):
        client.changes(0)
    with pytest.raises(ServerError, match="network"):
        client.lease_numbers("ดศ 0201", 10)
