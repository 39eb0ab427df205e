"""The rules of an incoming letter's way: present, minute, assign, act, circulate, and who was first."""

import datetime as dt
import uuid

import pytest

from eoffice_desktop.domain.case_model import (
    Assignee,
    AssignmentKind,
    AssignmentState,
    Case,
    CaseAction,
    CaseActionKind,
    CaseError,
    CaseLetter,
    CaseState,
)
from eoffice_desktop.domain.cases import ActionConflict, acting_for, apply
from eoffice_desktop.domain.people import Person, Role

T0 = dt.datetime(2026, 12, 5, 3, 0, tzinfo=dt.UTC)
PEOPLE = {
    p.person_id: p
    for p in (
        Person("SB", "DS", "นางสาวสารบรรณ ดี", "เจ้าพนักงานธุรการ", "งานสารบรรณ", (Role.SARABAN,)),
        Person("H1", "DS", "นายหัวหน้า หนึ่ง", "ผู้อำนวยการกอง", "กองกลาง", (Role.SIGNER,)),
        Person("H2", "DS", "นางหัวหน้า สอง", "อธิบดี", "สำนักอธิบดี", (Role.SIGNER,)),
        Person("A1", "DS", "นายเจ้าหน้าที่ หนึ่ง", "นักวิเคราะห์", "กลุ่มงาน ก", (Role.DRAFTER,)),
        Person("A2", "DS", "นางเจ้าหน้าที่ สอง", "นักวิเคราะห์", "กลุ่มงาน ก", (Role.DRAFTER,)),
        Person("B1", "DS", "นายเจ้าหน้าที่ สาม", "นิติกร", "กลุ่มงาน ข", (Role.DRAFTER,)),
    )
}
LETTER = CaseLetter(subject="ขอเชิญประชุม", sender="CM", sender_number="ชม ๐๐๑๗/๑๒๓", secrecy="")


def act(kind: CaseActionKind, person: str, **more: object) -> CaseAction:
    return CaseAction(
        action_id=str(uuid.uuid4()),
        case_id="L-9",
        kind=kind,
        person=person,
        at=T0 + dt.timedelta(minutes=len(str(more))),
        **more,  # type: ignore[arg-type]
    )


def presented(*heads: str, letter: CaseLetter = LETTER) -> Case:
    action = act(
        CaseActionKind.PRESENT, "SB", summary="เชิญประชุม ๑๐ ธ.ค.", steps=heads or ("H1",), letter=letter
    )
    return apply(None, action, PEOPLE)


def minuted(case: Case, person: str, *assign: Assignee, text: str = "มอบ ดำเนินการ", **more: object) -> Case:
    action = act(CaseActionKind.MINUTE, person, text=text, assign=assign, minute_sha256="m" * 64, **more)
    return apply(case, action, PEOPLE)


def test_a_case_goes_from_the_saraban_desk_through_two_heads_to_two_assignees_and_closes() -> None:
    case = presented("H1", "H2")
    assert case.state is CaseState.PRESENTED and case.holder == "H1"
    assert [t.kind for t in case.tasks_for("H1")] == ["minute"] and case.tasks_for("H2") == ()
    case = minuted(case, "H1", text="เสนอ อธิบดี เพื่อโปรดพิจารณา")
    assert case.holder == "H2" and case.state is CaseState.PRESENTED and len(case.minutes) == 1
    due = dt.date(2026, 12, 10)
    case = minuted(case, "H2", Assignee(person="A1"), Assignee(person="B1"), due=due)
    assert case.state is CaseState.ASSIGNED and case.holder is None
    assert {a.person for a in case.holders()} == {"A1", "B1"}
    (task,) = case.tasks_for("A1", "กลุ่มงาน ก")
    assert task.kind == "assignment" and task.due == due
    assert [a.assignment_id for a in case.overdue(dt.date(2026, 12, 11))] == [
        a.assignment_id for a in case.assignments
    ]
    first, second = case.assignments
    case = apply(
        case,
        act(CaseActionKind.REPLY, "A1", assignment_id=first.assignment_id, reply_letter_id="R-1"),
        PEOPLE,
    )
    assert case.state is CaseState.ASSIGNED
    case = apply(
        case, act(CaseActionKind.DONE, "B1", assignment_id=second.assignment_id, note="แจ้งที่ประชุมแล้ว"), PEOPLE
    )
    assert case.state is CaseState.CLOSED and case.overdue(dt.date(2027, 1, 1)) == ()
    assert [a.state for a in case.assignments] == [AssignmentState.REPLIED, AssignmentState.DONE]
    assert case.assignments[1].note == "แจ้งที่ประชุมแล้ว" and case.revision == 5


