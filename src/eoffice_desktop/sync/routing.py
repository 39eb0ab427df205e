"""Routes on sync (docs/routing.md): this workstation's actions go to the server in the order they were
made, and the routes of the agency come back in the changes feed.

An action's answer: 200 accepted (the server's route replaces the one held), 409 ``already_done`` (someone
was first: the action is kept as a note, with the server's Thai reason, and the server's route replaces the
one held), another 4xx refused (with the reason; the route is shown again without it), network trouble,
5xx or 409 ``in_progress`` (the route kept changing on the server): tried again on the next sync, and so are
the later actions on the same letter.
"""

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, cast

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.history_chain import check_chain
from eoffice_desktop.domain.routes import ActionKind, Route
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.route_letters import follow
from eoffice_desktop.store.routes import ACCEPTED, NOTED, REFUSED, ActionRecord, RouteStore, RouteStoreError
from eoffice_desktop.sync.backend import ServerError
from eoffice_desktop.sync.client import RouteAnswer

if TYPE_CHECKING:
    from eoffice_desktop.sync.engine import SyncEngine

log = logging.getLogger(__name__)

CARRIES_PDF = (ActionKind.SUBMIT, ActionKind.APPROVE, ActionKind.SIGN)


class RouteSyncError(EOfficeError):
    """A route or its PDF from the server cannot be taken (damaged)."""


class RouteBackend(Protocol):
    def route_action(
        self, letter_id: str, action: Mapping[str, Any], letter: Mapping[str, Any] | None, pdf: bytes | None
    ) -> RouteAnswer: ...

    def route_pdf(self, letter_id: str, sha256: str) -> bytes: ...


@dataclass(frozen=True)
class Told:
    """What the server said of an action it did not take: someone acted first (noted), or refused."""

    letter_id: str
    subject: str
    outcome: str  # noted | refused
    reason: str  # Thai first (the server's reason_th), as the person is to read it


@dataclass
class PushTally:
    accepted: int = 0
    noted: int = 0
    refused: int = 0
    waiting: int = 0
    told: list[Told] = field(default_factory=list)


def _reason(answer: RouteAnswer) -> str:
    body = answer.body
    return str(body.get("reason_th") or body.get("detail") or body.get("error") or answer.status)


def route_backend(client: object) -> RouteBackend | None:
    """The client's route calls; None for a backend without routes (an adapter to another cloud)."""
    if hasattr(client, "route_action") and hasattr(client, "route_pdf"):
        return cast(RouteBackend, client)
    return None


