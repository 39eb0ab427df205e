"""Case actions on sync against a scripted server: delivered, noted, rejected with the server's Thai reason,
tried again after network trouble or a 5xx (the later actions on that case held back), feed items that cannot
be kept passed over, minutes fetched when missing and refused when damaged."""

import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.domain.case_model import Case, CaseAction, CaseActionKind, CaseLetter
from eoffice_desktop.domain.cases import apply
from eoffice_desktop.domain.history_chain import GENESIS, chain_hash
from eoffice_desktop.store.cases import DELIVERED, NOTED, QUEUED, REJECTED, CaseStore
from eoffice_desktop.store.db import Store, open_store
from eoffice_desktop.sync.backend import ServerError
from eoffice_desktop.sync.cases import MISSING_MINUTE, CaseSync
from eoffice_desktop.sync.client import RouteAnswer

MINUTE = b"%PDF-1.7 a signed minute"
SHA = hashlib.sha256(MINUTE).hexdigest()


class Script:
    """Answers case actions from a script; serves minutes from a shelf."""

    def __init__(self) -> None:
        self.answers: list[RouteAnswer | Exception] = []
        self.sent: list[dict[str, Any]] = []
        self.minutes: dict[str, bytes] = {}

    def case_action(self, case_id: str, action: Mapping[str, Any], minute_pdf: bytes | None) -> RouteAnswer:
        self.sent.append({"case_id": case_id, "action": dict(action), "minute_pdf": minute_pdf})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def case_minute(self, case_id: str, sha256: str) -> bytes:
        if sha256 not in self.minutes:
            raise ServerError("404")
        return self.minutes[sha256]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def _present(case_id: str, n: int = 0) -> CaseAction:
    return CaseAction(
        f"00000000-0000-4000-8000-{n:012d}", case_id, CaseActionKind.PRESENT, "SB01",
        dt.datetime(2026, 12, 1, 3, n, tzinfo=dt.UTC), summary="สรุป", steps=("HD01",),
        letter=CaseLetter(subject=f"เรื่อง {case_id}"),
    )  # fmt: skip


def _minute(case_id: str, n: int) -> CaseAction:
    return CaseAction(
        f"00000000-0000-4000-8000-{n:012d}", case_id, CaseActionKind.MINUTE, "HD01",
        dt.datetime(2026, 12, 1, 4, n, tzinfo=dt.UTC), text="ทราบ", minute_sha256=SHA,
    )  # fmt: skip


def _answer(case: Case, status: int = 200, **body: Any) -> RouteAnswer:
    return RouteAnswer(status, {"case": case.to_wire(), **body})


def test_actions_are_delivered_noted_rejected_or_kept_for_the_next_sync(store: Store) -> None:
    cases = CaseStore(store, "test")
    script = Script()
    sync = CaseSync(store, script, "test")
    for n, case_id in enumerate(("c1", "c2", "c3", "c4")):
        cases.record(_present(case_id, n))
    cases.record(_minute("c1", 10), minute_pdf=MINUTE)
    cases.record(_minute("c4", 11), minute_pdf=MINUTE)
    c1 = apply(None, _present("c1", 0))
    script.answers = [
        _answer(c1),  # c1 present: delivered
        RouteAnswer(503, {"detail": "busy"}),  # c2: tried again later
        RouteAnswer(422, {"error": "case_refused", "reason_th": "ผู้เสนอต้องเป็นเจ้าหน้าที่สารบรรณ"}),  # c3
        ServerError("network: reset"),  # c4 present: the push stops, the rest wait
    ]
    tally = sync.push()
    assert (tally.accepted, tally.refused) == (1, 1)
    assert [t.reason for t in tally.told] == ["ผู้เสนอต้องเป็นเจ้าหน้าที่สารบรรณ"]
    states = {(a.action.case_id, a.action.kind.value): a.state for a in cases.actions()}
    assert states == {
        ("c1", "present"): DELIVERED,
        ("c1", "minute"): QUEUED,  # after the network trouble: not tried
        ("c2", "present"): QUEUED,
        ("c3", "present"): REJECTED,
        ("c4", "present"): QUEUED,
        ("c4", "minute"): QUEUED,
    }
    assert cases.get("c3") is None, "shown again without the rejected action: no way yet"
    assert [s["case_id"] for s in script.sent] == ["c1", "c2", "c3", "c4"]

    # next sync: the minute goes with its PDF; a 409 makes the late one a note and takes the server's case
    c1_done = apply(c1, _minute("c1", 9))
    script.sent.clear()
    script.answers = [
        _answer(apply(None, _present("c2", 1))),
        _answer(apply(None, _present("c4", 3))),
        RouteAnswer(409, {"error": "already_done", "reason_th": "ดำเนินการแล้วโดย HD01 เมื่อ …",
                          "case": c1_done.to_wire()}),
        RouteAnswer(409, {"error": "in_progress"}),  # c4's minute: the case kept changing: waits
    ]  # fmt: skip
    tally = sync.push()
    assert [s["minute_pdf"] for s in script.sent] == [None, None, MINUTE, MINUTE]
    assert (tally.accepted, tally.noted, tally.waiting) == (2, 1, 1)
    assert tally.told[0].subject == "เรื่อง c1"
    assert [a.state for a in cases.actions("c4")] == [DELIVERED, QUEUED]
    noted = next(a for a in cases.actions("c1") if a.action.kind is CaseActionKind.MINUTE)
    assert noted.state == NOTED and noted.message == "ดำเนินการแล้วโดย HD01 เมื่อ …"
    held = cases.get("c1")
    assert held is not None and held.case.minutes[0].by == "HD01" and not held.local


