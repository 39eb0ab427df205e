"""The window's door to an incoming letter's way (docs/incoming.md): a case as the window shows it (its
history from the server's entries and this workstation's own actions), the person's case tasks beside their
route tasks, and the actions, taken through desk/incoming.py as the command line takes them, for the person
this workstation acts for.
"""

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eoffice_desktop.desk import incoming
from eoffice_desktop.desk.route_view import acting_person
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
from eoffice_desktop.domain.classes import SPEED_CLASSES, rank
from eoffice_desktop.domain.people import Person, Role
from eoffice_desktop.domain.thai import thai_zone
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.cases import CaseStore
from eoffice_desktop.store.letters import LetterRecord
from eoffice_desktop.store.people import People
from eoffice_desktop.templates import Template
from eoffice_desktop.workspace import Workspace

EXTERNAL_REPLY = "external-letter"  # หนังสือภายนอก
MEMO_REPLY = "memo"  # บันทึกข้อความ: a reply inside the agency
REPLY_TEMPLATES = (EXTERNAL_REPLY, MEMO_REPLY)
"""The kinds of letter a reply is drafted as from the window (the person may change the draft as any)."""

__all__ = [
    "CaseLine",
    "CaseTaskRow",
    "CaseView",
    "act",
    "case_task_ids",
    "case_view",
    "circulate",
    "forward",
    "has_case",
    "letter_pdf",
    "minute",
    "minutes_pdf",
    "my_case_tasks",
    "people_by_id",
    "present",
    "printable",
    "reply",
    "reply_as",
    "reply_templates",
    "units",
]


def _cases(workspace: Workspace) -> CaseStore:
    return CaseStore(workspace.store, workspace.actor)


def has_case(workspace: Workspace, case_id: str) -> bool:
    """Whether the received letter ``case_id`` is on its way already (presented)."""
    return _cases(workspace).get(case_id) is not None


def people_by_id(workspace: Workspace) -> dict[str, Person]:
    return {p.person_id: p for p in People(workspace.store).all()}


def units(workspace: Workspace) -> list[str]:
    """The units (กลุ่ม/กอง) of the people held here, for assigning to a whole unit."""
    from eoffice_desktop.domain.thai_order import thai_sort_key

    return sorted({p.unit for p in People(workspace.store).all() if p.unit}, key=thai_sort_key)


# reading


@dataclass(frozen=True)
class CaseLine:
    """A line of the case's history: who did what, when, with which note."""

    at: dt.datetime
    who: str  # name
    kind: CaseActionKind
    note: str


@dataclass(frozen=True)
class CaseView:
    case: Case
    person: str | None  # whom this workstation acts for (None: unknown, shown without actions)
    tasks: tuple[CaseTask, ...]  # the person's on this case
    names: dict[str, str]
    positions: dict[str, str]
    history: tuple[CaseLine, ...]
    pass_to: tuple[Person, ...]  # the people of the person's unit (to pass an assignment on)
    circulates: bool = False  # a head on it, its presenter or a saraban officer: may circulate it
    reply_as: str = EXTERNAL_REPLY  # the kind of reply offered first (see :func:`reply_as`)

    @property
    def subject(self) -> str:
        return self.case.letter.subject

    def name(self, person_id: str | None) -> str:
        return self.names.get(person_id or "", person_id or "")

    def assignee(self, who: Assignee) -> str:
        return self.name(who.person) if who.person else str(who.unit)

    @property
    def minutes_it(self) -> bool:
        return any(t.kind == "minute" for t in self.tasks)

    def assignment_task(self) -> CaseTask | None:
        return next((t for t in self.tasks if t.kind == "assignment"), None)

    def circulated(self) -> bool:
        task = self.assignment_task()
        found = self.case.assignment(task.assignment_id or "") if task else None
        return found is not None and found.kind is AssignmentKind.CIRCULATE


def _detail(action: CaseAction, names: Mapping[str, str]) -> str:
    if action.kind is CaseActionKind.PRESENT:
        return action.summary
    if action.kind is CaseActionKind.MINUTE:
        return action.text
    if action.kind is CaseActionKind.PASS and action.pass_to:
        passed = f"→ {names.get(action.pass_to, action.pass_to)}"
        return f"{passed} {action.note}".strip()
    return action.note