class RouteSync:
    def __init__(self, store: Store, client: RouteBackend, actor: str, person: str | None = None) -> None:
        self.store = store
        self.client = client
        self.actor = actor
        self.person = person  # whom this workstation acts for (None: unknown)
        self.routes = RouteStore(store, actor)

    def push(self) -> PushTally:
        """Send the pending actions, oldest first. Network trouble stops the push (the rest wait); a 5xx
        answer holds back the later actions on that letter."""
        tally = PushTally()
        held_back: set[str] = set()
        for pending in self.routes.pending():
            action = pending.action
            if action.letter_id in held_back:
                tally.waiting += 1
                continue
            self.routes.attempted(action.action_id)
            try:
                answer = self.client.route_action(
                    action.letter_id, action.to_wire(), pending.letter, self._pdf(pending)
                )
            except ServerError as exc:
                log.warning("route actions wait for the next sync: %s", exc)
                tally.waiting += len(self.routes.pending())
                return tally
            outcome = self._settle(pending, answer)
            if outcome is None:
                held_back.add(action.letter_id)
                tally.waiting += 1
                continue
            setattr(tally, outcome, getattr(tally, outcome) + 1)
            if outcome != "accepted":
                subject = str((pending.letter or {}).get("subject") or self._subject(action.letter_id))
                tally.told.append(Told(action.letter_id, subject, outcome, _reason(answer)))
        return tally

    def _subject(self, letter_id: str) -> str:
        held = self.routes.get(letter_id)
        return str(held.letter.get("subject") or "") if held else ""

    def _pdf(self, pending: ActionRecord) -> bytes | None:
        if pending.action.kind not in CARRIES_PDF or pending.pdf_sha256 is None:
            return None
        return self.store.get_blob(pending.pdf_sha256)

    def _settle(self, pending: ActionRecord, answer: RouteAnswer) -> str | None:
        """Record the answer; the outcome's name, or None when the action is to be tried again."""
        action_id = pending.action.action_id
        body = answer.body
        reason = _reason(answer)
        route = Route.from_wire(body["route"]) if isinstance(body.get("route"), dict) else None
        entry = body.get("entry") if isinstance(body.get("entry"), dict) else None
        if answer.status == 200:
            self.routes.settle(action_id, ACCEPTED, None, route, entry)
            outcome = "accepted"
        elif answer.status == 409 and answer.error == "already_done":
            self.routes.settle(action_id, NOTED, reason, route, entry)
            outcome = "noted"
        elif answer.status in (401, 429) or answer.status >= 500 or answer.error == "in_progress":
            log.warning("route action %s: the server answered %s: %s", action_id, answer.status, reason)
            return None
        else:
            log.warning("route action %s refused (%s): %s", action_id, answer.status, reason)
            self.routes.settle(action_id, REFUSED, reason)
            outcome = "refused"
        self._follow(pending.action.letter_id)
        return outcome

    def receive(self, item: Mapping[str, Any]) -> bool:
        """:meth:`take`, for the feed: an item that cannot be kept (a broken history, a malformed route) is
        logged and passed over, so it does not stop the feed; the route's next item brings it whole."""
        try:
            return self.take(item)
        except (EOfficeError, DomainError, KeyError, TypeError, ValueError) as exc:
            log.error("route item for letter %s not kept: %s", item.get("letter_id"), exc)
            return False

    def take(self, item: Mapping[str, Any]) -> bool:
        """A feed item of kind "route": kept when newer than the route held, with the PDF it stands on
        (fetched when it is missing here and this workstation needs it); True when taken."""
        route = Route.from_wire(item["route"])
        letter = item.get("letter") if isinstance(item.get("letter"), dict) else None
        history = [e for e in item.get("history") or () if isinstance(e, dict)]
        if history and not check_chain(history):
            raise RouteStoreError(
                f"the history of letter {route.letter_id} from the server does not chain: not kept",
                thai="ประวัติการเสนอหนังสือที่ได้รับจากเซิร์ฟเวอร์ไม่ต่อเนื่อง จึงไม่บันทึก",
            )
        if route.pdf_sha256 and self._needs_pdf(route):
            self._try_fetch(route.letter_id, route.pdf_sha256)
        held = self.routes.get(route.letter_id)
        if held is not None and held.revision >= route.revision:
            return False
        taken = self.routes.take(route, letter, history)
        if taken:
            self._follow(route.letter_id)
        return taken

    def _needs_pdf(self, route: Route) -> bool:
        if self.person is None or route.holder == self.person:
            return True
        return route.letter_id in {a.action.letter_id for a in self.routes.actions()}

    def _try_fetch(self, letter_id: str, sha256: str) -> None:
        """A PDF that cannot be fetched now does not hold up the feed: the next sync tries again."""
        try:
            self.fetch_pdf(letter_id, sha256)
        except (ServerError, RouteSyncError) as exc:
            log.warning("letter %s: its PDF waits for the next sync: %s", letter_id, exc)

    def fetch_pdf(self, letter_id: str, sha256: str) -> None:
        if self.store.blob_path(sha256).is_file():
            return
        pdf = self.client.route_pdf(letter_id, sha256)
        if hashlib.sha256(pdf).hexdigest() != sha256:
            raise RouteSyncError(
                f"version {sha256[:12]} of letter {letter_id} arrived damaged (checksum mismatch)",
                thai="ไฟล์หนังสือที่ได้รับเสียหาย (ค่าตรวจสอบไม่ตรงกัน)",
            )
        self.store.put_blob(pdf)

    def _follow(self, letter_id: str) -> None:
        record = self.routes.get(letter_id)
        if record is None:
            return
        route = record.route
        if route.pdf_sha256 and self.person in (route.holder, route.send_by or route.drafter):
            self._try_fetch(letter_id, route.pdf_sha256)
        follow(self.store, self.actor, route, record.letter, self.person)


class NoRoutes:
    """A backend without routes: nothing to send, nothing taken."""

    def push(self) -> PushTally:
        return PushTally()

    def take(self, item: Mapping[str, Any]) -> bool:
        return False

    def receive(self, item: Mapping[str, Any]) -> bool:
        return False


def routes_of(engine: "SyncEngine") -> RouteSync | NoRoutes:
    """The routes of a sync engine's store and client, for whom it acts (its ``person``, when known)."""
    client = route_backend(engine.client)
    if client is None:
        return NoRoutes()
    return RouteSync(engine.store, client, engine.actor, engine.person)
