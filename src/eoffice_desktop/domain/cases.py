"""An incoming letter's way (เรื่องรับ): presented to the heads, minuted (เกษียน), assigned, acted on.

A case belongs to one received letter at one agency and is named by the letter's server id. The saraban
officer presents it to one or more heads in turn with a summary; the head who holds it writes and signs a
minute that sends it on to the next head, assigns it (to people or units) or, with neither, closes it
("ทราบ"). Assignees acknowledge, pass it on inside their unit, reply (a new outgoing letter) or mark it done;
circulation (แจ้งเวียน) asks people to acknowledge it. The server orders the actions and has the last word; a
workstation applies its own at once, offline, by the same rules.

Pure rules: no storage, no network. Times are aware datetimes (UTC on the wire).
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from eoffice_desktop.domain.case_model import (
    SECRET_CLASSES,
    Assignee,
    Assignment,
    AssignmentKind,
    AssignmentState,
    Case,
    CaseAction,
    CaseActionKind,
    CaseError,
    CaseLetter,
    CaseState,
    CaseStep,
    CaseTask,
    Minute,
)
from eoffice_desktop.domain.people import Person, Role, check_person_id
from eoffice_desktop.domain.routes import ActionConflict, StepState

MAX_STEPS = 20
MAX_TEXT = 4000
MAX_ASSIGNEES = 200

__all__ = [
    "SECRET_CLASSES",
    "ActionConflict",
    "Assignee",
    "Assignment",
    "AssignmentKind",
    "AssignmentState",
    "Case",
    "CaseAction",
    "CaseActionKind",
    "CaseError",
    "CaseLetter",
    "CaseState",
    "CaseStep",
    "CaseTask",
    "Minute",
    "acting_for",
    "apply",
]


def acting_for(case: Case | None, action: CaseAction) -> str | None:
    """The head a minute or a forward is made for when its actor holds someone else's step."""
    step = case.current if case else None
    if (
        step
        and action.kind in (CaseActionKind.MINUTE, CaseActionKind.FORWARD)
        and step.person != action.person
    ):
        return step.person
    return None


def apply(case: Case | None, action: CaseAction, people: Mapping[str, Person] | None = None) -> Case:
    """The case after ``action``; :class:`ActionConflict` when it came too late (someone acted first, the
    case moved on), :class:`CaseError` when no rule allows it. ``people`` (the agency's, by id) adds the
    checks that need them: the presenter's role, the people named, units for a unit's assignment."""
    _check_text(action.note, "a note")
    if action.kind is CaseActionKind.PRESENT:
        return _present(case, action, people)
    if action.kind is CaseActionKind.CIRCULATE:
        return _circulate(case, action, people)
    if case is None:
        raise CaseError(f"case {action.case_id} has not been presented", thai="หนังสือนี้ยังไม่ได้เสนอ")
    if action.kind in (CaseActionKind.MINUTE, CaseActionKind.FORWARD):
        step = _step_for(case, action)
        if action.kind is CaseActionKind.FORWARD:
            return _forward(case, action, step, people)
        return _minute(case, action, step, people)
    return _on_assignment(case, action, people)


def _present(case: Case | None, action: CaseAction, people: Mapping[str, Person] | None) -> Case:
    if case is not None and case.state is not CaseState.REGISTERED:
        raise ActionConflict(case.last_by or case.presenter or "?", case.last_at, "already presented")
    _check_text(action.summary, "a summary", required=True)
    if not 1 <= len(action.steps) <= MAX_STEPS:
        raise CaseError(
            f"a case goes before 1 to {MAX_STEPS} heads", thai=f"ต้องเสนอผู้บังคับบัญชา ๑ ถึง {MAX_STEPS} คน"
        )
    for person in action.steps:
        check_person_id(person)
        _known(person, people)
    if people is not None:
        presenter = people.get(action.person)
        if presenter is None or Role.SARABAN not in presenter.roles:
            raise CaseError(
                f"{action.person} is not a saraban officer: only they present received letters",
                thai="ผู้เสนอหนังสือรับต้องเป็นเจ้าหน้าที่สารบรรณ",
            )
    steps = tuple(
        CaseStep(i, p, StepState.ACTIVE if i == 0 else StepState.WAITING, p)
        for i, p in enumerate(action.steps)
    )
    letter = action.letter or (case.letter if case else CaseLetter())
    base = case or Case(case_id=action.case_id, letter=letter, state=CaseState.REGISTERED)
    return _moved(  # a letter circulated from the inbox keeps its circulation
        base,
        action,
        letter=letter,
        state=CaseState.PRESENTED,
        presenter=action.person,
        summary=action.summary.strip(),
        steps=steps,
    )


