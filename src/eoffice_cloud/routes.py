"""Letters' routes on the server (docs/routing.md): actions applied in the order they arrive, by the rules of
domain/routes.py, with a history chained by hash and a feed item for the route's agency at each change. No
HTTP here (see route_api.py).

Two actions on one route serialise on the route: PostgreSQL takes a transaction-scoped advisory lock on the
letter id (it covers a route not yet stored) and the row FOR UPDATE; SQLite takes its write lock with the
transaction's first statement (and the threads of one process queue on ``CloudStore.writing``). The slow
part, checking a signature, runs before, on the route as it was read; if the route moved meanwhile, the
action is judged again.
"""

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from eoffice_cloud import feed
from eoffice_cloud.letters import bring, is_secret_letter
from eoffice_cloud.models import CaseRow, Document, Person, RouteEntry, RoutePdf, RouteRow, Workstation
from eoffice_cloud.people import learn_certificate
from eoffice_cloud.route_checks import (
    NewSignature,
    certificate_refusal,
    check_signed,
    not_a_pdf,
)
from eoffice_cloud.storage import CloudStore
from eoffice_cloud.verification import LetterVerifier, Refusal
from eoffice_desktop.domain.case_model import Case
from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.history_chain import GENESIS, chain_hash
from eoffice_desktop.domain.route_rules import apply
from eoffice_desktop.domain.routes import Action, ActionConflict, ActionKind, Route, thai_time

log = logging.getLogger(__name__)

Answer = tuple[int, dict[str, Any]]

ADVISORY_CLASS = 0x524F5554
"""pg_advisory_xact_lock's first key for routes ("ROUT"); the second is from the letter id."""
ATTEMPTS = 5
"""How often an action is judged again when its route moved while its signature was being checked."""
SIGNED_KINDS = (ActionKind.APPROVE, ActionKind.SIGN)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _error(error: str, detail: str, reason_th: str) -> dict[str, Any]:
    return {"error": error, "detail": detail, "reason_th": reason_th}


def _refused(refusal: Refusal) -> Answer:
    return 422, refusal.body()


@dataclass(frozen=True)
class _Checked:
    """What was checked outside the lock: the route's PDF the action was judged on, and its signature."""

    base: str | None
    signature: NewSignature | None


class _Again(Exception):
    """The route moved while the action's PDF was checked: judge it again."""


