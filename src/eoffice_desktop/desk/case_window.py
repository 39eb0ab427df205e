"""The window's door to an incoming letter's way (docs/incoming.md): a case as the window shows it, the
person's case tasks beside their route tasks, and the actions (present, minute, acknowledge, done, pass,
reply), each applied here at once by the rules of ``domain.cases``.

The workstation's case store and its sync are being built elsewhere; until they land, the cases this
process takes are held by :class:`HeldCases` (in memory, one per workspace, minutes' PDFs in the store's
blobs). The window reaches cases only through the functions below, so swapping what holds them changes
nothing in ui/.
"""

import datetime as dt
import io
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from eoffice_desktop.desk.minutes import minuted_letter, write_minute
from eoffice_desktop.desk.route_view import acting_person
from eoffice_desktop.desk.routing import RouteSigning
from eoffice_desktop.domain.case_model import (
    Assignee,
    AssignmentKind,
    AssignmentState,
    Case,
    CaseAction,
    CaseActionKind,
    CaseLetter,
    CaseTask,
)
from eoffice_desktop.domain.cases import apply
from eoffice_desktop.domain.classes import SPEED_CLASSES, rank
from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.thai import thai_zone
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.people import People
from eoffice_desktop.workspace import Workspace

__all__ = [
    "CaseLine",
    "CaseTaskRow",
    "CaseView",
    "CaseWindowError",
    "HeldCases",
    "act",
    "case_task_ids",
    "case_view",
    "held_cases",
    "letter_pdf",
    "minute",
    "minutes_pdf",
    "my_case_tasks",
    "people_by_id",
    "present",
    "printable",
    "units",
]


class CaseWindowError(EOfficeError):
    """A case the window cannot show or act on (nothing is changed)."""


@dataclass
class HeldCases:
    """The cases this workspace knows and the actions taken on them here, in order."""

    cases: dict[str, Case] = field(default_factory=dict)
    actions: dict[str, list[CaseAction]] = field(default_factory=dict)

    def take(self, action: CaseAction, people: Mapping[str, Person] | None) -> Case:
        case = apply(self.cases.get(action.case_id), action, people)
        self.cases[action.case_id] = case
        self.actions.setdefault(action.case_id, []).append(action)
        return case

    def adopt(self, other: "HeldCases") -> None:
        """What another workstation holds, as a sync would bring it (their cases win)."""
        self.cases.update(other.cases)
        for case_id, taken in other.actions.items():
            self.actions[case_id] = list(taken)


_HELD: dict[int, HeldCases] = {}


def held_cases(workspace: Workspace) -> HeldCases:
    """The cases of ``workspace``'s store (one holder per open store)."""
    return _HELD.setdefault(id(workspace.store), HeldCases())


def people_by_id(workspace: Workspace) -> dict[str, Person]:
    return {p.person_id: p for p in People(workspace.store).all()}


def units(workspace: Workspace) -> list[str]:
    """The units (กลุ่ม/กอง) of the people held here, for assigning to a whole unit."""
    from eoffice_desktop.domain.thai_order import thai_sort_key

    return sorted({p.unit for p in People(workspace.store).all() if p.unit}, key=thai_sort_key)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _case(workspace: Workspace, case_id: str) -> Case:
    case = held_cases(workspace).cases.get(case_id)
    if case is None:
        raise CaseWindowError(f"case {case_id} is not held here", thai="ไม่พบเรื่องนี้ในเครื่องนี้ กรุณาซิงก์ก่อน")
    return case


def _take(workspace: Workspace, action: CaseAction) -> Case:
    return held_cases(workspace).take(action, people_by_id(workspace))


# reading


@dataclass(frozen=True)
class CaseLine:
    """A line of the case's history: who did what, when, with which note."""

    at: dt.datetime
    who: str  # name
    action: str  # Thai, as the register says it
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


def case_view(workspace: Workspace, case_id: str) -> CaseView:
    case = _case(workspace, case_id)
    people = people_by_id(workspace)
    try:
        person: str | None = acting_person(workspace)
    except EOfficeError:
        person = None
    me = people.get(person or "")
    names = {p.person_id: p.name for p in people.values()}
    positions = {p.person_id: p.position for p in people.values() if p.position}
    history = tuple(
        CaseLine(a.at, names.get(a.person, a.person), a.kind.thai, _detail(a, names))
        for a in held_cases(workspace).actions.get(case_id, [])
    )
    tasks = case.tasks_for(person, me.unit if me else None) if person else ()
    mates = tuple(
        p for p in people.values() if me and me.unit and p.unit == me.unit and p.person_id != person
    )
    return CaseView(case, person, tasks, names, positions, history, mates)