def _step_for(case: Case, action: CaseAction) -> CaseStep:
    step = case.current
    if case.state is not CaseState.PRESENTED or step is None:
        raise ActionConflict(case.last_by or "?", case.last_at, "the case is no longer before a head")
    if action.person != step.holder:
        if any(action.person in (s.person, s.holder) for s in case.steps):
            raise ActionConflict(case.last_by or step.person, case.last_at, f"held by {step.holder}")
        raise CaseError(
            f"the case waits for {step.holder}, not {action.person}", thai=f"เรื่องนี้ไม่ได้อยู่ที่ {action.person}"
        )
    return step


def _forward(case: Case, action: CaseAction, step: CaseStep, people: Mapping[str, Person] | None) -> Case:
    if not action.forward_to:
        raise CaseError("forward names the person who takes it", thai="ต้องระบุผู้รับงานต่อ")
    check_person_id(action.forward_to)
    _known(action.forward_to, people)
    if action.forward_to == step.holder:
        raise CaseError("it is already theirs", thai="เรื่องนี้อยู่ที่ผู้นั้นแล้ว")
    steps = list(case.steps)
    steps[step.position] = replace(step, holder=action.forward_to)
    return _moved(case, action, steps=tuple(steps))


def _minute(case: Case, action: CaseAction, step: CaseStep, people: Mapping[str, Person] | None) -> Case:
    _check_text(action.text, "a minute", required=True)
    if not action.minute_sha256:
        raise CaseError("a minute carries its signed PDF", thai="การเกษียนต้องมีไฟล์บันทึกเกษียนที่ลงนามแล้ว")
    _check_assignees(action.assign, people)
    minute = Minute(
        sha256=action.minute_sha256,
        text=action.text.strip(),
        by=action.person,
        at=action.at,
        step=step.position,
        assign=action.assign,
        due=action.due,
        acting_for=step.person if step.person != action.person else None,
    )
    steps = list(case.steps)
    steps[step.position] = replace(step, state=StepState.DONE, acted_by=action.person, acted_at=action.at)
    following = steps[step.position + 1] if step.position + 1 < len(steps) else None
    assignments = case.assignments
    if action.assign:
        state = CaseState.ASSIGNED
        assignments += _assignments(action, action.assign, AssignmentKind.MINUTE, action.due, minute.sha256)
        for s in steps[step.position + 1 :]:  # the way ends at the head who assigns it
            steps[s.position] = replace(s, state=StepState.DONE, acted_by=None)
    elif following is not None:
        state = CaseState.PRESENTED
        steps[following.position] = replace(following, state=StepState.ACTIVE, holder=following.person)
    else:
        state = CaseState.CLOSED
    return _moved(
        case,
        action,
        steps=tuple(steps),
        minutes=(*case.minutes, minute),
        assignments=assignments,
        state=state,
    )


def _on_assignment(case: Case, action: CaseAction, people: Mapping[str, Person] | None) -> Case:
    assignment = case.assignment(action.assignment_id or "")
    if assignment is None:
        raise CaseError(f"{action.kind} names no assignment of the case", thai="ไม่พบงานที่ได้รับมอบหมายนี้")
    unit = _unit_of(action.person, people)
    on_it = (
        assignment.holder.covers(action.person, unit)
        or assignment.assignee.covers(action.person, unit)
        or action.person in (assignment.passed_by, assignment.acted_by)
    )
    if not on_it:
        raise CaseError(
            f"assignment {assignment.assignment_id} is not {action.person}'s",
            thai=f"งานนี้ไม่ได้มอบให้ {action.person}",
        )
    if assignment.state is not AssignmentState.OPEN:
        raise ActionConflict(
            assignment.acted_by or case.last_by or "?", assignment.acted_at, f"already {assignment.state}"
        )
    if not assignment.holder.covers(action.person, unit):
        raise ActionConflict(assignment.passed_by or "?", case.last_at, "passed on")
    if assignment.kind is AssignmentKind.CIRCULATE and action.kind is not CaseActionKind.ACKNOWLEDGE:
        raise CaseError("a circulated letter is acknowledged", thai="หนังสือแจ้งเวียนทำได้เพียงรับทราบ")
    if action.kind is CaseActionKind.PASS:
        if not action.pass_to:
            raise CaseError("pass names the person who takes it", thai="ต้องระบุผู้รับงานต่อ")
        check_person_id(action.pass_to)
        if action.pass_to == action.person:
            raise CaseError("it is already theirs", thai="งานนี้เป็นของผู้นั้นอยู่แล้ว")
        if people is not None:
            _known(action.pass_to, people)
            if unit and _unit_of(action.pass_to, people) != unit:
                raise CaseError(f"{action.pass_to} is not of unit {unit}", thai=f"ส่งต่อได้เฉพาะผู้ที่อยู่ใน {unit}")
        done = replace(
            assignment,
            holder=Assignee(person=action.pass_to),
            passed_by=action.person,
            note=action.note or None,
        )
    else:
        state = {
            CaseActionKind.ACKNOWLEDGE: AssignmentState.ACKNOWLEDGED,
            CaseActionKind.REPLY: AssignmentState.REPLIED,
            CaseActionKind.DONE: AssignmentState.DONE,
        }[action.kind]
        if action.kind is CaseActionKind.DONE and not action.note.strip():
            raise CaseError("done says what was done", thai="การบันทึกปฏิบัติแล้วต้องระบุว่าได้ดำเนินการอย่างไร")
        if action.kind is CaseActionKind.REPLY and not action.reply_letter_id:
            raise CaseError("a reply names its letter", thai="การตอบหนังสือต้องระบุหนังสือตอบ")
        done = replace(
            assignment,
            state=state,
            holder=assignment.holder if assignment.holder.person else Assignee(person=action.person),
            note=action.note.strip() or None,
            reply_letter_id=action.reply_letter_id,
            acted_by=action.person,
            acted_at=action.at,
        )
    assignments = tuple(done if a.assignment_id == done.assignment_id else a for a in case.assignments)
    open_minuted = any(
        a.kind is AssignmentKind.MINUTE and a.state is AssignmentState.OPEN for a in assignments
    )
    closed = case.state is CaseState.ASSIGNED and not open_minuted
    return _moved(case, action, assignments=assignments, state=CaseState.CLOSED if closed else case.state)


