"""Cases on sync (docs/incoming.md): this workstation's actions on received letters go to the server in the
order they were made, and the cases of the agency come back in the changes feed, with their minutes.

An action's answer, as for routes: 200 delivered (the server's case replaces the one held), 409
``already_done`` (someone was first: the action is kept as a note with the server's Thai reason, and the
server's case replaces the one held), 422 and other 4xx rejected (with the reason; the case is shown again
without it), network trouble, 401, 429, 5xx or 409 ``in_progress`` (the case kept changing on the server):
tried again on the next sync, and so are the later actions on the same case.
"""

import hashlib
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, cast

from eoffice_desktop.domain.case_model import Case, CaseActionKind
from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.history_chain import check_chain
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.cases import (
    DELIVERED,
    NOTED,
    REJECTED,
    CaseActionRecord,
    CaseStore,
    CaseStoreError,
)
from eoffice_desktop.store.db import Store
from eoffice_desktop.sync.backend import ServerError
from eoffice_desktop.sync.client import RouteAnswer
from eoffice_desktop.sync.routing import PushTally, Told

if TYPE_CHECKING:
    from eoffice_desktop.sync.engine import SyncEngine

log = logging.getLogger(__name__)


MISSING_MINUTE = "ไม่พบไฟล์บันทึกเกษียนในเครื่องนี้ จึงส่งไม่ได้ กรุณาเกษียนใหม่"
"""Why a queued minute whose signed PDF is no longer in the store is not sent (said in Thai)."""


class CaseBackend(Protocol):
    def case_action(
        self, case_id: str, action: Mapping[str, Any], minute_pdf: bytes | None
    ) -> RouteAnswer: ...

    def case_minute(self, case_id: str, sha256: str) -> bytes: ...


def case_backend(client: object) -> CaseBackend | None:
    """The client's case calls; None for a backend without cases (an adapter to another cloud)."""
    if hasattr(client, "case_action") and hasattr(client, "case_minute"):
        return cast(CaseBackend, client)
    return None


def _reason(answer: RouteAnswer) -> str:
    body = answer.body
    return str(body.get("reason_th") or body.get("detail") or body.get("error") or answer.status)


class CaseSync:
    def __init__(self, store: Store, client: CaseBackend, actor: str) -> None:
        self.store = store
        self.client = client
        self.actor = actor
        self.cases = CaseStore(store, actor)

    def push(self) -> PushTally:
        """Send the queued actions, oldest first. Network trouble stops the push (the rest wait); an answer
        to try again later holds back the later actions on that case."""
        tally = PushTally()
        held_back: set[str] = set()
        for queued in self.cases.queued():
            action = queued.action
            if action.case_id in held_back:
                tally.waiting += 1
                continue
            try:
                minute = self._minute(queued)
            except OSError as exc:
                log.error("case action %s: its minute's PDF is missing here: %s", action.action_id, exc)
                self.cases.settle(action.action_id, REJECTED, MISSING_MINUTE)
                tally.refused += 1
                continue
            self.cases.attempted(action.action_id)
            try:
                answer = self.client.case_action(action.case_id, action.to_wire(), minute)
            except ServerError as exc:
                log.warning("case actions wait for the next sync: %s", exc)
                tally.waiting += len(self.cases.queued())
                return tally
            outcome = self._settle(queued, answer)
            if outcome is None:
                held_back.add(action.case_id)
                tally.waiting += 1
                continue
            setattr(tally, outcome, getattr(tally, outcome) + 1)
            if outcome != "accepted":
                held = self.cases.get(action.case_id)
                letter = held.case.letter if held is not None else action.letter
                # a secret letter's subject is not told (docs/incoming.md): its class stands for it
                subject = (f"[{letter.secrecy}]" if letter.secret else letter.subject) if letter else ""
                tally.told.append(Told(action.case_id, subject, outcome, _reason(answer)))
        return tally

    def _minute(self, queued: CaseActionRecord) -> bytes | None:
        if queued.action.kind is not CaseActionKind.MINUTE or queued.minute_sha256 is None:
            return None
        return self.store.get_blob(queued.minute_sha256)

    def _settle(self, queued: CaseActionRecord, answer: RouteAnswer) -> str | None:
        """Record the answer; the outcome's name (as a route's tally counts them), or None when the action is
        to be tried again."""
        action_id = queued.action.action_id
        body = answer.body
        reason = _reason(answer)
        case = Case.from_wire(body["case"]) if isinstance(body.get("case"), dict) else None
        entry = body.get("entry") if isinstance(body.get("entry"), dict) else None
        if answer.status == 200:
            self.cases.settle(action_id, DELIVERED, None, case, entry)
            return "accepted"
        if answer.status == 409 and answer.error == "already_done":
            self.cases.settle(action_id, NOTED, reason, case, entry)
            return "noted"
        if answer.status in (401, 408, 429) or answer.status >= 500 or answer.error == "in_progress":
            log.warning("case action %s: the server answered %s: %s", action_id, answer.status, reason)
            return None
        log.warning("case action %s rejected (%s): %s", action_id, answer.status, reason)
        self.cases.settle(action_id, REJECTED, reason)
        return "refused"

    def receive(self, item: Mapping[str, Any]) -> bool:
        """:meth:`take`, for the feed: an item that cannot be kept (a broken history, a malformed case) is
        logged and passed over, so it does not stop the feed; the case's next item brings it whole."""
        try:
            return self.take(item)
        except (EOfficeError, DomainError, KeyError, TypeError, ValueError) as exc:
            log.error("case item %s not kept: %s", item.get("case_id"), exc)
            return False

    def take(self, item: Mapping[str, Any]) -> bool:
        """A feed item of kind "case": kept when newer than the case held; True when taken."""
        case = Case.from_wire(item["case"])
        history = [e for e in item.get("history") or () if isinstance(e, dict)]
        if history and not check_chain(history):
            raise CaseStoreError(
                f"the history of case {case.case_id} from the server does not chain: not kept",
                thai="ประวัติของเรื่องรับที่ได้รับจากเซิร์ฟเวอร์ไม่ต่อเนื่อง จึงไม่บันทึก",
            )
        return self.cases.take(case, history)

    def fetch_minutes(self) -> int:
        """Fetch the minutes known here whose PDFs are not here yet; how many came. One that cannot be
        fetched now waits for the next sync."""
        fetched = 0
        for case_id, sha256 in self.cases.missing_minutes():
            try:
                pdf = self.client.case_minute(case_id, sha256)
            except ServerError as exc:
                log.warning("minute %s of case %s waits for the next sync: %s", sha256[:12], case_id, exc)
                continue
            if hashlib.sha256(pdf).hexdigest() != sha256:
                log.warning("minute %s of case %s arrived damaged: fetched again later", sha256[:12], case_id)
                continue
            self.store.put_blob(pdf)
            fetched += 1
        return fetched


class NoCases:
    """A backend without cases: nothing to send, nothing taken."""

    def push(self) -> PushTally:
        return PushTally()

    def receive(self, item: Mapping[str, Any]) -> bool:
        return False

    def fetch_minutes(self) -> int:
        return 0


def cases_of(engine: "SyncEngine") -> CaseSync | NoCases:
    client = case_backend(engine.client)
    if client is None:
        return NoCases()
    return CaseSync(engine.store, client, engine.actor)
