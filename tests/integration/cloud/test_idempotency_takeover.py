"""A key left 'processing' by a request that died is taken over by exactly one of the retries that arrive
together, on SQLite and on PostgreSQL (real databases, real threads; the letter service is called without
HTTP, and without signature checks: the payload is synthetic, the claim is what is tested)."""

import datetime as dt
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from eoffice_cloud.letters import ABANDONED_AFTER, LetterService, LetterUpload
from eoffice_cloud.models import IdempotencyRecord, Workstation
from eoffice_cloud.storage import CloudStore, create_token, open_cloud, stats
from tests.cloud import drop_everything
from tests.integration.sync.conftest import database_url

RETRIES = 8
ROUNDS = 5


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CloudStore]:
    url = database_url(request.param)
    if url:
        drop_everything(url)
    opened = open_cloud(tmp_path / "cloud", url)
    yield opened
    opened.engine.dispose()


def _workstation(store: CloudStore) -> Workstation:
    create_token(store, "ds-desk", "DS")
    create_token(store, "cm-desk", "CM")
    with store.sessions() as session:
        found = session.scalar(select(Workstation).where(Workstation.name == "ds-desk"))
        assert found is not None
        return found


def _abandon(store: CloudStore, ws: Workstation, key: str, fingerprint: str) -> None:
    """A first request claimed ``key`` two minutes ago and died."""
    with store.sessions.begin() as session:
        session.add(
            IdempotencyRecord(
                workstation_id=ws.id,
                key=key,
                fingerprint=fingerprint,
                state="processing",
                created_at=dt.datetime.now(dt.UTC) - 2 * ABANDONED_AFTER,
            )
        )


def _retries_together(service: LetterService, ws: Workstation, key: str) -> tuple[list[str], list[int]]:
    """RETRIES threads send the same request with ``key`` at the same moment: their claims' outcomes, and
    the status of each one that went on to process the letter."""
    fingerprint = hashlib.sha256(key.encode()).hexdigest()
    upload = LetterUpload(letter_id=key, recipient_agency="CM", pdf="JVBERg==")  # the PDF goes separately
    _abandon(service.store, ws, key, fingerprint)
    start = threading.Barrier(RETRIES)
    outcomes: list[str] = []
    statuses: list[int] = []

    def retry() -> None:
        start.wait()
        outcome, _answer = service.claim(ws, key, fingerprint)
        outcomes.append(outcome)
        if outcome == "new":
            statuses.append(service.process(ws, key, upload, b"%PDF-1.7 letter " + key.encode())[0])

    threads = [threading.Thread(target=retry) for _ in range(RETRIES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, statuses


def test_of_many_retries_of_an_abandoned_key_exactly_one_takes_it_over(store: CloudStore) -> None:
    ws = _workstation(store)
    service = LetterService(store, None)
    for n in range(ROUNDS):
        outcomes, statuses = _retries_together(service, ws, f"stuck-{n}")
        assert outcomes.count("new") == 1, f"round {n}: {outcomes}"
        assert statuses == [201]
        assert stats(store)["documents"] == n + 1, f"round {n}: one document per key"


def test_a_request_taken_over_that_finishes_after_all_stores_nothing(store: CloudStore) -> None:
    """The first request was only slow: it and the retry that took its key over both finish. The first to
    finish stores the letter; the other gets that answer and leaves nothing behind."""
    ws = _workstation(store)
    service = LetterService(store, None)
    upload = LetterUpload(letter_id="L-slow", recipient_agency="CM", pdf="JVBERg==")
    assert service.claim(ws, "slow", "f" * 64)[0] == "new"
    with store.sessions.begin() as session:  # ... and a minute passes
        session.execute(
            update(IdempotencyRecord)
            .where(IdempotencyRecord.key == "slow")
            .values(created_at=dt.datetime.now(dt.UTC) - 2 * ABANDONED_AFTER)
        )
    assert service.claim(ws, "slow", "f" * 64)[0] == "new", "the retry takes the key over"
    status, retried = service.process(ws, "slow", upload, b"%PDF-1.7 slow letter")
    assert status == 201
    assert service.process(ws, "slow", upload, b"%PDF-1.7 slow letter") == (201, retried)
    assert stats(store)["documents"] == 1
