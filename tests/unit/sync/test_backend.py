"""The engine knows only the Backend protocol, so another cloud's adapter needs no change to it; the HTTP
client keeps network trouble inside ServerError/Answer, as the protocol says."""

import ast
import datetime as dt
import socket
from pathlib import Path

import pytest

import eoffice_desktop.sync.delivery
import eoffice_desktop.sync.engine
from eoffice_desktop.sync.backend import Backend, Outcome, ServerError
from eoffice_desktop.sync.client import CloudClient, retry_after


@pytest.mark.parametrize("module", [eoffice_desktop.sync.engine, eoffice_desktop.sync.delivery])
def test_engine_imports_no_http_or_concrete_client(module: object) -> None:
    tree = ast.parse(Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8"))
    imported = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    imported += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [m for m in imported if m.split(".")[0] in ("requests", "urllib3", "httpx")]
    assert "eoffice_desktop.sync.client" not in imported


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = dt.datetime(2026, 12, 5, 8, 0, 0, tzinfo=dt.UTC)
    assert retry_after("120") == 120.0
    assert retry_after("Sat, 05 Dec 2026 08:01:30 GMT", now) == 90.0
    assert retry_after("Sat, 05 Dec 2026 07:59:00 GMT", now) == 0.0  # already past: at once
    assert retry_after(None) is None and retry_after("soon") is None and retry_after("-5") is None


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
