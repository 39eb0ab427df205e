"""A route as the window shows it: a person's tasks with the drafter's name, and one letter's way (its steps
with their people, its history, this workstation's actions not yet sent). Reads only; the actions are
desk.routing's."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from eoffice_desktop.desk.routing import PeopleLookup, Task, resolve_person, tasks
from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.routes import Action, ActionKind, Route
from eoffice_desktop.store.people import People
from eoffice_desktop.store.routes import PENDING, RouteStore
from eoffice_desktop.workspace import Workspace


@dataclass(frozen=True)
class TaskRow:
    """A line of "my tasks"."""

    task: Task
    drafter: str  # the drafter's name (their id when the people held do not know them)

    @property
    def letter_id(self) -> str:
        return self.task.letter_id


@dataclass(frozen=True)
class HistoryLine:
    """One thing that happened on the letter's way, as the history shows it."""

    at: dt.datetime | None
    kind: ActionKind
    by: str  # the person's name (else id)
    position: str
    comment: str
    acting_for: str | None  # the name of whom they acted for (รักษาราชการแทน)
    step: int | None  # 0-based
    forward_to: str | None  # a forward: to whom (name)
    pending: bool  # this workstation's, not yet accepted by the server
    noted: bool  # came too late: kept as a note


@dataclass(frozen=True)
class RouteView:
    route: Route
    letter: dict[str, Any]  # subject, speed, secret, template
    names: dict[str, str]  # person id → name, for everyone on the route
    positions: dict[str, str]
    history: list[HistoryLine]

    @property
    def subject(self) -> str:
        return str(self.letter.get("subject") or "")

    def name(self, person_id: str | None) -> str:
        return self.names.get(person_id or "", person_id or "")


def people_lookup(workspace: Workspace) -> PeopleLookup:
    """The people held here, by id (None for someone unknown here)."""
    people = People(workspace.store)

    def lookup(person_id: str) -> Person | None:
        return people.get(person_id)

    return lookup


def acting_person(workspace: Workspace) -> str:
    """Whom this workstation acts for; RoutingError (with Thai) when it does not know."""
    return resolve_person(workspace, None)


def my_tasks(workspace: Workspace, text: str = "") -> list[TaskRow]:
    """What waits for the person this workstation acts for, urgent first; ``text``: only the subjects that
    hold it. RoutingError when the workstation does not know whom it acts for."""
    person = acting_person(workspace)
    lookup = people_lookup(workspace)
    wanted = text.strip().casefold()
    rows = []
    for task in tasks(workspace, person):
        if wanted and wanted not in task.subject.casefold():
            continue
        drafter = lookup(task.route.drafter)
        rows.append(TaskRow(task, drafter.name if drafter else task.route.drafter))
    return rows


def task_ids(workspace: Workspace) -> dict[str, str]:
    """letter id → the kind of task (``act``, ``fix``, ``send``) of the person's tasks; empty when the
    workstation does not know whom it acts for."""
    from eoffice_desktop.errors import EOfficeError

    try:
        person = acting_person(workspace)
    except EOfficeError:
        return {}
    return {t.letter_id: t.kind.value for t in tasks(workspace, person)}


def route_view(workspace: Workspace, letter_id: str) -> RouteView | None:
    """The letter's route, history and pending actions as held here (None: on no route here)."""
    routes = RouteStore(workspace.store, workspace.actor)
    held = routes.get(letter_id)
    if held is None:
        return None
    lookup = people_lookup(workspace)
    ids = {held.route.drafter, *(s.person for s in held.route.steps), *(s.holder for s in held.route.steps)}
    entries = routes.history(letter_id)
    pending = routes.actions(letter_id, PENDING)
    for entry in entries:
        ids.add(str(entry["action"]["person"]))
        ids.update(str(p) for p in (entry.get("acting_for"), entry["action"].get("forward_to")) if p)
    ids.update(p for a in pending for p in (a.action.person, a.action.forward_to) if p)
    people = {i: lookup(i) for i in ids}
    names = {i: (p.name if p else i) for i, p in people.items()}
    positions = {i: p.position for i, p in people.items() if p and p.position}
    lines = [_line(entry, names) for entry in entries]
    known = {str(e["action"]["action_id"]) for e in entries}
    for record in pending:
        if record.action.action_id not in known:
            lines.append(_pending_line(record.action, held.route, names, positions))
    return RouteView(held.route, dict(held.letter), names, positions, lines)


def _line(entry: dict[str, Any], names: dict[str, str]) -> HistoryLine:
    action = Action.from_wire(entry["action"])
    acting = entry.get("acting_for")
    when = entry.get("recorded_at")
    return HistoryLine(
        at=dt.datetime.fromisoformat(when) if when else action.at,
        kind=action.kind,
        by=_name_of(action.person, names, entry.get("by_name")),
        position=str(entry.get("position") or ""),
        comment=action.comment,
        acting_for=names.get(acting, acting) if acting else None,
        step=action.step,
        forward_to=names.get(action.forward_to, action.forward_to) if action.forward_to else None,
        pending=False,
        noted=entry.get("outcome") == "noted",
    )


def _name_of(person_id: str, names: dict[str, str], given: Any) -> str:
    """The person's name as held here, else as the server wrote it, else their id."""
    held = names.get(person_id)
    if held and held != person_id:
        return held
    return str(given or person_id)


def _pending_line(
    action: Action, route: Route, names: dict[str, str], positions: dict[str, str]
) -> HistoryLine:
    step = route.steps[action.step] if action.step is not None and action.step < len(route.steps) else None
    acting = step.person if step is not None and step.person != action.person else None
    return HistoryLine(
        at=action.at,
        kind=action.kind,
        by=names.get(action.person, action.person),
        position=positions.get(action.person, ""),
        comment=action.comment,
        acting_for=names.get(acting, acting) if acting else None,
        step=action.step,
        forward_to=names.get(action.forward_to, action.forward_to) if action.forward_to else None,
        pending=True,
        noted=False,
    )


def pending_actions(workspace: Workspace, letter_id: str) -> list[Action]:
    """This workstation's actions on the letter still waiting for the next sync."""
    return [r.action for r in RouteStore(workspace.store, workspace.actor).actions(letter_id, PENDING)]


def find_people(workspace: Workspace, text: str, limit: int = 30) -> list[Person]:
    """People held here whose name, position, unit or id hold every word of ``text``."""
    from eoffice_desktop.desk.people import find

    return find(workspace.store, text, limit)