class RouteService:
    """``verifier`` checks initials and signatures as letters are checked; None skips it (a development
    server started with --accept-unverified)."""

    def __init__(self, store: CloudStore, verifier: LetterVerifier | None) -> None:
        self.store = store
        self.verifier = verifier

    # reading

    def snapshot(self, ws: Workstation, letter_id: str) -> dict[str, Any] | None:
        """``{"route", "letter", "history"}``, or None when there is no such route the caller may see."""
        with self.store.sessions() as session:
            row = session.get(RouteRow, letter_id)
            if not _readable(ws, row):
                return None
            assert row is not None
            return _snapshot(session, row)

    def pdf(self, ws: Workstation, letter_id: str, sha256: str) -> bytes | None:
        with self.store.sessions() as session:
            row = session.get(RouteRow, letter_id)
            if not _readable(ws, row):
                return None
            if session.get(RoutePdf, (letter_id, sha256)) is None:
                return None
        return self.store.get_blob(sha256)

    # acting

    def act(
        self, ws: Workstation, action: Action, letter: dict[str, Any] | None, pdf: bytes | None
    ) -> Answer:
        """One action from the workstation ``ws``: (status, body) as docs/routing.md says. The same action
        again (its id) gets the first answer."""
        if ws.person_id is None:
            return 403, _error(
                "person_token_required",
                "a workstation token cannot act on a route: use a person's token (token create --person)",
                "โทเคนของเครื่องดำเนินการกับหนังสือไม่ได้ ต้องใช้โทเคนของบุคคล",
            )
        if action.person != ws.person_id:
            return 403, _error(
                "not_your_action",
                f"the action is {action.person}'s; this token is {ws.person_id}'s",
                f"การดำเนินการนี้เป็นของ {action.person} ไม่ใช่ของผู้ถือโทเคน ({ws.person_id})",
            )
        replayed = self._replay(ws, action)
        if replayed is not None:
            return replayed
        problem = _carried(action, letter, pdf)
        if problem is not None:
            return 422, problem
        for _attempt in range(ATTEMPTS):
            try:
                checked = self._check(ws, action, pdf)
                if not isinstance(checked, _Checked):
                    return checked
                return self._record(ws, action, letter, pdf, checked)
            except _Again:
                continue
        return 409, _error(
            "in_progress", "the route keeps changing: send the action again", "เส้นทางกำลังเปลี่ยน โปรดส่งอีกครั้ง"
        )

    def _replay(self, ws: Workstation, action: Action) -> Answer | None:
        with self.store.sessions() as session:
            return _stored_answer(session, ws, action)

    def _check(self, ws: Workstation, action: Action, pdf: bytes | None) -> Answer | _Checked:
        """Judge the action on the route as it stands now, unlocked; check its PDF (the slow part)."""
        with self.store.sessions() as session:
            row = session.get(RouteRow, action.letter_id)
            if row is not None and row.agency_code != ws.agency_code:
                return 404, _error("not_found", "no such route", "ไม่พบเส้นทางของหนังสือนี้")
            route = _route(row)
        try:
            after = apply(route, action)
        except ActionConflict:
            return _Checked(route.pdf_sha256 if route else None, None)  # a note: nothing to check
        except DomainError as exc:
            return 422, _error("route_refused", str(exc), exc.thai or str(exc))
        assert pdf is not None or action.kind not in (ActionKind.SUBMIT, *SIGNED_KINDS)
        if action.kind is ActionKind.SUBMIT:
            assert pdf is not None
            refusal = not_a_pdf(pdf)
            return _refused(refusal) if refusal else _Checked(None, None)
        if action.kind not in SIGNED_KINDS:
            return _Checked(route.pdf_sha256 if route else None, None)
        assert route is not None and pdf is not None and action.step is not None
        current = self.store.get_blob(route.pdf_sha256 or "") or b""
        step = after.steps[action.step]
        found = check_signed(
            current, pdf, after.field_of(step), self.verifier, lambda name: after.signs_into(step, name)
        )
        if isinstance(found, Refusal):
            log.info("route %s: %s refused: %s", action.letter_id, action.kind, found.error)
            return _refused(found)
        return _Checked(route.pdf_sha256, found)

    def _record(
        self,
        ws: Workstation,
        action: Action,
        letter: dict[str, Any] | None,
        pdf: bytes | None,
        checked: _Checked,
    ) -> Answer:
        """Under the route's lock: the action again by the rules, then stored (accepted or noted) with its
        history entry, its PDF and the feed item, in one transaction."""
        try:
            with self.store.writing, self.store.sessions.begin() as session:
                row = _lock(session, action.letter_id)
                replayed = _stored_answer(session, ws, action)
                if replayed is not None:
                    return replayed
                if row is not None and row.agency_code != ws.agency_code:
                    return 404, _error("not_found", "no such route", "ไม่พบเส้นทางของหนังสือนี้")
                route = _route(row)
                try:
                    after = apply(route, action)
                except ActionConflict as conflict:
                    assert row is not None and route is not None  # a first submission never conflicts
                    return self._note(session, row, route, action, conflict)
                except DomainError as exc:
                    return 422, _error("route_refused", str(exc), exc.thai or str(exc))
                strangers = _strangers(session, ws.agency_code, action)
                if strangers:
                    names = ", ".join(strangers)
                    return 422, _error(
                        "unknown_person",
                        f"not among the people of {ws.agency_code}: {names}",
                        f"ไม่พบบุคคลนี้ในหน่วยงาน: {names}",
                    )
                if action.kind in SIGNED_KINDS:
                    if checked.signature is None or route is None or route.pdf_sha256 != checked.base:
                        raise _Again
                    person = session.get(Person, action.person)
                    assert person is not None  # the token's person
                    refusal = certificate_refusal(person, checked.signature.certificate)
                    if refusal is not None:
                        return _refused(refusal)
                    if checked.signature.certificate is not None:
                        learn_certificate(session, person.person_id, checked.signature.certificate)
                return self._accept(session, ws, row, route, after, action, letter, pdf)
        except IntegrityError:  # a first submission of the same letter, or the same action id, meanwhile
            log.info("route %s: another request stored first; judging again", action.letter_id)
            raise _Again from None

    def _accept(
        self,
        session: Session,
        ws: Workstation,
        row: RouteRow | None,
        before: Route | None,
        route: Route,
        action: Action,
        letter: dict[str, Any] | None,
        pdf: bytes | None,
    ) -> Answer:
        now = _now()
        if row is None:
            row = RouteRow(
                letter_id=route.letter_id,
                agency_code=ws.agency_code,
                drafter=route.drafter,
                letter_json="{}",
            )
            session.add(row)
        if letter is not None:
            row.letter_json = json.dumps(letter, ensure_ascii=False)
        _store_route(row, route, now)
        session.flush()
        if pdf is not None and route.pdf_sha256 is not None:
            self.store.put_blob(pdf, session)
            if session.get(RoutePdf, (route.letter_id, route.pdf_sha256)) is None:
                session.add(RoutePdf(letter_id=route.letter_id, sha256=route.pdf_sha256, added_at=now))
        _bring_replied(session, row, route)
        acting_for = _acting_for(before, action)
        entry = _append(session, row, action, "accepted", acting_for, now, 200, route)
        log.info("route %s: %s by %s accepted", route.letter_id, action.kind, action.person)
        return 200, {"outcome": "accepted", "route": route.to_wire(), "entry": entry}

    def _note(
        self, session: Session, row: RouteRow, route: Route, action: Action, conflict: ActionConflict
    ) -> Answer:
        """A late action: kept in the history as a note, answered 409 with who acted first and when."""
        now = _now()
        by = session.get(Person, conflict.by)
        by_name = by.name if by else conflict.by
        body: dict[str, Any] = {
            "error": "already_done",
            "detail": f"already done by {by_name} at {_iso(conflict.at)} ({conflict.what})",
            "reason_th": f"ดำเนินการแล้วโดย {by_name} เมื่อ {thai_time(conflict.at)}",
            "by": conflict.by,
            "by_name": by_name,
            "at": _iso(conflict.at),
            "route": route.to_wire(),
        }
        row.updated_at = now
        entry = _append(session, row, action, "noted", None, now, 409, route, body)
        log.info("route %s: late %s by %s noted", route.letter_id, action.kind, action.person)
        return 409, {**body, "entry": entry}


