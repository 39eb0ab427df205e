"""A route as the window shows it: a person's tasks with the drafter's name, and one letter's way (its steps
with their people, its history: desk/route_history.py). Reads only; the actions are desk.routing's."""

from dataclasses import dataclass
from typing import Any

from eoffice_desktop.desk.route_history import HistoryLine, people_lookup, route_history
from eoffice_desktop.desk.routing import Task, resolve_person, tasks
from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.routes import Action, Route
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
    """The letter's route and its way (pending actions included, no verdicts yet) as held here (None: on no
    route here)."""
    held = RouteStore(workspace.store, workspace.actor).get(letter_id)
    if held is None:
        return None
    lookup = people_lookup(workspace)
    ids = {held.route.drafter, *(s.person for s in held.route.steps), *(s.holder for s in held.route.steps)}
    people = {i: lookup(i) for i in ids}
    names = {i: (p.name if p else i) for i, p in people.items()}
    positions = {i: p.position for i, p in people.items() if p and p.position}
    history = route_history(workspace, letter_id, people=lookup)
    return RouteView(held.route, dict(held.letter), names, positions, history)


def pending_actions(workspace: Workspace, letter_id: str) -> list[Action]:
    """This workstation's actions on the letter still waiting for the next sync."""
    return [r.action for r in RouteStore(workspace.store, workspace.actor).actions(letter_id, PENDING)]


def find_people(workspace: Workspace, text: str, limit: int = 30) -> list[Person]:
    """People held here whose name, position, unit or id hold every word of ``text``."""
    from eoffice_desktop.desk.people import find

    return find(workspace.store, text, limit)
