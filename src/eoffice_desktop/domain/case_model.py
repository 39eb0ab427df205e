"""The records of an incoming letter's way (เรื่องรับ): the case, its steps, minutes and assignments, the
actions on it, and their wire forms. The rules that move a case are in :mod:`eoffice_desktop.domain.cases`."""

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.people import check_person_id
from eoffice_desktop.domain.routes import StepState
from eoffice_desktop.domain.wire_time import from_wire as _time
from eoffice_desktop.domain.wire_time import to_wire as _iso

SECRET_CLASSES = frozenset({"ลับ", "ลับมาก", "ลับที่สุด"})


class CaseError(DomainError):
    """An action that no rule allows (a bad request, not a race)."""


class CaseState(enum.StrEnum):
    REGISTERED = "registered"  # in the inbox, no way yet
    PRESENTED = "presented"  # a head holds it
    ASSIGNED = "assigned"  # minuted with assignees, some still open
    CLOSED = "closed"

    @property
    def thai(self) -> str:
        return {
            CaseState.REGISTERED: "ลงรับแล้ว",
            CaseState.PRESENTED: "เสนอแล้ว",
            CaseState.ASSIGNED: "มอบหมายแล้ว",
            CaseState.CLOSED: "เสร็จสิ้น",
        }[self]


class CaseActionKind(enum.StrEnum):
    PRESENT = "present"
    MINUTE = "minute"
    FORWARD = "forward"
    ACKNOWLEDGE = "acknowledge"
    PASS = "pass"
    REPLY = "reply"
    DONE = "done"
    CIRCULATE = "circulate"

    @property
    def thai(self) -> str:
        return {
            CaseActionKind.PRESENT: "เสนอ",
            CaseActionKind.MINUTE: "เกษียนสั่งการ",
            CaseActionKind.FORWARD: "มอบให้ปฏิบัติราชการแทน",
            CaseActionKind.ACKNOWLEDGE: "ทราบ",
            CaseActionKind.PASS: "ส่งต่อ",
            CaseActionKind.REPLY: "ตอบหนังสือ",
            CaseActionKind.DONE: "ปฏิบัติแล้ว",
            CaseActionKind.CIRCULATE: "แจ้งเวียน",
        }[self]


class AssignmentKind(enum.StrEnum):
    MINUTE = "minute"  # from a minute: acknowledge, pass, reply or done
    CIRCULATE = "circulate"  # แจ้งเวียน: acknowledge only