def _bring_replied(session: Session, row: RouteRow, route: Route) -> None:
    """A secret route of a reply to a secret received letter brings its people onto that letter: they get
    its letter item (before the route's item) as the people of its case do."""
    if not feed.is_secret(json.loads(row.letter_json).get("secret")):
        return
    marker = json.dumps({"reply_letter_id": row.letter_id}, ensure_ascii=False)[1:-1]
    cases = session.scalars(
        select(CaseRow).where(
            CaseRow.agency_code == row.agency_code,
            CaseRow.secret.is_(True),
            CaseRow.case_json.contains(marker, autoescape=True),
        )
    ).all()  # read whole before the letter items are written
    for case_row in cases:
        case = Case.from_wire(json.loads(case_row.case_json))
        if not any(a.reply_letter_id == row.letter_id for a in case.assignments):
            continue
        document = session.scalar(
            select(Document).where(
                Document.public_id == case.case_id, Document.recipient_agency == row.agency_code
            )
        )
        if document is not None and is_secret_letter(document):
            brought = bring(session, document, row.agency_code, feed.route_audience(route))
            if brought:
                log.info(
                    "route %s: letter %s brought to %d more people", row.letter_id, case.case_id, brought
                )


def _carried(action: Action, letter: dict[str, Any] | None, pdf: bytes | None) -> dict[str, Any] | None:
    """What the body must carry beside the action (422 otherwise)."""
    if action.kind in (ActionKind.SUBMIT, *SIGNED_KINDS):
        if pdf is None:
            return _error("pdf_required", f"{action.kind} carries the PDF", "ต้องแนบไฟล์หนังสือ")
        if action.pdf_sha256 != hashlib.sha256(pdf).hexdigest():
            return _error(
                "pdf_mismatch",
                "the PDF's SHA-256 is not the action's pdf_sha256",
                "ไฟล์หนังสือที่แนบไม่ตรงกับที่ระบุในการดำเนินการ",
            )
    if action.kind is ActionKind.SUBMIT and letter is None:
        return _error("letter_required", "a submission carries the letter's fields", "การเสนอต้องมีข้อมูลหนังสือ")
    return None


