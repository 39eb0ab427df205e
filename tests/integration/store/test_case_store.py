"""Cases in the store: actions taken offline at once and queued, the server's case taken over them (queued
actions re-applied when they still apply), what the server said of each action, tasks, and the receive
register with who holds each letter and what was done."""

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.domain.case_model import (
    Assignee,
    AssignmentState,
    Case,
    CaseAction,
    CaseActionKind,
    CaseError,
    CaseLetter,
    CaseState,
)
from eoffice_desktop.domain.cases import apply
from eoffice_desktop.domain.history_chain import GENESIS, chain_hash
from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.routes import ActionConflict
from eoffice_desktop.store.cases import DELIVERED, NOTED, QUEUED, REJECTED, CaseStore, CaseStoreError
from eoffice_desktop.store.db import Store, open_store
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.store.people import People

UNIT = "กลุ่มงานนโยบาย"
PEOPLE = {
    "etag": '"1"',
    "people": [
        {"person_id": "SB01", "agency": "B", "name": "นางสาวสาร บรรณ", "position": "เจ้าพนักงานธุรการ",
         "unit": "ฝ่ายสารบรรณ", "roles": ["saraban"], "certificates": []},
        {"person_id": "HD01", "agency": "B", "name": "นางหัวหน้า ใหญ่", "position": "ผู้อำนวยการ",
         "unit": "สำนักงานผู้อำนวยการ", "roles": ["signer"], "certificates": []},
        {"person_id": "OF01", "agency": "B", "name": "นายหนึ่ง ทำงาน", "position": "นักวิเคราะห์",
         "unit": UNIT, "roles": ["drafter"], "certificates": []},
        {"person_id": "OF02", "agency": "B", "name": "นางสาวสอง ทำงาน", "position": "นักวิเคราะห์",
         "unit": UNIT, "roles": ["drafter"], "certificates": []},
    ],
}  # fmt: skip
BY_ID = {p["person_id"]: Person.from_wire(p) for p in PEOPLE["people"]}  # type: ignore[attr-defined]
CASE = "srv-letter-1"
MINUTE = b"%PDF-1.7 a signed minute"
MINUTE_SHA = hashlib.sha256(MINUTE).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    People(opened).replace(PEOPLE)
    Inbox(opened, "test").receive(
        CASE, "A", {"subject": "ขอเชิญประชุม", "number": "ศธ 0001/123", "agency": "กรมเอ"}, b"%PDF-1.7 letter"
    )
    yield opened
    opened.close()


def _at(minutes: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, 1, 3, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes)


def present(n: int = 0) -> CaseAction:
    return CaseAction(
        f"00000000-0000-4000-8000-00000000000{n}", CASE, CaseActionKind.PRESENT, "SB01", _at(n),
        summary="เชิญประชุมวันที่ ๑๐", steps=("HD01",),
        letter=CaseLetter(subject="ขอเชิญประชุม", sender="A", receive_number="1/2569"),
    )  # fmt: skip


def minute(assign: tuple[Assignee, ...], due: dt.date | None = None) -> CaseAction:
    return CaseAction(
        "00000000-0000-4000-8000-000000000010", CASE, CaseActionKind.MINUTE, "HD01", _at(10),
        base_revision=1, text="มอบ ดำเนินการ", assign=assign, due=due, minute_sha256=MINUTE_SHA,
    )  # fmt: skip


def on(assignment: str, kind: CaseActionKind, person: str, n: int, **more: Any) -> CaseAction:
    return CaseAction(
        f"00000000-0000-4000-8000-0000000000{n:02d}", CASE, kind, person, _at(n),
        assignment_id=assignment, **more,
    )  # fmt: skip


