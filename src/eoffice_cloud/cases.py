"""Incoming letters' ways (cases) on the server (docs/incoming.md): actions applied in the order they arrive,
by the rules of domain/cases.py with the agency's people, a history chained by hash, a signed minute checked
as a route's initials are, and a feed item for the agency at each change. No HTTP here (see case_api.py).

Two actions on one case serialise on the case (case_records.lock: an advisory lock on PostgreSQL, the write
lock on SQLite). Checking a minute's signature, the slow part, runs before, on the case as it was read; the
action is judged again under the lock. A secret letter's subject and minutes are never logged: ids only.
"""

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from eoffice_cloud import case_records as records
from eoffice_cloud.case_records import NOT_FOUND, Answer, error
from eoffice_cloud.feed import is_secret, route_audience
from eoffice_cloud.letters import bring, is_secret_letter
from eoffice_cloud.models import CaseMinute, CaseRow, Document, Person, RouteRow, Workstation
from eoffice_cloud.people import learn_certificate, people_of
from eoffice_cloud.route_checks import NewSignature, certificate_refusal, check_signed
from eoffice_cloud.storage import CloudStore
from eoffice_cloud.verification import LetterVerifier, Refusal
from eoffice_desktop.domain.case_model import Case, CaseAction, CaseActionKind, CaseError
from eoffice_desktop.domain.cases import acting_for, apply
from eoffice_desktop.domain.people import Person as DomainPerson
from eoffice_desktop.domain.routes import ActionConflict, Route, thai_time

log = logging.getLogger(__name__)

MINUTE_FIELD = "Minute1"
"""The signature field of a minute (render/minute.py reserves it)."""
ATTEMPTS = 5
"""How often an action is judged again when its case moved while its minute was being checked."""


@dataclass(frozen=True)
class _Checked:
    """The minute's signature, checked outside the lock (None: the action carries no minute, or it was
    going to be a note)."""

    signature: NewSignature | None


class _Again(Exception):
    """The case moved while the minute was checked, or another request stored first: judge it again."""


class CaseService:
    """``verifier`` checks minutes as letters are checked; None skips it (a development server started with
    --accept-unverified)."""

    def __init__(self, store: CloudStore, verifier: LetterVerifier | None) -> None:
        self.store = store
        self.verifier = verifier

    # reading

    def snapshot(self, ws: Workstation, case_id: str) -> dict[str, Any] | None:
        """``{"case", "history"}``, or None when the caller may not see such a case."""
        with self.store.sessions() as session:
            row = session.get(CaseRow, case_id)
            if row is None or not records.readable(session, ws, row):
                return None
            return records.snapshot(session, row)

    def minute(self, ws: Workstation, case_id: str, sha256: str) -> bytes | None:
        with self.store.sessions() as session:
            row = session.get(CaseRow, case_id)
            if row is None or not records.readable(session, ws, row):
                return None
            if session.get(CaseMinute, (case_id, sha256)) is None:
                return None
        return self.store.get_blob(sha256)

    # acting

    def act(self, ws: Workstation, action: CaseAction, minute_pdf: bytes | None) -> Answer:
        """One action from the workstation ``ws``: (status, body) as docs/incoming.md says. The same action
        again (its id) gets the first answer."""
        if ws.person_id is None:
            return 403, error(
                "person_token_required",
                "a workstation token cannot act on a case: use a person's token (token create --person)",
                "โทเคนของเครื่องดำเนินการกับหนังสือไม่ได้ ต้องใช้โทเคนของบุคคล",
            )
        if action.person != ws.person_id:
            return 403, error(
                "not_your_action",
                f"the action is {action.person}'s; this token is {ws.person_id}'s",
                f"การดำเนินการนี้เป็นของ {action.person} ไม่ใช่ของผู้ถือโทเคน ({ws.person_id})",
            )
        with self.store.sessions() as session:
            replayed = records.stored_answer(session, ws, action)
            if replayed is not None:
                return replayed
            if records.delivered(session, ws, action.case_id) is None:
                return NOT_FOUND
        problem = _carried(action, minute_pdf)
        if problem is not None:
            return 422, problem
        for _attempt in range(ATTEMPTS):
            try:
                checked = self._check(ws, action, minute_pdf)
                if not isinstance(checked, _Checked):
                    return checked
                return self._record(ws, action, minute_pdf, checked)
            except _Again:
                continue
        return 409, error(
            "in_progress", "the case keeps changing: send the action again", "เรื่องกำลังเปลี่ยน โปรดส่งอีกครั้ง"
        )

    def _check(self, ws: Workstation, action: CaseAction, minute_pdf: bytes | None) -> Answer | _Checked:
        """Judge the action on the case as it stands now, unlocked; check its minute (the slow part)."""
        with self.store.sessions() as session:
            row = session.get(CaseRow, action.case_id)
            if row is not None and row.agency_code != ws.agency_code:
                return NOT_FOUND
            case = records.case_of(row)
            people = _people(session, ws.agency_code)
        try:
            apply(case, action, people)
        except ActionConflict:
            return _Checked(None)  # a note: nothing to check
        except CaseError as exc:
            return _refused_by_rules(exc)
        if action.kind is not CaseActionKind.MINUTE:
            return _Checked(None)
        assert minute_pdf is not None
        found = check_signed(b"", minute_pdf, MINUTE_FIELD, self.verifier)
        if isinstance(found, Refusal):
            log.info("case %s: minute %s refused: %s", action.case_id, action.action_id, found.error)
            return 422, found.body()
        return _Checked(found)

    def _record(
        self, ws: Workstation, action: CaseAction, minute_pdf: bytes | None, checked: _Checked
    ) -> Answer:
        """Under the case's lock: the action again by the rules, then stored (accepted or noted) with its
        history entry, its minute and the feed item, in one transaction."""
        try:
            with self.store.writing, self.store.sessions.begin() as session:
                row = records.lock(session, action.case_id)
                replayed = records.stored_answer(session, ws, action)
                if replayed is not None:
                    return replayed
                if row is not None and row.agency_code != ws.agency_code:
                    return NOT_FOUND
                case = records.case_of(row)
                try:
                    after = apply(case, action, _people(session, ws.agency_code))
                except ActionConflict as conflict:
                    assert row is not None and case is not None  # a first presentation never conflicts
                    return _note(session, ws, row, action, conflict)
                except CaseError as exc:
                    return _refused_by_rules(exc)
                if action.kind is CaseActionKind.MINUTE:
                    if checked.signature is None:
                        raise _Again
                    person = session.get(Person, action.person)
                    assert person is not None  # the token's person
                    refusal = certificate_refusal(person, checked.signature.certificate)
                    if refusal is not None:
                        return 422, refusal.body()
                    if checked.signature.certificate is not None:
                        learn_certificate(session, person.person_id, checked.signature.certificate)
                return self._accept(session, ws, row, case, after, action, minute_pdf)
        except IntegrityError:  # a first presentation of the same case, or the same action id, meanwhile
            log.info("case %s: another request stored first; judging again", action.case_id)
            raise _Again from None

    def _accept(
        self,
        session: Session,
        ws: Workstation,
        row: CaseRow | None,
        before: Case | None,
        case: Case,
        action: CaseAction,
        minute_pdf: bytes | None,
    ) -> Answer:
        document = records.delivered(session, ws, case.case_id)
        assert document is not None  # checked before: letters are not taken back
        row = records.store_case(session, row, ws.agency_code, case, _secret(case, document))
        if minute_pdf is not None and action.kind is CaseActionKind.MINUTE and action.minute_sha256:
            self.store.put_blob(minute_pdf, session)
            if session.get(CaseMinute, (case.case_id, action.minute_sha256)) is None:
                added = CaseMinute(case_id=case.case_id, sha256=action.minute_sha256, added_at=records.now())
                session.add(added)
        _bring_letter(session, row, document)
        entry = records.append(session, row, action, "accepted", acting_for(before, action), 200)
        log.info("case %s: %s by %s accepted", case.case_id, action.kind, action.person)
        return 200, {"outcome": "accepted", "case": case.to_wire(), "entry": entry}