def _lock(session: Session, letter_id: str) -> RouteRow | None:
    """Take the route's lock for the rest of the transaction; the route's row, if any."""
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(letter_id.encode()).digest()[:4], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:c, :k)"), {"c": ADVISORY_CLASS, "k": key})
    else:  # a write as the first statement: SQLite's write lock, before anything is read
        session.execute(
            update(RouteRow)
            .where(RouteRow.letter_id == letter_id)
            .values(revision=RouteRow.revision)
            .execution_options(synchronize_session=False)
        )
    return session.scalar(
        select(RouteRow)
        .where(RouteRow.letter_id == letter_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


def _stored_answer(session: Session, ws: Workstation, action: Action) -> Answer | None:
    """The first answer to ``action`` (by its id), or None when it was never recorded."""
    entry = session.scalar(select(RouteEntry).where(RouteEntry.action_id == action.action_id))
    if entry is None:
        return None
    first = json.loads(entry.entry_json)["action"]
    if entry.letter_id != action.letter_id or first.get("person") != ws.person_id:
        return 422, _error(
            "action_id_reused",
            "this action id was used for another action",
            "รหัสการดำเนินการนี้ถูกใช้กับการดำเนินการอื่นแล้ว",
        )
    answer: dict[str, Any] = json.loads(entry.answer_json)
    return entry.status_code, answer


def _readable(ws: Workstation, row: RouteRow | None) -> bool:
    """Whether ``ws`` may see the route: one of its agency's, and a secret letter's only by a person on it."""
    if row is None or row.agency_code != ws.agency_code:
        return False
    if not feed.is_secret(json.loads(row.letter_json).get("secret")):
        return True
    route = _route(row)
    return route is not None and ws.person_id is not None and ws.person_id in feed.route_audience(route)


def _route(row: RouteRow | None) -> Route | None:
    return Route.from_wire(json.loads(row.route_json)) if row is not None else None


def _store_route(row: RouteRow, route: Route, now: dt.datetime) -> None:
    row.route_json = json.dumps(route.to_wire(), ensure_ascii=False)
    row.revision = route.revision
    row.state = route.state.value
    row.holder = route.holder
    row.updated_at = now


def _acting_for(route: Route | None, action: Action) -> str | None:
    """The step's owner when its holder acts for them (รักษาราชการแทน)."""
    if route is None or action.step is None or not 0 <= action.step < len(route.steps):
        return None
    step = route.steps[action.step]
    return step.person if step.acting and action.person == step.holder else None


def _append(
    session: Session,
    row: RouteRow,
    action: Action,
    outcome: str,
    acting_for: str | None,
    now: dt.datetime,
    status: int,
    route: Route,
    answer: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Chain a history entry to the route's last; the route's feed item. Returns the entry (wire form)."""
    mine = RouteEntry.letter_id == row.letter_id
    last = session.scalar(select(RouteEntry).where(mine).order_by(RouteEntry.seq.desc()).limit(1))
    seq = (last.seq + 1) if last else 1
    previous = last.hash if last else GENESIS
    person = session.get(Person, action.person)
    body = {
        "seq": seq,
        "action": action.to_wire(),
        "outcome": outcome,
        "by_name": person.name if person else action.person,
        "position": person.position if person else "",
        "acting_for": acting_for,
        "recorded_at": _iso(now),
    }
    digest = chain_hash(previous, body)
    entry = {**body, "prev_hash": previous, "hash": digest}
    full = {**(answer or {"outcome": outcome, "route": route.to_wire()}), "entry": entry}
    session.add(
        RouteEntry(
            letter_id=row.letter_id,
            seq=seq,
            action_id=action.action_id,
            entry_json=json.dumps(entry, ensure_ascii=False),
            outcome=outcome,
            prev_hash=previous,
            hash=digest,
            status_code=status,
            answer_json=json.dumps(full, ensure_ascii=False),
            recorded_at=now,
        )
    )
    session.flush()
    payload = {"letter_id": row.letter_id, **_snapshot(session, row)}
    readers = feed.route_audience(route) if feed.is_secret(payload["letter"].get("secret")) else None
    feed.publish(session, "route", row.agency_code, payload, now, readers)
    return entry


def _snapshot(session: Session, row: RouteRow) -> dict[str, Any]:
    mine = RouteEntry.letter_id == row.letter_id
    entries = session.scalars(select(RouteEntry.entry_json).where(mine).order_by(RouteEntry.seq))
    history = [json.loads(e) for e in entries]
    return {"route": json.loads(row.route_json), "letter": json.loads(row.letter_json), "history": history}


def _iso(at: dt.datetime | None) -> str | None:
    return at.astimezone(dt.UTC).isoformat() if at else None


def _strangers(session: Session, agency: str, action: Action) -> list[str]:
    """The people an action names (a route's steps and sender, whom a step is forwarded to) who are not
    among the agency's: a letter must not wait for someone nobody can act as."""
    named = {s.person for s in action.steps} | {p for p in (action.send_by, action.forward_to) if p}
    if not named:
        return []
    found = set(
        session.scalars(
            select(Person.person_id).where(Person.person_id.in_(named), Person.agency_code == agency)
        )
    )
    return sorted(named - found)
