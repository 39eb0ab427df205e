"""The outbox repositories on a real SQLite store: a letter is queued whole (letter, version, signatures,
register entry, one row per recipient) or not at all, and a row's payload never changes after an attempt.
Whether the PDF is validly signed is sync/outbox.py's question (tested in tests/integration/sync), so these
tests give the store plain bytes."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.store.db import Store, open_store
from eoffice_desktop.store.deliveries import Answered, Deliveries, Retrying
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.outbox import AlreadyQueued, NoLongerSigned, Outbox, SignatureFacts
from eoffice_desktop.store.registers import Registers

DATA = {"subject": "ขอเชิญประชุม", "number": "ดศ 0201/12", "recipient": "อธิบดี", "agency": "กรมตัวอย่าง"}
SIGNED_AT = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def _signed_letter(store: Store) -> str:
    letters = LetterRepository(store, "clerk")
    letter = letters.create("memo", DATA)
    letters.set_pdf(letter.id, b"%PDF-1.7 signed", signed=True)
    return letter.id


def test_a_signed_letter_is_queued_once_for_each_recipient(store: Store) -> None:
    letter_id = _signed_letter(store)
    outbox = Outbox(store, "clerk")
    facts = [SignatureFacts("สมชาย ใจดี", "B-B", SIGNED_AT, "ab" * 32)]
    before = outbox.latest(letter_id)
    assert before is not None and before.state is LetterState.SIGNED and not before.has_signatures

    queued = outbox.queue_letter(letter_id, ["A1", "B2"], facts)

    assert len(queued.idempotency_keys) == 2 and len(set(queued.idempotency_keys)) == 2
    after = outbox.latest(letter_id)
    assert after is not None and after.state is LetterState.QUEUED and after.has_signatures
    pending = Deliveries(store).pending()
    assert [p.recipient for p in pending] == ["A1", "B2"]
    assert tuple(p.key for p in pending) == queued.idempotency_keys
    assert {p.digest for p in pending} == {before.pdf_sha256}
    assert all(p.levels == ("B-B",) and p.metadata == DATA and p.subject == DATA["subject"] for p in pending)
    (entry,) = Registers(store).page("send")
    assert (entry.reg_no, entry.letter_id, entry.to_party) == (queued.register_no, letter_id, "A1, B2")
    with pytest.raises(NoLongerSigned):  # a second window sending the same letter
        outbox.queue_letter(letter_id, ["A1"])
    assert Deliveries(store).waiting() == 2


def test_the_same_pdf_is_not_queued_twice(store: Store) -> None:
    outbox = Outbox(store, "clerk")
    queued = outbox.queue_new("memo", DATA, b"%PDF-1.7 from elsewhere", [], [])
    assert queued.idempotency_keys and Deliveries(store).pending()[0].recipient is None  # kept on the server
    with pytest.raises(AlreadyQueued):
        outbox.queue_new("memo", DATA, b"%PDF-1.7 from elsewhere", [], ["A1"])
    assert Deliveries(store).waiting() == 1
    assert LetterRepository(store, "clerk").counts()["queued"] == 1


def test_a_payload_changes_only_before_the_first_attempt(store: Store) -> None:
    outbox, deliveries = Outbox(store, "clerk"), Deliveries(store, "sync")
    first = outbox.queue_letter(_signed_letter(store), ["A1"])
    augmented = store.put_blob(b"%PDF-1.7 signed, with a trusted time")
    (item,) = deliveries.pending()

    assert deliveries.replace_pdf(item.item_id, augmented, {"level": "B-T"})
    assert deliveries.pending()[0].digest == augmented
    latest = outbox.latest(first.letter_id)
    assert latest is not None and latest.pdf_sha256 == augmented

    deliveries.record([], [Retrying(item.item_id, "server busy", 0.0)])
    assert not deliveries.replace_pdf(item.item_id, store.put_blob(b"%PDF other"), {"level": "B-T"})
    assert deliveries.pending()[0].digest == augmented

    deliveries.record([Answered(item.item_id, True, "", "srv-1")])
    assert deliveries.waiting() == 0
    assert LetterRepository(store, "clerk").get(first.letter_id).state is LetterState.DELIVERED