def _circulate(case: Case | None, action: CaseAction, people: Mapping[str, Person] | None) -> Case:
    """Circulation (แจ้งเวียน) by a head of the case or a saraban officer; straight from the inbox (no case
    yet: the action carries the letter) by a saraban officer."""
    if not action.to:
        raise CaseError("circulation names people or units", thai="ต้องระบุผู้รับแจ้งเวียน")
    if case is None:
        if action.letter is None:
            raise CaseError("circulation from the inbox carries its letter", thai="ต้องระบุหนังสือที่แจ้งเวียน")
        case = Case(case_id=action.case_id, letter=action.letter, state=CaseState.REGISTERED)
    heads = {p for s in case.steps for p in (s.person, s.holder)}
    allowed = action.person in heads or action.person == case.presenter or (people is None and not case.steps)
    if people is not None and not allowed:
        person = people.get(action.person)
        allowed = person is not None and Role.SARABAN in person.roles
    if not allowed:
        raise CaseError(
            "a head or a saraban officer circulates a letter",
            thai="ผู้บังคับบัญชาหรือเจ้าหน้าที่สารบรรณเท่านั้นที่แจ้งเวียนได้",
        )
    _check_assignees(action.to, people)
    added = _assignments(action, action.to, AssignmentKind.CIRCULATE, None, None)
    return _moved(case, action, assignments=case.assignments + added)


def _assignments(
    action: CaseAction,
    to: Sequence[Assignee],
    kind: AssignmentKind,
    due: dt.date | None,
    minute: str | None,
) -> tuple[Assignment, ...]:
    return tuple(
        Assignment(f"{action.action_id}:{i + 1}", kind, a, a, due=due, minute_sha256=minute)
        for i, a in enumerate(to)
    )


def _moved(case: Case, action: CaseAction, **changes: Any) -> Case:
    return replace(case, revision=case.revision + 1, last_by=action.person, last_at=action.at, **changes)


def _check_assignees(assignees: Sequence[Assignee], people: Mapping[str, Person] | None) -> None:
    if len(assignees) > MAX_ASSIGNEES:
        raise CaseError(f"at most {MAX_ASSIGNEES} assignees", thai=f"มอบได้ไม่เกิน {MAX_ASSIGNEES} ราย")
    if len(set(assignees)) != len(assignees):
        raise CaseError("an assignee is named twice", thai="ระบุผู้รับมอบซ้ำ")
    if people is None:
        return
    units = {p.unit for p in people.values() if p.unit}
    for a in assignees:
        if a.person is not None:
            _known(a.person, people)
        elif a.unit not in units:
            raise CaseError(f"unit {a.unit!r} has nobody in it", thai=f"ไม่พบหน่วยงาน {a.unit}")


def _known(person: str, people: Mapping[str, Person] | None) -> None:
    if people is not None and person not in people:
        raise CaseError(f"{person} is not one of the agency's people", thai=f"ไม่พบบุคคล {person} ในหน่วยงาน")


def _unit_of(person: str, people: Mapping[str, Person] | None) -> str | None:
    found = people.get(person) if people is not None else None
    return found.unit or None if found else None


def _check_text(text: str, what: str, *, required: bool = False) -> None:
    if required and not text.strip():
        raise CaseError(f"{what} is required", thai="ต้องกรอกข้อความ")
    if len(text) > MAX_TEXT:
        raise CaseError(
            f"{what} has at most {MAX_TEXT} characters", thai=f"ข้อความยาวได้ไม่เกิน {MAX_TEXT} ตัวอักษร"
        )
