"""A received letter's way on this workstation (docs/incoming.md): the saraban officer presents it to the
heads, the head who holds it writes and signs a minute (desk/minutes.py) that assigns it, the assignees
acknowledge, pass, reply or mark it done, and a head or the saraban officer circulates it. Every action is
applied here at once (offline too) with the people held here and queued for the server (sync/cases.py).

The command line and the window use these; the rules are domain.cases', the writing store.cases'. What a case
shows (its letter, minutes, history, the receive register) is in desk/incoming_view.py.
"""

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eoffice_desktop.desk.minutes import write_minute
from eoffice_desktop.desk.routing import RouteSigning
from eoffice_desktop.domain.case_model import (
    Assignee,
    AssignmentKind,
    Case,
    CaseAction,
    CaseActionKind,
    CaseLetter,
    CaseTask,
)
from eoffice_desktop.domain.cases import acting_for, apply
from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.thai import thai_date
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.render.minute import MinutedLetter
from eoffice_desktop.store.cases import CaseRecord, CaseStore
from eoffice_desktop.store.inbox import ReceivedLetter
from eoffice_desktop.store.letters import LetterRecord
from eoffice_desktop.store.people import People
from eoffice_desktop.workspace import Workspace

ON_ASSIGNMENT = (CaseActionKind.ACKNOWLEDGE, CaseActionKind.PASS, CaseActionKind.REPLY, CaseActionKind.DONE)