def history(actions: list[CaseAction]) -> tuple[Case, list[dict[str, Any]]]:
    """The case and the chained history the server makes of ``actions``."""
    case: Case | None = None
    entries: list[dict[str, Any]] = []
    for action in actions:
        case = apply(case, action, BY_ID)
        previous = entries[-1]["hash"] if entries else GENESIS
        body = {"seq": len(entries) + 1, "action": action.to_wire(), "outcome": "accepted"}
        entries.append({**body, "prev_hash": previous, "hash": chain_hash(previous, body)})
    assert case is not None
    return case, entries


def test_actions_apply_offline_at_once_and_queue_with_the_minute(store: Store) -> None:
    cases = CaseStore(store, "test")
    shown = cases.record(present())
    assert shown.state is CaseState.PRESENTED and shown.holder == "HD01"
    with pytest.raises(CaseStoreError):  # a minute without the PDF it names
        cases.record(minute((Assignee(person="OF01"),)), minute_pdf=b"other")
    shown = cases.record(minute((Assignee(person="OF01"), Assignee(unit=UNIT))), minute_pdf=MINUTE)
    assert shown.state is CaseState.ASSIGNED
    assert store.get_blob(MINUTE_SHA) == MINUTE and cases.missing_minutes() == []
    assert [a.state for a in cases.queued()] == [QUEUED, QUEUED]
    assert cases.queued()[1].minute_sha256 == MINUTE_SHA
    record = cases.get(CASE)
    assert record is not None and record.local and record.revision == 0

    # the unit's assignment is every member's task until one of them acts; a stranger's action is refused
    first, unit = (a.assignment_id for a in shown.assignments)
    assert [t.assignment_id for _, t in cases.tasks("OF02", UNIT)] == [unit]
    assert {t.assignment_id for _, t in cases.tasks("OF01", UNIT)} == {first, unit}
    with pytest.raises(CaseError):
        cases.record(on(first, CaseActionKind.DONE, "OF02", 20, note="x"))
    with pytest.raises(CaseError):  # done says what was done
        cases.record(on(first, CaseActionKind.DONE, "OF01", 20))
    assert len(cases.queued()) == 2  # nothing half-written

    cases.record(on(first, CaseActionKind.DONE, "OF01", 21, note="ส่งรายชื่อผู้เข้าประชุมแล้ว"))
    reply = on(unit, CaseActionKind.REPLY, "OF02", 22, reply_letter_id="L-reply")
    cases.record(reply, reply_letter="L-reply")
    assert cases.reply_of("L-reply") == (CASE, unit)
    (row,) = cases.receive_register()
    assert row.server_id == CASE and row.state == "closed" and row.holders == ()
    assert "ส่งรายชื่อผู้เข้าประชุมแล้ว" in row.action_taken and "ตอบหนังสือแล้ว (นางสาวสอง ทำงาน)" in row.action_taken
    assert row.entry.action == row.action_taken  # the register's การปฏิบัติ column is written too


def test_the_server_wins_and_queued_actions_are_applied_on_top_when_they_still_apply(store: Store) -> None:
    cases = CaseStore(store, "test")
    server_minute = minute((Assignee(person="OF01"),), due=dt.date(2026, 12, 3))
    server_case, entries = history([present(), server_minute])
    assert cases.take(server_case, entries[:1]) is True  # an older history: grows later
    assert cases.take(server_case, entries) is False  # same revision: only the history grows
    assert len(cases.history(CASE)) == 2
    assignment = server_case.assignments[0].assignment_id

    # offline: OF01 marks it done; a late present of this workstation is still queued too
    cases.record(on(assignment, CaseActionKind.DONE, "OF01", 30, note="ทำแล้ว"))
    record = cases.get(CASE)
    assert record is not None and record.local and record.case.state is CaseState.CLOSED

    # the server's case moves (a circulation by the head): taken, the done still applied on top
    circulate = CaseAction(
        "00000000-0000-4000-8000-000000000040", CASE, CaseActionKind.CIRCULATE, "HD01", _at(40),
        to=(Assignee(person="OF02"),),
    )  # fmt: skip
    newer, newer_entries = history([present(), server_minute, circulate])
    assert cases.take(newer, newer_entries)
    record = cases.get(CASE)
    assert record is not None and record.local and record.revision == 3
    assert record.case.assignment(assignment).state is AssignmentState.DONE  # type: ignore[union-attr]
    assert len(record.case.assignments) == 2

    # overdue: the server's case, with the done not yet delivered, shows the assignment overdue
    (row,) = cases.receive_register(today=dt.date(2026, 12, 5))
    assert row.overdue == ()  # shown here: done already
    (done,) = cases.queued()
    cases.settle(done.action.action_id, REJECTED, "ไม่อนุญาต")
    (row,) = cases.receive_register(today=dt.date(2026, 12, 5))
    assert [a.assignment_id for a in row.overdue] == [assignment]
    assert {h.person for h in row.holders} == {"OF01", "OF02"}
    assert cases.actions()[0].message == "ไม่อนุญาต"