def letter_pdf(workspace: Workspace, case_id: str) -> bytes:
    """The received letter's PDF as the inbox keeps it."""
    found = workspace.inbox.get(case_id)
    if found is None:
        raise CaseWindowError(
            f"letter {case_id} is not in this workstation's inbox", thai="ไม่พบหนังสือนี้ในหนังสือเข้าของเครื่องนี้"
        )
    return workspace.store.get_blob(found.pdf_sha256)


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
    found = []
    for m in _case(workspace, case_id).minutes:
        try:
            found.append(workspace.store.get_blob(m.sha256))
        except OSError:
            continue
    return _joined(found) if found else None


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
    me = People(workspace.store).get(person)
    today = dt.datetime.now(thai_zone()).date()
    rows = []
    for case in held_cases(workspace).cases.values():
        for task in case.tasks_for(person, me.unit if me else None):
            rows.append(
                CaseTaskRow(
                    case.case_id,
                    task.kind,
                    task.assignment_id,
                    case.letter.subject,
                    case.letter.speed,
                    case.last_at or _now(),
                    case.letter.sender_name or case.letter.sender,
                    task.due,
                    task.due is not None and task.due < today,
                )
            )
    return rows


def my_case_tasks(workspace: Workspace, text: str = "") -> list[CaseTaskRow]:
    """The person's case tasks, urgent first, then overdue, then the oldest; CaseWindowError (RoutingError)
    when the workstation does not know whom it acts for."""
    wanted = text.strip().casefold()
    rows = [r for r in _rows(workspace, acting_person(workspace)) if wanted in r.subject.casefold()]
    return sorted(rows, key=lambda r: (rank(r.speed, SPEED_CLASSES), not r.overdue, r.since, r.case_id))


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
    received = minuted_letter(workspace, case_id)
    found = workspace.inbox.get(case_id)
    sender = found.received.sender_agency if found else ""
    letter = CaseLetter(
        subject=received.subject,
        sender=sender,
        sender_name=received.sender,
        sender_number=received.number,
        sender_date=received.date.isoformat() if received.date else "",
        speed=received.speed or "",
        secrecy=received.secrecy or "",
        receive_number=received.receive_number,
    )
    case = held_cases(workspace).cases.get(case_id)
    action = CaseAction(
        str(uuid.uuid4()),
        case_id,
        CaseActionKind.PRESENT,
        acting_person(workspace),
        _now(),
        case.revision if case else 0,
        summary=summary.strip(),
        steps=tuple(heads),
        letter=letter,
    )
    return _take(workspace, action)


def minute(
    workspace: Workspace,
    case_id: str,
    signing: RouteSigning,
    *,
    text: str,
    assign: Sequence[Assignee] = (),
    due: dt.date | None = None,
) -> Case:
    """The head writes and signs the minute (with their own token) and it is applied: the token work runs
    where this is called (a worker)."""
    case = _case(workspace, case_id)
    person = acting_person(workspace)
    step = case.current
    acting_for = step.person if step is not None and step.person != person else None
    made = write_minute(
        workspace,
        case_id,
        signing,
        head=person,
        text=text,
        assign=[a.to_wire() for a in assign],
        due=due,
        summary=case.summary,
        acting_for=acting_for,
    )
    action = CaseAction(
        str(uuid.uuid4()),
        case_id,
        CaseActionKind.MINUTE,
        person,
        _now(),
        case.revision,
        text=text.strip(),
        assign=tuple(assign),
        due=due,
        minute_sha256=made.sha256,
    )
    taken = _take(workspace, action)  # the rules first: a refused minute leaves no blob behind
    workspace.store.put_blob(made.pdf)
    return taken


def act(
    workspace: Workspace,
    case_id: str,
    kind: CaseActionKind,
    assignment_id: str,
    *,
    note: str = "",
    pass_to: str | None = None,
    reply_letter_id: str | None = None,
) -> Case:
    """Acknowledge, mark done (a note), pass on (to a person of the same unit) or reply on an assignment."""
    assert kind in (
        CaseActionKind.ACKNOWLEDGE,
        CaseActionKind.DONE,
        CaseActionKind.PASS,
        CaseActionKind.REPLY,
    )
    case = _case(workspace, case_id)
    action = CaseAction(
        str(uuid.uuid4()),
        case_id,
        kind,
        acting_person(workspace),
        _now(),
        case.revision,
        assignment_id=assignment_id,
        note=note.strip(),
        pass_to=pass_to,
        reply_letter_id=reply_letter_id,
    )
    return _take(workspace, action)


def open_assignments(case: Case) -> int:
    return sum(1 for a in case.assignments if a.state is AssignmentState.OPEN)