def test_feed_items_that_cannot_be_kept_are_passed_over_and_minutes_are_fetched_when_missing(
    store: Store,
) -> None:
    script = Script()
    sync = CaseSync(store, script, "test")
    case = apply(apply(None, _present("c9")), _minute("c9", 1))
    history: list[dict[str, Any]] = []
    for action in (_present("c9"), _minute("c9", 1)):
        body = {"seq": len(history) + 1, "action": action.to_wire(), "outcome": "accepted"}
        previous = history[-1]["hash"] if history else GENESIS
        history.append({**body, "prev_hash": previous, "hash": chain_hash(previous, body)})
    broken = [history[0], {**history[1], "outcome": "noted"}]
    assert sync.receive({"kind": "case", "case_id": "c9", "case": case.to_wire(), "history": broken}) is False
    assert sync.receive({"kind": "case", "case_id": "c9", "case": {"state": "?"}}) is False
    assert CaseStore(store, "test").get("c9") is None
    assert sync.receive({"kind": "case", "case_id": "c9", "case": case.to_wire(), "history": history})
    assert CaseStore(store, "test").missing_minutes() == [("c9", SHA)]

    assert sync.fetch_minutes() == 0  # not on the server yet: waits
    script.minutes[SHA] = b"%PDF damaged"
    assert sync.fetch_minutes() == 0 and not store.blob_path(SHA).is_file()
    script.minutes[SHA] = MINUTE
    assert sync.fetch_minutes() == 1 and store.get_blob(SHA) == MINUTE
    assert CaseStore(store, "test").missing_minutes() == []


def test_a_queued_minute_whose_pdf_went_missing_is_rejected_here_and_the_sync_goes_on(store: Store) -> None:
    cases = CaseStore(store, "test")
    script = Script()
    cases.record(_present("c5"))
    cases.record(_minute("c5", 1), minute_pdf=MINUTE)
    store.blob_path(SHA).unlink()
    script.answers = [_answer(apply(None, _present("c5")))]
    tally = CaseSync(store, script, "test").push()
    assert (tally.accepted, tally.refused) == (1, 1) and len(script.sent) == 1
    assert [(a.state, a.message) for a in cases.actions()] == [(DELIVERED, None), (REJECTED, MISSING_MINUTE)]


def test_the_subject_of_a_secret_letter_is_not_told(store: Store) -> None:
    cases = CaseStore(store, "test")
    script = Script()
    secret = CaseLetter(subject="แผนลับ", secrecy="ลับมาก")
    action = CaseAction(
        "00000000-0000-4000-8000-000000000077", "c7", CaseActionKind.PRESENT, "SB01",
        dt.datetime(2026, 12, 1, 3, 0, tzinfo=dt.UTC), summary="สรุป", steps=("HD01",), letter=secret,
    )  # fmt: skip
    cases.record(action)
    script.answers = [RouteAnswer(422, {"error": "case_refused", "reason_th": "ไม่อนุญาต"})]
    (told,) = CaseSync(store, script, "test").push().told
    assert told.subject == "[ลับมาก]" and told.reason == "ไม่อนุญาต"