def _bring_letter(session: Session, row: CaseRow, document: Document) -> None:
    """A letter delivered secret reaches only the people its letter items were made for: the people the
    case has brought onto it since, and those on the secret routes of its replies, get the letter item too
    (before the case's item), so that they can open the letter on their own workstation."""
    if not is_secret_letter(document):
        return  # every workstation of the agency has had it
    case = records.case_of(row)
    assert case is not None
    people = records.audience(session, row)
    replies = {a.reply_letter_id for a in case.assignments if a.reply_letter_id}
    for route in session.scalars(
        select(RouteRow).where(RouteRow.letter_id.in_(replies), RouteRow.agency_code == row.agency_code)
    ):
        if is_secret(json.loads(route.letter_json).get("secret")):
            people |= route_audience(Route.from_wire(json.loads(route.route_json)))
    brought = bring(session, document, row.agency_code, people)
    if brought:
        log.info("case %s: its letter brought to %d more people", row.case_id, brought)


def _note(
    session: Session, ws: Workstation, row: CaseRow, action: CaseAction, conflict: ActionConflict
) -> Answer:
    """A late action: kept in the history as a note, answered 409 with who acted first and when (and the
    case, unless it is secret and the late actor is not on it)."""
    by = session.get(Person, conflict.by)
    by_name = by.name if by else conflict.by
    body: dict[str, Any] = {
        "error": "already_done",
        "detail": f"already done by {by_name} at {records.iso(conflict.at)} ({conflict.what})",
        "reason_th": f"ดำเนินการแล้วโดย {by_name} เมื่อ {thai_time(conflict.at)}",
        "by": conflict.by,
        "by_name": by_name,
        "at": records.iso(conflict.at),
    }
    if records.readable(session, ws, row):
        body["case"] = json.loads(row.case_json)
    row.updated_at = records.now()
    entry = records.append(session, row, action, "noted", None, 409, body)
    log.info("case %s: late %s by %s noted", row.case_id, action.kind, action.person)
    return 409, {**body, "entry": entry}


def _carried(action: CaseAction, minute_pdf: bytes | None) -> dict[str, Any] | None:
    """What the body must carry beside the action (422 otherwise)."""
    if action.kind is not CaseActionKind.MINUTE:
        return None
    if minute_pdf is None:
        return error(
            "minute_required", "a minute carries its signed PDF", "การเกษียนต้องแนบไฟล์บันทึกเกษียนที่ลงนามแล้ว"
        )
    if action.minute_sha256 != hashlib.sha256(minute_pdf).hexdigest():
        return error(
            "minute_mismatch",
            "the minute PDF's SHA-256 is not the action's minute_sha256",
            "ไฟล์บันทึกเกษียนที่แนบไม่ตรงกับที่ระบุในการดำเนินการ",
        )
    return None


def _refused_by_rules(exc: CaseError) -> Answer:
    return 422, error("case_refused", str(exc), exc.thai or str(exc))


def _people(session: Session, agency: str) -> dict[str, DomainPerson]:
    return {p.person_id: p for p in people_of(session, agency)}


def _secret(case: Case, document: Document) -> bool:
    """A case is secret when its letter is classed so, by the presentation or by the letter as delivered."""
    return case.letter.secret or is_secret_letter(document)