def test_a_minute_with_no_assignee_and_no_next_head_closes_the_case() -> None:
    case = minuted(presented(), "H1", text="ทราบ")
    assert case.state is CaseState.CLOSED and case.minutes[0].text == "ทราบ"


def test_only_a_saraban_officer_presents_and_the_heads_must_be_people_of_the_agency() -> None:
    with pytest.raises(CaseError) as refused:
        apply(None, act(CaseActionKind.PRESENT, "A1", summary="x", steps=("H1",)), PEOPLE)
    assert "สารบรรณ" in refused.value.thai
    with pytest.raises(CaseError):
        apply(None, act(CaseActionKind.PRESENT, "SB", summary="x", steps=("NOBODY",)), PEOPLE)
    with pytest.raises(CaseError):
        apply(None, act(CaseActionKind.PRESENT, "SB", summary="  ", steps=("H1",)), PEOPLE)


def test_a_minute_needs_text_and_its_signed_pdf_and_names_known_assignees() -> None:
    case = presented()
    with pytest.raises(CaseError):
        apply(case, act(CaseActionKind.MINUTE, "H1", text="ทราบ"), PEOPLE)
    with pytest.raises(CaseError):
        minuted(case, "H1", text=" ")
    with pytest.raises(CaseError):
        minuted(case, "H1", Assignee(unit="กลุ่มงานที่ไม่มี"))
    with pytest.raises(CaseError):
        minuted(case, "H1", Assignee(person="A1"), Assignee(person="A1"))


def test_someone_who_is_not_the_holder_cannot_minute_and_a_late_head_is_told_who_acted() -> None:
    case = presented("H1", "H2")
    with pytest.raises(CaseError):
        minuted(case, "A1")
    forwarded = apply(case, act(CaseActionKind.FORWARD, "H1", forward_to="H2"), PEOPLE)
    assert forwarded.holder == "H2"
    minute = act(CaseActionKind.MINUTE, "H2", text="ทราบ", minute_sha256="m" * 64)
    assert acting_for(forwarded, minute) == "H1"
    done = apply(forwarded, minute, PEOPLE)
    assert done.minutes[0].acting_for == "H1"
    with pytest.raises(ActionConflict) as late:
        minuted(done, "H1")
    assert late.value.thai.startswith("ดำเนินการแล้วโดย")


def test_a_unit_assignment_is_seen_by_everyone_in_the_unit_until_one_takes_it() -> None:
    case = minuted(presented(), "H1", Assignee(unit="กลุ่มงาน ก"))
    (assignment,) = case.assignments
    assert case.tasks_for("A1", "กลุ่มงาน ก") and case.tasks_for("A2", "กลุ่มงาน ก")
    assert case.tasks_for("B1", "กลุ่มงาน ข") == ()
    with pytest.raises(CaseError):
        apply(case, act(CaseActionKind.ACKNOWLEDGE, "B1", assignment_id=assignment.assignment_id), PEOPLE)
    taken = apply(case, act(CaseActionKind.ACKNOWLEDGE, "A2", assignment_id=assignment.assignment_id), PEOPLE)
    assert taken.state is CaseState.CLOSED and taken.assignments[0].acted_by == "A2"
    with pytest.raises(ActionConflict):
        apply(taken, act(CaseActionKind.ACKNOWLEDGE, "A1", assignment_id=assignment.assignment_id), PEOPLE)
    with pytest.raises(CaseError):  # never on it: refused, not told who was first
        apply(taken, act(CaseActionKind.ACKNOWLEDGE, "B1", assignment_id=assignment.assignment_id), PEOPLE)