class AssignmentState(enum.StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    REPLIED = "replied"
    DONE = "done"

    @property
    def thai(self) -> str:
        return {
            AssignmentState.OPEN: "รอดำเนินการ",
            AssignmentState.ACKNOWLEDGED: "ทราบแล้ว",
            AssignmentState.REPLIED: "ตอบแล้ว",
            AssignmentState.DONE: "ปฏิบัติแล้ว",
        }[self]


@dataclass(frozen=True)
class Assignee:
    """A person, or a unit (กลุ่ม/กอง) whose people all see it until one of them acts."""

    person: str | None = None
    unit: str | None = None

    def __post_init__(self) -> None:
        if (self.person is None) == (self.unit is None):
            raise CaseError("an assignee is a person or a unit", thai="ผู้รับมอบต้องเป็นบุคคลหรือหน่วยงาน")
        if self.person is not None:
            check_person_id(self.person)
        elif not (self.unit or "").strip() or len(self.unit or "") > 200:
            raise CaseError("a unit is named", thai="ต้องระบุชื่อหน่วยงาน")

    def covers(self, person: str, unit: str | None) -> bool:
        return self.person == person if self.person is not None else bool(unit) and unit == self.unit

    def to_wire(self) -> dict[str, str]:
        return {"person": self.person} if self.person is not None else {"unit": str(self.unit)}

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "Assignee":
        if not isinstance(data, Mapping):
            raise CaseError("an assignee is {person} or {unit}", thai="ผู้รับมอบไม่ถูกต้อง")
        person, unit = data.get("person"), data.get("unit")
        return cls(person=None if person is None else str(person), unit=None if unit is None else str(unit))


@dataclass(frozen=True)
class CaseLetter:
    """What lists show of the received letter without its PDF."""

    subject: str = ""
    sender: str = ""  # the sender agency's code
    sender_name: str = ""
    sender_number: str = ""  # ที่ of the letter as sent
    sender_date: str = ""  # its date as printed (Thai)
    speed: str = ""
    secrecy: str = ""
    receive_number: str = ""

    @property
    def secret(self) -> bool:
        return self.secrecy in SECRET_CLASSES

    def to_wire(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in _LETTER_FIELDS}

    @classmethod
    def from_wire(cls, data: Mapping[str, Any] | None) -> "CaseLetter":
        data = data or {}
        letter = cls(**{k: str(data.get(k) or "")[:1000] for k in _LETTER_FIELDS})
        return letter


_LETTER_FIELDS = (
    "subject",
    "sender",
    "sender_name",
    "sender_number",
    "sender_date",
    "speed",
    "secrecy",
    "receive_number",
)


@dataclass(frozen=True)
class CaseStep:
    position: int
    person: str  # the head it goes before
    state: StepState = StepState.WAITING
    holder: str = ""  # who must act: the person, or whom it was forwarded to
    acted_by: str | None = None
    acted_at: dt.datetime | None = None

    def to_wire(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "person": self.person,
            "state": self.state.value,
            "holder": self.holder,
            "acted_by": self.acted_by,
            "acted_at": _iso(self.acted_at),
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "CaseStep":
        return cls(
            position=int(data["position"]),
            person=str(data["person"]),
            state=StepState(data["state"]),
            holder=str(data.get("holder") or data["person"]),
            acted_by=data.get("acted_by"),
            acted_at=_time(data.get("acted_at")),
        )


@dataclass(frozen=True)
class Minute:
    """A signed minute (บันทึกเกษียน): its own PDF, named by its SHA-256."""

    sha256: str
    text: str
    by: str  # who signed it
    at: dt.datetime
    step: int
    assign: tuple[Assignee, ...] = ()
    due: dt.date | None = None
    acting_for: str | None = None  # the head whose step it was, when someone acted for them

    def to_wire(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "text": self.text,
            "by": self.by,
            "at": _iso(self.at),
            "step": self.step,
            "assign": [a.to_wire() for a in self.assign],
            "due": self.due.isoformat() if self.due else None,
            "acting_for": self.acting_for,
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "Minute":
        at = _time(data["at"])
        assert at is not None
        return cls(
            sha256=str(data["sha256"]),
            text=str(data["text"]),
            by=str(data["by"]),
            at=at,
            step=int(data["step"]),
            assign=tuple(Assignee.from_wire(a) for a in data.get("assign") or ()),
            due=_date(data.get("due")),
            acting_for=data.get("acting_for"),
        )


@dataclass(frozen=True)
class Assignment:
    assignment_id: str  # ``ACTION_ID:N``: the same wherever the action that made it is applied
    kind: AssignmentKind
    assignee: Assignee  # as minuted or circulated
    holder: Assignee  # who holds it now (a pass moves it to a person)
    state: AssignmentState = AssignmentState.OPEN
    due: dt.date | None = None
    minute_sha256: str | None = None
    note: str | None = None
    reply_letter_id: str | None = None
    acted_by: str | None = None
    acted_at: dt.datetime | None = None
    passed_by: str | None = None

    def overdue(self, today: dt.date) -> bool:
        return self.state is AssignmentState.OPEN and self.due is not None and self.due < today

    def to_wire(self) -> dict[str, Any]:
        return {
            "assignment_id": self.assignment_id,
            "kind": self.kind.value,
            "assignee": self.assignee.to_wire(),
            "holder": self.holder.to_wire(),
            "state": self.state.value,
            "due": self.due.isoformat() if self.due else None,
            "minute_sha256": self.minute_sha256,
            "note": self.note,
            "reply_letter_id": self.reply_letter_id,
            "acted_by": self.acted_by,
            "acted_at": _iso(self.acted_at),
            "passed_by": self.passed_by,
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "Assignment":
        return cls(
            assignment_id=str(data["assignment_id"]),
            kind=AssignmentKind(data["kind"]),
            assignee=Assignee.from_wire(data["assignee"]),
            holder=Assignee.from_wire(data.get("holder") or data["assignee"]),
            state=AssignmentState(data["state"]),
            due=_date(data.get("due")),
            minute_sha256=data.get("minute_sha256"),
            note=data.get("note"),
            reply_letter_id=data.get("reply_letter_id"),
            acted_by=data.get("acted_by"),
            acted_at=_time(data.get("acted_at")),
            passed_by=data.get("passed_by"),
        )


@dataclass(frozen=True)
class CaseTask:
    """What waits for a person on a case: minute it (a head), or act on an assignment."""

    case_id: str
    kind: str  # "minute" or "assignment"
    assignment_id: str | None = None
    due: dt.date | None = None


@dataclass(frozen=True)
class Case:
    case_id: str
    letter: CaseLetter
    state: CaseState
    presenter: str | None = None
    summary: str = ""
    steps: tuple[CaseStep, ...] = ()
    minutes: tuple[Minute, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    revision: int = 0
    last_by: str | None = None
    last_at: dt.datetime | None = None

    @property
    def current(self) -> CaseStep | None:
        return next((s for s in self.steps if s.state is StepState.ACTIVE), None)

    @property
    def holder(self) -> str | None:
        """The head it waits for (presented), else None."""
        step = self.current
        return step.holder if step and self.state is CaseState.PRESENTED else None

    def assignment(self, assignment_id: str) -> Assignment | None:
        return next((a for a in self.assignments if a.assignment_id == assignment_id), None)

    def holders(self) -> tuple[Assignee, ...]:
        """Who holds it now: the head it waits for, or the holders of its open assignments."""
        if self.holder is not None:
            return (Assignee(person=self.holder),)
        return tuple(a.holder for a in self.assignments if a.state is AssignmentState.OPEN)

    def tasks_for(self, person: str, unit: str | None = None) -> tuple[CaseTask, ...]:
        tasks: list[CaseTask] = []
        if self.holder == person:
            tasks.append(CaseTask(self.case_id, "minute"))
        for a in self.assignments:
            if a.state is AssignmentState.OPEN and a.holder.covers(person, unit):
                tasks.append(CaseTask(self.case_id, "assignment", a.assignment_id, a.due))
        return tuple(tasks)

    def overdue(self, today: dt.date) -> tuple[Assignment, ...]:
        return tuple(a for a in self.assignments if a.overdue(today))

    def audience(self) -> tuple[frozenset[str], frozenset[str]]:
        """The people and units a secret case may reach: everyone on it (presenter, heads, the people
        they forwarded to, assignees and holders, whoever acted)."""
        people: set[str] = {p for p in (self.presenter, self.last_by) if p}
        units: set[str] = set()
        for s in self.steps:
            people.update(p for p in (s.person, s.holder, s.acted_by) if p)
        for a in self.assignments:
            for who in (a.assignee, a.holder):
                if who.person:
                    people.add(who.person)
                elif who.unit:
                    units.add(who.unit)
            people.update(p for p in (a.acted_by, a.passed_by) if p)
        return frozenset(people), frozenset(units)

    def to_wire(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "letter": self.letter.to_wire(),
            "state": self.state.value,
            "presenter": self.presenter,
            "summary": self.summary,
            "steps": [s.to_wire() for s in self.steps],
            "minutes": [m.to_wire() for m in self.minutes],
            "assignments": [a.to_wire() for a in self.assignments],
            "revision": self.revision,
            "last_by": self.last_by,
            "last_at": _iso(self.last_at),
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "Case":
        return cls(
            case_id=str(data["case_id"]),
            letter=CaseLetter.from_wire(data.get("letter")),
            state=CaseState(data["state"]),
            presenter=data.get("presenter"),
            summary=str(data.get("summary") or ""),
            steps=tuple(CaseStep.from_wire(s) for s in data.get("steps") or ()),
            minutes=tuple(Minute.from_wire(m) for m in data.get("minutes") or ()),
            assignments=tuple(Assignment.from_wire(a) for a in data.get("assignments") or ()),
            revision=int(data.get("revision") or 0),
            last_by=data.get("last_by"),
            last_at=_time(data.get("last_at")),
        )


@dataclass(frozen=True)
class CaseAction:
    action_id: str  # made once on the workstation: every retry of its delivery is the same action
    case_id: str
    kind: CaseActionKind
    person: str
    at: dt.datetime
    base_revision: int = 0  # the case's revision it was taken on (for the record; races are by state)
    summary: str = ""  # present
    steps: tuple[str, ...] = ()  # present: the heads, in order
    letter: CaseLetter | None = None  # present
    text: str = ""  # minute
    assign: tuple[Assignee, ...] = ()  # minute
    due: dt.date | None = None  # minute
    minute_sha256: str | None = None  # minute
    forward_to: str | None = None  # forward
    assignment_id: str | None = None  # acknowledge, pass, reply, done
    pass_to: str | None = None  # pass
    reply_letter_id: str | None = None  # reply
    note: str = ""  # acknowledge, pass, reply, done (required), circulate
    to: tuple[Assignee, ...] = ()  # circulate

    def to_wire(self) -> dict[str, Any]:
        return {
            "action_id": self.action_id,
            "case_id": self.case_id,
            "kind": self.kind.value,
            "person": self.person,
            "at": _iso(self.at),
            "base_revision": self.base_revision,
            "summary": self.summary,
            "steps": list(self.steps),
            "letter": self.letter.to_wire() if self.letter else None,
            "text": self.text,
            "assign": [a.to_wire() for a in self.assign],
            "due": self.due.isoformat() if self.due else None,
            "minute_sha256": self.minute_sha256,
            "forward_to": self.forward_to,
            "assignment_id": self.assignment_id,
            "pass_to": self.pass_to,
            "reply_letter_id": self.reply_letter_id,
            "note": self.note,
            "to": [a.to_wire() for a in self.to],
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "CaseAction":
        """The action from its wire form; :class:`CaseError` for a malformed one."""
        try:
            at = _time(data["at"])
            if at is None:
                raise ValueError("no time")
            return cls(
                action_id=str(data["action_id"]),
                case_id=str(data["case_id"]),
                kind=CaseActionKind(data["kind"]),
                person=check_person_id(str(data["person"])),
                at=at,
                base_revision=int(data.get("base_revision") or 0),
                summary=str(data.get("summary") or ""),
                steps=tuple(str(s) for s in data.get("steps") or ()),
                letter=CaseLetter.from_wire(data["letter"]) if data.get("letter") else None,
                text=str(data.get("text") or ""),
                assign=tuple(Assignee.from_wire(a) for a in data.get("assign") or ()),
                due=_date(data.get("due")),
                minute_sha256=data.get("minute_sha256"),
                forward_to=data.get("forward_to"),
                assignment_id=data.get("assignment_id"),
                pass_to=data.get("pass_to"),
                reply_letter_id=data.get("reply_letter_id"),
                note=str(data.get("note") or ""),
                to=tuple(Assignee.from_wire(a) for a in data.get("to") or ()),
            )
        except CaseError:
            raise
        except (KeyError, TypeError, ValueError, DomainError) as e:
            raise CaseError(f"malformed case action: {e}", thai="คำสั่งงานไม่ถูกต้อง") from e


def _date(text: Any) -> dt.date | None:
    if not text:
        return None
    return text if isinstance(text, dt.date) else dt.date.fromisoformat(str(text))