class IncomingError(EOfficeError):
    """A case action this workstation cannot take (nothing is written)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _people(workspace: Workspace) -> dict[str, Person] | None:
    found = {p.person_id: p for p in People(workspace.store).all()}
    return found or None


def received(workspace: Workspace, case_id: str) -> ReceivedLetter:
    """The received letter a case belongs to (named by its server id)."""
    found = workspace.inbox.get(case_id)
    if found is None:
        raise IncomingError(
            f"letter {case_id} is not in this workstation's inbox: sync first",
            thai="ไม่พบหนังสือนี้ในหนังสือเข้าของเครื่องนี้ กรุณาซิงก์ก่อน",
        )
    return found


def is_case(workspace: Workspace, letter_id: str) -> bool:
    """Whether ``letter_id`` names a received letter (or a case) here, rather than a letter of our own."""
    return (
        workspace.inbox.has(letter_id)
        or CaseStore(workspace.store, workspace.actor).get(letter_id) is not None
    )


def case_letter(letter: ReceivedLetter) -> CaseLetter:
    """What a case carries of its letter, from the inbox and the receive register."""
    got, entry = letter.received, letter.entry
    date = (entry.letter_date if entry else None) or got.letter_date
    return CaseLetter(
        subject=(entry.subject if entry else "") or got.subject,
        sender=got.sender_agency,
        sender_name=got.sender_name or (entry.from_party if entry else "") or got.sender_agency,
        sender_number=(entry.number if entry else "") or got.number,
        sender_date=thai_date(date) if date else "",
        speed=got.speed or "",
        secrecy=got.secrecy or "",
        receive_number=f"{got.register_no}/{got.register_year}",
    )


def held(workspace: Workspace, case_id: str) -> CaseRecord:
    found = CaseStore(workspace.store, workspace.actor).get(case_id)
    if found is None:
        raise IncomingError(
            f"letter {case_id} has not been presented yet (inbox present)",
            thai="หนังสือนี้ยังไม่ได้เสนอ (inbox present)",
        )
    return found


def assignee_of(workspace: Workspace, text: str) -> Assignee:
    """A person (by id) of the people held here, else a unit by its name as the people give it."""
    text = " ".join(text.split())
    people = People(workspace.store)
    if people.get(text) is not None:
        return Assignee(person=text)
    units = {" ".join(p.unit.split()): p.unit for p in people.all() if p.unit}
    if text in units:
        return Assignee(unit=units[text])
    raise IncomingError(
        f"{text!r} is neither a person's id nor a unit of the people held here (see `people search`)",
        thai=f"ไม่พบบุคคลหรือหน่วยงาน {text} ในรายชื่อบุคลากรของเครื่องนี้ (ดูด้วยคำสั่ง people search)",
    )


def _action(case_id: str, kind: CaseActionKind, person: str, base: Case | None, **more: Any) -> CaseAction:
    return CaseAction(str(uuid.uuid4()), case_id, kind, person, _now(), base.revision if base else 0, **more)


def present(workspace: Workspace, case_id: str, person: str, summary: str, steps: Sequence[str]) -> Case:
    """The saraban officer presents the received letter to the heads ``steps`` in order, with a summary."""
    letter = case_letter(received(workspace, case_id))
    current = CaseStore(workspace.store, workspace.actor).get(case_id)
    base = current.case if current else None
    action = _action(
        case_id, CaseActionKind.PRESENT, person, base, summary=summary, steps=tuple(steps), letter=letter
    )
    return CaseStore(workspace.store, workspace.actor).record(action)


def minute(
    workspace: Workspace,
    case_id: str,
    person: str,
    text: str,
    signing: RouteSigning | Callable[[], RouteSigning] | None,
    *,
    assign: Sequence[str] = (),
    due: dt.date | None = None,
) -> Case:
    """The head who holds the case writes a minute: made, signed with their own token (refused before the
    PIN when the token's certificate is not theirs) and queued. The rules are checked before anything is
    made or signed (``signing`` may be a function that makes it, called once they allowed the minute)."""
    record = held(workspace, case_id)
    case = record.case
    targets = tuple(assignee_of(workspace, t) for t in assign)
    probe = _action(
        case_id, CaseActionKind.MINUTE, person, case, text=text, assign=targets, due=due,
        minute_sha256="0" * 64,
    )  # fmt: skip
    apply(case, probe, _people(workspace))
    if signing is None:
        raise IncomingError(
            "a minute is signed with the head's token", thai="บันทึกเกษียนต้องลงนามด้วยโทเค็นของผู้เกษียน"
        )
    if not isinstance(signing, RouteSigning):
        signing = signing()
    letter = case.letter
    minuted = MinutedLetter(
        receive_number=letter.receive_number,
        subject=letter.subject,
        sender=letter.sender_name or letter.sender,
        number=letter.sender_number,
        date=None,
        received_at=None,
        speed=letter.speed or None,
        secrecy=letter.secrecy or None,
    )
    found = workspace.inbox.get(case_id)
    signed = write_minute(
        workspace,
        case_id,
        signing,
        head=person,
        text=text,
        assign=[t.to_wire() for t in targets],
        due=due,
        summary=case.summary,
        letter=None if found is not None else minuted,
        acting_for=acting_for(case, probe),
    )
    action = replace(probe, minute_sha256=signed.sha256, at=_now())
    return CaseStore(workspace.store, workspace.actor).record(action, minute_pdf=signed.pdf)


def forward(workspace: Workspace, case_id: str, person: str, to: str, note: str = "") -> Case:
    """The head who holds the case hands their step to ``to``, who then minutes it acting for them
    (รักษาราชการแทน)."""
    case = held(workspace, case_id).case
    action = _action(case_id, CaseActionKind.FORWARD, person, case, forward_to=to, note=note)
    return CaseStore(workspace.store, workspace.actor).record(action)


def _assignment(case: Case, person: str, unit: str | None, kind: CaseActionKind) -> str:
    """The open assignment of ``person`` (or their unit) that ``kind`` acts on: their own before their
    unit's; acknowledge takes a circulation too, the others only a minute's."""
    mine = [t for t in case.tasks_for(person, unit) if t.kind == "assignment" and t.assignment_id]
    usable = []
    for task in mine:
        assignment = case.assignment(str(task.assignment_id))
        if assignment is None:
            continue
        if kind is not CaseActionKind.ACKNOWLEDGE and assignment.kind is not AssignmentKind.MINUTE:
            continue
        usable.append((assignment.holder.person is None, assignment.assignment_id))
    if not usable:
        raise IncomingError(
            f"nothing of letter {case.case_id} waits for {person} to {kind.value}",
            thai=f"ไม่มีงานของหนังสือนี้ที่รอ {person} ดำเนินการ ({kind.thai})",
        )
    return sorted(usable)[0][1]


def act(
    workspace: Workspace,
    case_id: str,
    kind: CaseActionKind,
    person: str,
    note: str = "",
    *,
    pass_to: str | None = None,
    reply_letter_id: str | None = None,
) -> Case:
    """``person`` acts on their assignment of the case: acknowledge, pass (to ``pass_to``), done (a note
    required) or reply (``reply_letter_id``: use :func:`reply` to draft it)."""
    if kind not in ON_ASSIGNMENT:
        raise IncomingError(f"{kind.value} is not an action on an assignment")
    case = held(workspace, case_id).case
    person_record = People(workspace.store).get(person)
    unit = person_record.unit if person_record is not None else None
    assignment = _assignment(case, person, unit, kind)
    action = _action(
        case_id, kind, person, case, assignment_id=assignment, note=note, pass_to=pass_to,
        reply_letter_id=reply_letter_id,
    )  # fmt: skip
    return CaseStore(workspace.store, workspace.actor).record(
        action, reply_letter=reply_letter_id if kind is CaseActionKind.REPLY else None
    )


@dataclass(frozen=True)
class Reply:
    letter: LetterRecord  # the new draft
    case: Case
    recipient_agency: str  # the sender agency's code: where the signed reply is sent


def reply_data(letter: CaseLetter, data: Mapping[str, Any]) -> dict[str, Any]:
    """The reply's data: อ้างถึง the received letter (the sender's number and date), and unless ``data``
    gives them, the recipient (the sender agency) and the subject of the received letter."""
    filled = dict(data)
    reference = f"หนังสือ{letter.sender_name or letter.sender} ที่ {letter.sender_number}".strip()
    if letter.sender_date:
        reference += f" ลงวันที่ {letter.sender_date}"
    filled["reference"] = reference
    if not str(filled.get("recipient") or "").strip():
        filled["recipient"] = letter.sender_name or letter.sender
    if not str(filled.get("subject") or "").strip():
        filled["subject"] = letter.subject
    return filled


def reply(
    workspace: Workspace,
    case_id: str,
    person: str,
    template_id: str,
    data: Mapping[str, Any],
    note: str = "",
) -> Reply:
    """A new draft replying to the received letter, linked to the case, made with the reply action on the
    person's assignment in one transaction. The draft then goes on the outgoing way (`route`)."""
    case = held(workspace, case_id).case
    person_record = People(workspace.store).get(person)
    unit = person_record.unit if person_record is not None else None
    assignment = _assignment(case, person, unit, CaseActionKind.REPLY)
    template = workspace.services.templates.get(template_id)
    letter_id = str(uuid.uuid4())
    action = _action(
        case_id, CaseActionKind.REPLY, person, case, assignment_id=assignment, note=note,
        reply_letter_id=letter_id,
    )  # fmt: skip
    done = CaseStore(workspace.store, workspace.actor).record(
        action, reply_letter=letter_id, reply_draft=(template.id, reply_data(case.letter, data))
    )
    return Reply(workspace.letters.get(letter_id), done, case.letter.sender)


