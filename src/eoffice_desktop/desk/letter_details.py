"""A letter as `letters show` shows it: its record (or, for a letter this workstation sees on its way only,
what the route carries of it), its route, the history with the verdict on each signature, and this
workstation's actions on it with their state."""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eoffice_desktop.desk.route_history import route_history
from eoffice_desktop.domain.routes import Route
from eoffice_desktop.store.routes import RouteStore
from eoffice_desktop.workspace import Workspace

if TYPE_CHECKING:
    from eoffice_desktop.store.letters import LetterRecord


@dataclass(frozen=True)
class LetterDetails:
    letter_id: str
    record: "LetterRecord | None"  # None: a letter this workstation sees on its way only (a reviewer's)
    letter: dict[str, Any]  # the record as JSON, else the route's letter (subject, speed, secret, template)
    route: Route | None
    route_local: bool | None
    history: list[dict[str, Any]]  # the server's entries, each with "signature": its verdict or None
    actions: list[dict[str, Any]]  # this workstation's actions and their state
    replies_to: dict[str, str] | None = None  # a reply drafted on a received letter: its case, assignment

    def to_json(self) -> dict[str, Any]:
        return {
            **self.letter,
            "route": self.route.to_wire() if self.route else None,
            "route_local": self.route_local,
            "history": self.history,
            "actions": self.actions,
            "replies_to": self.replies_to,
        }


def letter_json(record: "LetterRecord") -> dict[str, Any]:
    return {
        "id": record.id,
        "template": record.template,
        "state": record.state.value,
        "number": record.number,
        "subject": record.subject,
        "speed": record.speed,
        "version": record.version,
        "signed": record.signed,
        "pdf_sha256": record.pdf_sha256,
        "updated_at": record.updated_at.isoformat(),
    }


def letter_details(workspace: Workspace, letter_id: str) -> LetterDetails:
    """The letter and its way as held here; StoreError when neither the letter nor its route is here.
    Verifies the signatures of its history (slow)."""
    from eoffice_desktop.store.db import StoreError

    routes = RouteStore(workspace.store, workspace.actor)
    held = routes.get(letter_id)
    record: LetterRecord | None
    try:
        record = workspace.letters.get(letter_id)
        letter = letter_json(record)
    except StoreError:
        if held is None:
            raise
        record = None
        letter = {"id": letter_id, "state": None, **held.letter}
    entries = routes.history(letter_id)
    lines = route_history(workspace, letter_id, pending=False, verify=True) if entries else []
    checks = {line.seq: line.signature for line in lines}
    history = [{**e, "signature": s.describe() if (s := checks.get(e["seq"])) else None} for e in entries]
    from eoffice_desktop.store.cases import CaseStore

    reply = CaseStore(workspace.store, workspace.actor).reply_of(letter_id)
    return LetterDetails(
        letter_id,
        record,
        letter,
        held.route if held else None,
        held.local if held else None,
        history,
        [a.describe() for a in routes.actions(letter_id)],
        {"case_id": reply[0], "assignment_id": reply[1]} if reply else None,
    )
