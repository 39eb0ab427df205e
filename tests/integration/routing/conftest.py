"""Workstations of one office, each its own local store, and the feed items the server would send them.

The server's route endpoints are built elsewhere: here a route reaches another workstation as the feed item
the server makes (the drafter's queued action applied by domain.route_rules.apply, its history chained by
domain.history_chain.chain_hash), through the real sync handler; only its PDF download is a stand-in."""

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.domain.history_chain import GENESIS, chain_hash
from eoffice_desktop.domain.route_rules import apply
from eoffice_desktop.domain.routes import Action, Route
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.routes import RouteStore
from eoffice_desktop.sync.backend import ServerError
from eoffice_desktop.sync.client import RouteAnswer
from eoffice_desktop.sync.routing import RouteSync
from tests.integration.sync.conftest import cloud  # noqa: F401  (the real server, SQLite and PostgreSQL)


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


@pytest.fixture
def station(tmp_path: Path) -> Callable[[str], Path]:
    """``station(name)``: a workstation's data directory (its store is made on first use)."""

    def make(name: str) -> Path:
        directory = tmp_path / name
        directory.mkdir(exist_ok=True)
        return directory

    return make


class PdfShelf:
    """What the server's ``GET /v1/routes/{id}/pdf/{sha}`` would serve: the PDFs the workstations sent.
    Route actions are answered by a script (the real endpoints are tested with the server)."""

    def __init__(self) -> None:
        self.pdfs: dict[str, bytes] = {}
        self.answers: list[RouteAnswer | Exception] = []
        self.sent: list[dict[str, Any]] = []

    def keep_from(self, directory: Path) -> None:
        for blob in (directory / "blobs").rglob("*"):
            if blob.is_file():
                data = blob.read_bytes()
                self.pdfs[hashlib.sha256(data).hexdigest()] = data

    def route_pdf(self, letter_id: str, sha256: str) -> bytes:
        if sha256 not in self.pdfs:
            raise ServerError(f"404 {sha256}")
        return self.pdfs[sha256]

    def route_action(
        self, letter_id: str, action: Mapping[str, Any], letter: Mapping[str, Any] | None, pdf: bytes | None
    ) -> RouteAnswer:
        self.sent.append({"letter_id": letter_id, "action": dict(action), "letter": letter, "pdf": pdf})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def shelf() -> PdfShelf:
    return PdfShelf()


def entry_for(history: list[dict[str, Any]], action: Action, outcome: str = "accepted") -> dict[str, Any]:
    """The history entry the server records for ``action`` (chained after ``history``)."""
    previous = history[-1]["hash"] if history else GENESIS
    body = {
        "seq": len(history) + 1,
        "action": action.to_wire(),
        "outcome": outcome,
        "by_name": action.person,
        "position": "",
        "acting_for": None,
        "recorded_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    return {**body, "prev_hash": previous, "hash": chain_hash(previous, body)}


def feed_item(actions: list[Action], letter: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], Route]:
    """The feed item the server sends after applying ``actions`` in order."""
    route: Route | None = None
    history: list[dict[str, Any]] = []
    for action in actions:
        route = apply(route, action)
        history.append(entry_for(history, action))
    assert route is not None
    info = dict(letter or {"subject": "ทดสอบ", "speed": None, "secret": None, "template": "memo"})
    return {"kind": "route", "letter_id": route.letter_id, "route": route.to_wire(), "letter": info,
            "history": history}, route  # fmt: skip


def queued(directory: Path) -> list[Any]:
    store = open_store(directory)
    try:
        return RouteStore(store, "test").actions()
    finally:
        store.close()


def receive(directory: Path, item: Mapping[str, Any], shelf: PdfShelf, person: str | None) -> bool:
    """The real sync handler of a feed item, on the workstation of ``directory``."""
    store = open_store(directory)
    try:
        return RouteSync(store, shelf, "test", person).take(item)
    finally:
        store.close()