def circulate(workspace: Workspace, case_id: str, person: str, to: Sequence[str], note: str = "") -> Case:
    """A head or the saraban officer circulates the letter (แจ้งเวียน): each person or unit acknowledges."""
    case = held(workspace, case_id).case
    targets = tuple(assignee_of(workspace, t) for t in to)
    action = _action(case_id, CaseActionKind.CIRCULATE, person, case, to=targets, note=note)
    return CaseStore(workspace.store, workspace.actor).record(action)


@dataclass(frozen=True)
class CaseTaskView:
    task: CaseTask
    case: Case
    local: bool

    def describe(self) -> dict[str, Any]:
        return {
            "case_id": self.case.case_id,
            "task": self.task.kind,
            "assignment_id": self.task.assignment_id,
            "due": self.task.due.isoformat() if self.task.due else None,
            "subject": self.case.letter.subject,
            "speed": self.case.letter.speed or None,
            "receive_number": self.case.letter.receive_number,
            "state": self.case.state.value,
            "local": self.local,
        }


def case_tasks(workspace: Workspace, person: str) -> list[CaseTaskView]:
    """What waits for ``person`` on received letters: minutes to write, assignments (theirs or their
    unit's), the soonest due first."""
    person_record = People(workspace.store).get(person)
    unit = person_record.unit if person_record is not None else None
    found = [
        CaseTaskView(task, record.case, record.local)
        for record, task in CaseStore(workspace.store, workspace.actor).tasks(person, unit)
    ]
    return sorted(found, key=lambda t: (t.task.due or dt.date.max, t.case.case_id))