def _history(workspace: Workspace, case_id: str, names: Mapping[str, str]) -> tuple[CaseLine, ...]:
    """The server's entries, then this workstation's actions it has not accepted yet (queued, or refused:
    said as such)."""
    cases = _cases(workspace)
    seen: set[str] = set()
    lines = []
    for entry in cases.history(case_id):
        try:
            action = CaseAction.from_wire(entry["action"])
        except (KeyError, TypeError, EOfficeError):
            continue
        seen.add(action.action_id)
        note = _detail(action, names)
        if entry.get("outcome") not in (None, "accepted"):
            note = f"{note} ({entry.get('outcome')})".strip()
        lines.append(CaseLine(action.at, names.get(action.person, action.person), action.kind, note))
    for record in cases.actions(case_id):
        action = record.action
        if action.action_id in seen:
            continue
        note = _detail(action, names)
        if record.message:
            note = f"{note} ({record.message})".strip()
        lines.append(CaseLine(action.at, names.get(action.person, action.person), action.kind, note))
    return tuple(lines)


def case_view(workspace: Workspace, case_id: str) -> CaseView:
    case = incoming.held(workspace, case_id).case
    people = people_by_id(workspace)
    try:
        person: str | None = acting_person(workspace)
    except EOfficeError:
        person = None
    me = people.get(person or "")
    names = {p.person_id: p.name for p in people.values()}
    positions = {p.person_id: p.position for p in people.values() if p.position}
    history = _history(workspace, case_id, names)
    tasks = case.tasks_for(person, me.unit if me else None) if person else ()
    mates = tuple(
        p for p in people.values() if me and me.unit and p.unit == me.unit and p.person_id != person
    )
    heads = {p for step in case.steps for p in (step.person, step.holder)}
    circulates = person is not None and (
        person in heads or person == case.presenter or (me is not None and Role.SARABAN in me.roles)
    )
    answer = reply_as(workspace, case.letter)
    return CaseView(case, person, tasks, names, positions, history, mates, circulates, answer)


def reply_as(workspace: Workspace, letter: CaseLetter) -> str:
    """The template a reply to ``letter`` is offered as first: a memo (บันทึกข้อความ) when the letter came
    from inside this agency (the agency itself, its ministry or department, as the directory held offline
    places them), else an external letter (หนังสือภายนอก)."""
    from eoffice_desktop.desk.sending import Sending

    inside = bool(letter.sender) and Sending(workspace).inside_agency(letter.sender)
    return MEMO_REPLY if inside else EXTERNAL_REPLY


def reply_templates(workspace: Workspace) -> list[Template]:
    """The templates a reply may be made with (of :data:`REPLY_TEMPLATES`, those installed)."""
    found = []
    for template_id in REPLY_TEMPLATES:
        try:
            found.append(workspace.services.templates.get(template_id))
        except EOfficeError:  # an installation without it: the others are offered
            continue
    return found


def letter_pdf(workspace: Workspace, case_id: str) -> bytes:
    """The received letter's PDF as the inbox keeps it."""
    return workspace.store.get_blob(incoming.received(workspace, case_id).pdf_sha256)


def _joined(pdfs: Sequence[bytes]) -> bytes:
    import pikepdf

    parts = [pikepdf.open(io.BytesIO(data)) for data in pdfs]
    try:
        joined = pikepdf.new()
        for part in parts:
            joined.add_pages_from(part)  # with their form fields: the signatures stay drawn
        out = io.BytesIO()
        joined.save(out)
        return out.getvalue()
    finally:
        for part in parts:
            part.close()


def minutes_pdf(workspace: Workspace, case_id: str) -> bytes | None:
    """The case's minutes one after another (None: not minuted yet, or none of their PDFs here)."""
    cases = _cases(workspace)
    found = [cases.minute_pdf(m.sha256) for m in incoming.held(workspace, case_id).case.minutes]
    pdfs = [pdf for pdf in found if pdf is not None]
    return _joined(pdfs) if pdfs else None


def printable(workspace: Workspace, case_id: str) -> bytes:
    """The letter then its minutes, to print together."""
    minutes = minutes_pdf(workspace, case_id)
    letter = letter_pdf(workspace, case_id)
    return _joined([letter, minutes]) if minutes else letter