def test_a_late_action_becomes_a_note_and_the_server_case_replaces_it(store: Store) -> None:
    cases = CaseStore(store, "test")
    server_minute = minute((Assignee(unit=UNIT),))
    server_case, entries = history([present(), server_minute])
    cases.take(server_case, entries)
    assignment = server_case.assignments[0].assignment_id
    mine = on(assignment, CaseActionKind.ACKNOWLEDGE, "OF02", 30)
    cases.record(mine)
    theirs = on(assignment, CaseActionKind.DONE, "OF01", 29, note="ทำแล้ว")
    won, won_entries = history([present(), server_minute, theirs])
    with pytest.raises(ActionConflict):
        apply(won, mine, BY_ID)
    cases.settle(mine.action_id, NOTED, "ดำเนินการแล้วโดย นายหนึ่ง ทำงาน เมื่อ ...", won, won_entries[-1])
    record = cases.get(CASE)
    assert record is not None and not record.local and record.case.revision == 3
    assert record.case.assignments[0].acted_by == "OF01"
    assert [a.state for a in cases.actions()] == [NOTED]
    assert len(cases.history(CASE)) == 3  # the one more entry follows the last held

    # a broken history is refused whole
    broken = [dict(e) for e in won_entries]
    broken[1]["outcome"] = "noted"
    with pytest.raises(CaseStoreError):
        cases.take(won, broken)


def test_a_rejected_present_leaves_the_letter_without_a_way(store: Store) -> None:
    cases = CaseStore(store, "test")
    cases.record(present())
    (queued,) = cases.queued()
    cases.settle(queued.action.action_id, REJECTED, "ไม่ใช่เจ้าหน้าที่สารบรรณ")
    assert cases.get(CASE) is None
    (row,) = cases.receive_register()
    assert row.state == "registered" and row.action_taken == ""
    cases.record(present(2))
    (queued,) = cases.queued()
    server_case, entries = history([queued.action])
    cases.settle(queued.action.action_id, DELIVERED, None, server_case, entries[-1])
    record = cases.get(CASE)
    assert record is not None and not record.local and record.revision == 1


def test_a_units_assignment_passed_inside_the_unit_is_the_receivers_task(store: Store) -> None:
    cases = CaseStore(store, "test")
    cases.record(present())
    shown = cases.record(minute((Assignee(unit=UNIT),)), minute_pdf=MINUTE)
    (assignment,) = (a.assignment_id for a in shown.assignments)
    with pytest.raises(CaseError):  # only to someone of the same unit
        cases.record(on(assignment, CaseActionKind.PASS, "OF01", 20, pass_to="HD01"))
    shown = cases.record(on(assignment, CaseActionKind.PASS, "OF01", 21, pass_to="OF02", note="ฝากดำเนินการ"))
    assert shown.assignments[0].holder == Assignee(person="OF02")
    assert cases.tasks("OF01", UNIT) == []
    assert [t.assignment_id for _, t in cases.tasks("OF02", UNIT)] == [assignment]
    (row,) = cases.receive_register()
    assert row.holders == (Assignee(person="OF02"),)
