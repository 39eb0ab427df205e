"""A letter's way as a reader sees it, the one model the window, the command line and the routing slip share:
every history entry (who, in what position, when, with what comment, acting for whom, forwarded to whom,
accepted or only noted) and this workstation's actions the server has not answered yet, each with the step
it acted on and the reserved field its signature went into.

The verdict on each signature is left out until asked for (``verify=True``, or ``with_signatures`` of
desk/route_signatures.py): verifying a round's PDF is slow, and the window shows the history first.
"""

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.routes import Action, ActionKind, Route, StepKind, StepSpec, initials_count
from eoffice_desktop.store.routes import ACCEPTED, NOTED, PENDING, RouteStore
from eoffice_desktop.workspace import Workspace

if TYPE_CHECKING:
    from asn1crypto import x509

    from eoffice_desktop.desk.route_signatures import SignatureCheck
    from eoffice_desktop.signing.revocation import RevocationChecker

SIGNING = (ActionKind.APPROVE, ActionKind.SIGN)

Lookup = Callable[[str], Person | None]


@dataclass(frozen=True)
class HistoryLine:
    """One entry of a letter's way: the server's history entry, or one of this workstation's actions the
    server has not answered yet (``outcome`` pending, ``seq`` None)."""

    seq: int | None
    action: Action
    outcome: str  # accepted, noted (someone was first: kept as a note), pending
    by_name: str  # the actor's name (else id)
    position: str
    acting_for: str | None  # the step's owner the actor stood in for (รักษาราชการแทน)
    acting_for_name: str | None
    acting_for_label: str | None  # the owner's position (else name, else id)
    forward_to_name: str | None  # a forward: to whom (name, else id)
    step_kind: StepKind | None  # the kind of the step acted on
    field: str | None  # approve and sign (accepted or pending): the reserved field signed
    signature: "SignatureCheck | None" = None  # filled only when asked (verifying is slow)

    @property
    def at(self) -> dt.datetime:
        """When the person acted (their workstation's clock)."""
        return self.action.at

    @property
    def kind(self) -> ActionKind:
        return self.action.kind

    @property
    def step(self) -> int | None:
        """The step acted on, 0-based."""
        return self.action.step

    @property
    def comment(self) -> str:
        return self.action.comment

    @property
    def pending(self) -> bool:
        """This workstation's, not yet answered by the server."""
        return self.outcome == PENDING

    @property
    def noted(self) -> bool:
        """Came too late: kept as a note."""
        return self.outcome == NOTED

    def with_signature(self, check: "SignatureCheck | None") -> "HistoryLine":
        return dataclasses.replace(self, signature=check)


def people_lookup(workspace: Workspace) -> Lookup:
    """The people held here, by id (None for someone unknown here); each asked once."""
    from eoffice_desktop.store.people import People

    people = People(workspace.store)
    cache: dict[str, Person | None] = {}

    def find(person_id: str) -> Person | None:
        if person_id not in cache:
            cache[person_id] = people.get(person_id)
        return cache[person_id]

    return find


def field_for(steps: Sequence[StepSpec], position: int) -> str:
    """The reserved field step ``position`` of ``steps`` signs (the rule of ``Route.field_of``)."""
    if steps[position].kind is StepKind.SIGN:
        return "Signature1"
    return f"Initials{initials_count(steps[:position]) + 1}"


Entry = tuple[int | None, Action, str, Mapping[str, Any] | None]


def held_route(workspace: Workspace, letter_id: str) -> Route | None:
    """The letter's route as held here (None: on no route here)."""
    held = RouteStore(workspace.store, workspace.actor).get(letter_id)
    return held.route if held is not None else None


def route_history(
    workspace: Workspace,
    letter_id: str,
    *,
    pending: bool = True,
    verify: bool = False,
    people: Lookup | None = None,
    trust: "Sequence[x509.Certificate] | None" = None,
    revocation: "RevocationChecker | None" = None,
) -> list[HistoryLine]:
    """The letter's way in order; ``pending``: this workstation's unanswered actions follow the server's
    history. ``verify``: each signing action with its signature's verdict (``trust``, ``revocation`` as
    desk/route_signatures.py takes them)."""
    routes = RouteStore(workspace.store, workspace.actor)
    held = routes.get(letter_id)
    route = held.route if held is not None else None
    entries: list[Entry] = []
    for kept in routes.history(letter_id):
        entries.append((int(kept["seq"]), Action.from_wire(kept["action"]), str(kept["outcome"]), kept))
    if pending:
        known = {entry[1].action_id for entry in entries}
        for record in routes.actions(letter_id, PENDING):
            if record.action.action_id not in known:
                entries.append((None, record.action, PENDING, None))
    lines = history_lines(entries, route, people or people_lookup(workspace))
    if verify:
        from eoffice_desktop.desk.route_signatures import with_signatures

        lines = with_signatures(workspace, route, lines, trust=trust, revocation=revocation)
    return lines


def history_lines(entries: Sequence[Entry], route: Route | None, people: Lookup) -> list[HistoryLine]:
    """The entries put into lines: each step's kind, owner and field from the submission of its round (the
    route held here for a round whose submission is not in the history)."""
    rounds: dict[int, tuple[StepSpec, ...]] = {}
    lines = []
    for seq, action, outcome, entry in entries:
        if action.kind is ActionKind.SUBMIT:
            rounds[action.round] = action.steps
        steps = rounds.get(action.round) or (
            tuple(StepSpec(s.person, s.kind) for s in route.steps)
            if route is not None and route.round == action.round
            else ()
        )
        step = steps[action.step] if action.step is not None and action.step < len(steps) else None
        acting = (entry.get("acting_for") if entry else None) or (
            step.person
            if step is not None and step.person != action.person and action.kind is not ActionKind.FORWARD
            else None
        )
        signs = action.kind in SIGNING and outcome in (ACCEPTED, PENDING) and step is not None
        person = people(action.person)
        lines.append(
            HistoryLine(
                seq=seq,
                action=action,
                outcome=outcome,
                by_name=_name(action.person, people, entry.get("by_name") if entry else None),
                position=str(
                    (entry.get("position") if entry else None) or (person.position if person else "")
                ),
                acting_for=str(acting) if acting else None,
                acting_for_name=_name(str(acting), people) if acting else None,
                acting_for_label=_label(str(acting), people) if acting else None,
                forward_to_name=_name(action.forward_to, people) if action.forward_to else None,
                step_kind=step.kind if step is not None else None,
                field=field_for(steps, action.step) if signs and action.step is not None else None,
            )
        )
    return lines


def _name(person_id: str, people: Lookup, recorded: Any = None) -> str:
    """The name the server recorded with the entry, else as held here, else the id."""
    if recorded and str(recorded) != person_id:
        return str(recorded)
    person = people(person_id)
    return person.name if person and person.name else person_id


def _label(person_id: str, people: Lookup) -> str:
    person = people(person_id)
    if person is None:
        return person_id
    return person.position or person.name