def test_pass_stays_in_the_unit_and_the_passer_no_longer_holds_it() -> None:
    case = minuted(presented(), "H1", Assignee(person="A1"))
    aid = case.assignments[0].assignment_id
    with pytest.raises(CaseError):
        apply(case, act(CaseActionKind.PASS, "A1", assignment_id=aid, pass_to="B1"), PEOPLE)
    passed = apply(case, act(CaseActionKind.PASS, "A1", assignment_id=aid, pass_to="A2"), PEOPLE)
    assert passed.tasks_for("A1", "กลุ่มงาน ก") == () and passed.tasks_for("A2", "กลุ่มงาน ก")
    assert passed.state is CaseState.ASSIGNED
    with pytest.raises(ActionConflict):
        apply(passed, act(CaseActionKind.DONE, "A1", assignment_id=aid, note="x"), PEOPLE)


def test_done_says_what_was_done_and_a_reply_names_its_letter() -> None:
    case = minuted(presented(), "H1", Assignee(person="A1"))
    aid = case.assignments[0].assignment_id
    with pytest.raises(CaseError):
        apply(case, act(CaseActionKind.DONE, "A1", assignment_id=aid, note=" "), PEOPLE)
    with pytest.raises(CaseError):
        apply(case, act(CaseActionKind.REPLY, "A1", assignment_id=aid), PEOPLE)


def test_circulation_asks_for_acknowledgement_only_and_does_not_reopen_a_closed_case() -> None:
    case = minuted(presented(), "H1", text="ทราบ แจ้งเวียน")
    circulated = apply(case, act(CaseActionKind.CIRCULATE, "H1", to=(Assignee(unit="กลุ่มงาน ข"),)), PEOPLE)
    (assignment,) = circulated.assignments
    assert assignment.kind is AssignmentKind.CIRCULATE and circulated.state is CaseState.CLOSED
    with pytest.raises(CaseError):
        apply(
            circulated,
            act(CaseActionKind.DONE, "B1", assignment_id=assignment.assignment_id, note="x"),
            PEOPLE,
        )
    read = apply(
        circulated, act(CaseActionKind.ACKNOWLEDGE, "B1", assignment_id=assignment.assignment_id), PEOPLE
    )
    assert read.assignments[0].state is AssignmentState.ACKNOWLEDGED
    with pytest.raises(CaseError):
        apply(case, act(CaseActionKind.CIRCULATE, "A1", to=(Assignee(person="B1"),)), PEOPLE)


def test_a_secret_case_reaches_only_the_people_and_units_on_it() -> None:
    case = presented("H1", letter=CaseLetter(subject="ลับ", secrecy="ลับมาก"))
    assert case.letter.secret
    case = minuted(case, "H1", Assignee(unit="กลุ่มงาน ข"), Assignee(person="A1"))
    people, units = case.audience()
    assert people == {"SB", "H1", "A1"} and units == {"กลุ่มงาน ข"}


def test_the_wire_form_round_trips_and_assignment_ids_do_not_depend_on_order() -> None:
    case = minuted(presented(), "H1", Assignee(person="A1"), due=dt.date(2026, 12, 31))
    assert Case.from_wire(case.to_wire()) == case
    action = act(
        CaseActionKind.MINUTE, "H1", text="ทราบ", assign=(Assignee(unit="กลุ่มงาน ก"),), minute_sha256="m"
    )
    assert CaseAction.from_wire(action.to_wire()) == action
    assert case.assignments[0].assignment_id.endswith(":1")
    with pytest.raises(CaseError):
        CaseAction.from_wire(
            {"action_id": "x", "case_id": "c", "kind": "steal", "person": "A1", "at": "2026"}
        )


def test_a_saraban_officer_circulates_straight_from_the_inbox_and_presenting_keeps_the_circulation() -> None:
    to = (Assignee(person="A1"),)
    with pytest.raises(CaseError):
        apply(None, act(CaseActionKind.CIRCULATE, "SB", to=to), PEOPLE)  # no letter carried
    with pytest.raises(CaseError):
        apply(None, act(CaseActionKind.CIRCULATE, "A2", to=to, letter=LETTER), PEOPLE)
    case = apply(None, act(CaseActionKind.CIRCULATE, "SB", to=to, letter=LETTER), PEOPLE)
    assert case.state is CaseState.REGISTERED and case.tasks_for("A1", "กลุ่มงาน ก")
    case = apply(case, act(CaseActionKind.PRESENT, "SB", summary="สรุป", steps=("H1",), letter=LETTER), PEOPLE)
    assert case.state is CaseState.PRESENTED and len(case.assignments) == 1 and case.revision == 2
