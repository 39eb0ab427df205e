"""One letter the server cannot take now does not hold the outbox up.

A server killed while storing a letter leaves its Idempotency-Key 'processing': retries of that letter get
409 "in_progress" until the key may be taken over (ABANDONED_AFTER). The letters queued after it go on at
once; the stuck one is retried after them, under its own key, and arrives exactly once.
"""

import datetime as dt
import hashlib
import json
import time
from pathlib import Path

import pytest
from sqlalchemy import select

import eoffice_cloud.letters
from eoffice_cloud.models import Document, IdempotencyRecord, Workstation
from eoffice_cloud.storage import stats
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.models import LetterVersion, OutboxItem
from eoffice_desktop.sync.client import CloudClient, upload_body
from eoffice_desktop.sync.engine import SyncEngine
from tests.cloud import RunningCloud
from tests.helpers import run_cli


def _queue(data_dir: Path, letters: list[Path], trust: Path) -> None:
    code, _, err = run_cli("--data-dir", data_dir, "queue", "add", *letters, "--to", "CM", "--trust", trust)
    assert code == 0, err


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _stick_first_letter(cloud: RunningCloud, data_dir: Path, workstation: str) -> tuple[str, dt.datetime]:
    """What a server killed mid-upload leaves: the first queued letter's key held as 'processing', with the
    fingerprint of the very body the workstation sends. Returns the letter's id and when the key was taken."""
    store = open_store(data_dir)
    try:
        with store.sessions() as session:
            item = session.scalars(select(OutboxItem).order_by(OutboxItem.id)).first()
            assert item is not None
            version = session.scalar(
                select(LetterVersion).where(
                    LetterVersion.letter_id == item.letter_id, LetterVersion.number == item.version
                )
            )
            assert version is not None
            body = upload_body(
                item.letter_id,
                item.recipient_agency,
                json.loads(version.data_json),
                store.get_blob(item.pdf_sha256),
            )
            key, letter_id = item.idempotency_key, item.letter_id
    finally:
        store.close()
    taken = dt.datetime.now(dt.UTC)
    with cloud.store.sessions.begin() as session:
        ws = session.scalar(select(Workstation).where(Workstation.name == workstation))
        assert ws is not None
        session.add(
            IdempotencyRecord(
                workstation_id=ws.id,
                key=key,
                fingerprint=hashlib.sha256(body).hexdigest(),
                state="processing",
                created_at=taken,
            )
        )
    return letter_id, taken


def _arrivals(cloud: RunningCloud) -> dict[str, list[dt.datetime]]:
    with cloud.store.sessions() as session:
        arrived: dict[str, list[dt.datetime]] = {}
        for document in session.scalars(select(Document)):
            arrived.setdefault(document.client_id, []).append(_aware(document.received_at))
        return arrived


def test_the_letters_after_a_stuck_key_go_at_once_and_it_follows_after_the_takeover(
    cloud: RunningCloud,
    signed_letters: list[Path],
    tmp_path: Path,
    trust_root: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    takeover = dt.timedelta(seconds=4)
    monkeypatch.setattr(eoffice_cloud.letters, "ABANDONED_AFTER", takeover)
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters, trust_root)
    token = cloud.token("ws", "DS")
    stuck, taken = _stick_first_letter(cloud, data_dir, "ws")

    started = dt.datetime.now(dt.UTC)
    code, out, err = run_cli(
        "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once"
    )

    assert code == 0 and "delivered 5" in out, err
    assert stats(cloud.store) == {"documents": 5, "distinct_client_ids": 5, "distinct_sha256": 5}
    arrivals = _arrivals(cloud)
    others = [when for letter_id, [when] in arrivals.items() if letter_id != stuck]
    assert len(others) == 4
    assert max(others) < taken + takeover, "the letters after the stuck one did not wait for it"
    assert max(others) - started < dt.timedelta(seconds=2.5), "they went at once"
    assert len(arrivals[stuck]) == 1 and arrivals[stuck][0] >= taken + takeover, (
        "the stuck letter arrived once, when its key could be taken over"
    )


def test_a_key_stuck_past_the_run_waits_for_a_later_run_under_the_same_key(
    cloud: RunningCloud,
    signed_letters: list[Path],
    tmp_path: Path,
    trust_root: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters[:3], trust_root)
    client = CloudClient(cloud.url, cloud.token("ws", "DS"))
    stuck, _ = _stick_first_letter(cloud, data_dir, "ws")
    store = open_store(data_dir)
    try:
        with store.sessions() as session:
            key = session.scalar(select(OutboxItem.idempotency_key).where(OutboxItem.letter_id == stuck))
        begin = time.monotonic()
        first = SyncEngine(store, client, "clerk", sleep=lambda _s: None).run_once()
        assert time.monotonic() - begin < 20
        assert (first.delivered, first.total) == (2, 3), "the others went; the stuck one is still waiting"
        with store.sessions() as session:
            item = session.scalar(select(OutboxItem).where(OutboxItem.letter_id == stuck))
            assert item is not None and item.state == "pending" and item.idempotency_key == key
            assert "409" in (item.last_error or "") and item.attempts == 8

        monkeypatch.setattr(eoffice_cloud.letters, "ABANDONED_AFTER", dt.timedelta(0))  # time has passed
        later = SyncEngine(store, client, "clerk", sleep=lambda _s: None).run_once()
        assert (later.delivered, later.total) == (1, 1)
    finally:
        store.close()
    assert stats(cloud.store) == {"documents": 3, "distinct_client_ids": 3, "distinct_sha256": 3}
    assert len(_arrivals(cloud)[stuck]) == 1