@dataclass(frozen=True)
class CaseTaskRow:
    """A line of "my tasks" for a case: minute it (a head), or act on an assignment."""

    case_id: str
    kind: str  # "minute" or "assignment"
    assignment_id: str | None
    subject: str
    speed: str
    since: dt.datetime
    sender: str
    due: dt.date | None
    overdue: bool

    @property
    def letter_id(self) -> str:
        return self.case_id

    @property
    def task(self) -> "CaseTaskRow":  # the columns of my tasks read ``row.task`` as for route tasks
        return self

    @property
    def drafter(self) -> str:  # the "From" column: the sending agency
        return self.sender


def _rows(workspace: Workspace, person: str) -> list[CaseTaskRow]:
    today = dt.datetime.now(thai_zone()).date()
    rows = []
    for view in incoming.case_tasks(workspace, person):
        case, task = view.case, view.task
        rows.append(
            CaseTaskRow(
                case.case_id,
                task.kind,
                task.assignment_id,
                case.letter.subject,
                case.letter.speed,
                case.last_at or dt.datetime.now(dt.UTC),
                case.letter.sender_name or case.letter.sender,
                task.due,
                task.due is not None and task.due < today,
            )
        )
    return rows


def my_case_tasks(workspace: Workspace, text: str = "") -> list[CaseTaskRow]:
    """The person's case tasks, urgent first, then overdue, then the oldest; RoutingError
    when the workstation does not know whom it acts for."""
    wanted = text.strip().casefold()
    rows = [r for r in _rows(workspace, acting_person(workspace)) if wanted in r.subject.casefold()]
    return sorted(rows, key=lambda r: (-rank(r.speed, SPEED_CLASSES), not r.overdue, r.since, r.case_id))


def case_task_ids(workspace: Workspace) -> dict[str, str]:
    """case id → ``case-minute`` / ``case-assignment``, for the count of my tasks; empty when unknown."""
    try:
        person = acting_person(workspace)
    except EOfficeError:
        return {}
    return {r.case_id: f"case-{r.kind}" for r in _rows(workspace, person)}


# acting


def present(workspace: Workspace, case_id: str, summary: str, heads: Sequence[str]) -> Case:
    """The saraban officer presents the received letter ``case_id`` to ``heads`` in turn."""
    return incoming.present(workspace, case_id, acting_person(workspace), summary.strip(), heads)


def _target(assignee: Assignee) -> str:
    return assignee.person if assignee.person is not None else str(assignee.unit)


def minute(
    workspace: Workspace,
    case_id: str,
    signing: RouteSigning,
    *,
    text: str,
    assign: Sequence[Assignee] = (),
    due: dt.date | None = None,
) -> Case:
    """The head writes and signs the minute with their own token; the token work runs where this is called
    (a worker)."""
    person = acting_person(workspace)
    targets = [_target(a) for a in assign]
    return incoming.minute(workspace, case_id, person, text.strip(), signing, assign=targets, due=due)


def forward(workspace: Workspace, case_id: str, to: str) -> Case:
    """The head who holds the case hands their step to ``to`` (who minutes it acting for them)."""
    return incoming.forward(workspace, case_id, acting_person(workspace), to)


def circulate(workspace: Workspace, case_id: str, to: Sequence[Assignee], note: str = "") -> Case:
    """A head or the saraban officer circulates the letter (แจ้งเวียน): each person or unit acknowledges."""
    targets = [_target(a) for a in to]
    return incoming.circulate(workspace, case_id, acting_person(workspace), targets, note.strip())


def act(
    workspace: Workspace,
    case_id: str,
    kind: CaseActionKind,
    *,
    note: str = "",
    pass_to: str | None = None,
) -> Case:
    """Acknowledge, mark done (a note) or pass on (to a person of the same unit) the person's assignment."""
    return incoming.act(workspace, case_id, kind, acting_person(workspace), note.strip(), pass_to=pass_to)


def reply(
    workspace: Workspace, case_id: str, note: str = "", template_id: str = EXTERNAL_REPLY
) -> tuple[LetterRecord, dict[str, Any]]:
    """A reply draft of ``template_id`` (อ้างถึง, recipient and subject from the received letter), recorded
    as the person's reply on the case; the draft and its data, to open in the editor."""
    made = incoming.reply(workspace, case_id, acting_person(workspace), template_id, {}, note.strip())
    return made.letter, workspace.letters.data(made.letter.id)
