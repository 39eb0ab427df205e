"""A letter's way as a reader sees it: every history entry (who, in what position, when, with what comment,
acting for whom, accepted or only noted) beside the verdict on the signature its action made.

An approve or sign action signs a reserved field (Initials1, …, Signature1: ``Route.field_of``). The
signatures are checked in the latest PDF of their round (the route's current PDF for the current round)
with the client's strict verify (signing/verify.py) against the configured trust anchors, and each is
matched to its entry by the field its step signs. A round's later signatures are incremental updates of the
same file, so that PDF holds all of the round's signatures.
"""

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.routes import Action, ActionKind, Route, StepKind, StepSpec, initials_count
from eoffice_desktop.store.routes import ACCEPTED, PENDING, RouteStore
from eoffice_desktop.workspace import Workspace

if TYPE_CHECKING:
    from asn1crypto import x509

    from eoffice_desktop.signing.revocation import RevocationChecker
    from eoffice_desktop.signing.verify import FileReport, SignatureReport

ABSENT = "absent"  # the field holds no signature in the PDF
UNAVAILABLE = "unavailable"  # the PDF that holds it has not arrived on this workstation

SIGNING = (ActionKind.APPROVE, ActionKind.SIGN)


@dataclass(frozen=True)
class SignatureCheck:
    """The verdict on one action's signature: ``verdict`` is a verdict tone (valid, untrusted, unchecked,
    invalid; signing/verdict.py) or ``absent`` / ``unavailable``; ``english`` and ``thai`` say it."""

    field: str
    signer: str | None
    verdict: str
    english: str
    thai: str
    signed_at: str | None = None

    def text(self, thai: bool) -> str:
        return self.thai if thai else self.english

    def describe(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "signer": self.signer,
            "verdict": self.verdict,
            "signed_at": self.signed_at,
            "text": self.english,
            "text_th": self.thai,
        }


@dataclass(frozen=True)
class HistoryLine:
    """One entry of a letter's way: the server's history entry, or one of this workstation's actions the
    server has not answered yet (``outcome`` pending, ``seq`` None)."""

    seq: int | None
    action: Action
    outcome: str  # accepted, noted (someone was first: kept as a note), pending
    by_name: str
    position: str
    acting_for: str | None  # the step's owner the actor stood in for
    acting_for_label: str | None  # the owner's position (else name, else id): รักษาราชการแทน …
    step_kind: StepKind | None  # the kind of the step acted on
    signature: SignatureCheck | None  # approve and sign (accepted or pending) only

    @property
    def at(self) -> dt.datetime:
        """When the person acted (their workstation's clock)."""
        return self.action.at

    @property
    def comment(self) -> str:
        return self.action.comment


Lookup = Callable[[str], Person | None]


def _people(workspace: Workspace) -> Lookup:
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


def route_history(
    workspace: Workspace,
    letter_id: str,
    *,
    pending: bool = True,
    trust: "Sequence[x509.Certificate] | None" = None,
    revocation: "RevocationChecker | None" = None,
) -> list[HistoryLine]:
    """The letter's way in order, each signing action with its signature's verdict; ``pending``: this
    workstation's unanswered actions follow the server's history. ``trust``: the anchors (default: the
    settings' ``[signing] trust``); ``revocation``: how certificates are checked (default: as the window
    checks them, online with the store's cache)."""
    routes = RouteStore(workspace.store, workspace.actor)
    held = routes.get(letter_id)
    entries: list[tuple[int | None, Action, str, Mapping[str, Any] | None]] = []
    for kept in routes.history(letter_id):
        entries.append((int(kept["seq"]), Action.from_wire(kept["action"]), str(kept["outcome"]), kept))
    if pending:
        for record in routes.actions(letter_id, PENDING):
            entries.append((None, record.action, PENDING, None))
    people = _people(workspace)
    route = held.route if held is not None else None
    fields = _fields(entries, route)
    checks = _checks(workspace, entries, fields, route, trust, revocation)
    lines = []
    steps: tuple[StepSpec, ...] = ()
    for index, (seq, action, outcome, entry) in enumerate(entries):
        if action.kind is ActionKind.SUBMIT:
            steps = action.steps
        kind = steps[action.step].kind if action.step is not None and action.step < len(steps) else None
        owner = steps[action.step].person if kind is not None and action.step is not None else None
        acting = (entry.get("acting_for") if entry else None) or (
            owner if owner and owner != action.person and action.kind is not ActionKind.FORWARD else None
        )
        person = people(action.person)
        by_name = str(entry.get("by_name") or "") if entry else ""
        position = str(entry.get("position") or "") if entry else ""
        lines.append(
            HistoryLine(
                seq=seq,
                action=action,
                outcome=outcome,
                by_name=by_name or (person.name if person else action.person),
                position=position or (person.position if person else ""),
                acting_for=acting,
                acting_for_label=_label(str(acting), people) if acting else None,
                step_kind=kind,
                signature=checks.get(index),
            )
        )
    return lines


def _label(person_id: str, people: Lookup) -> str:
    person = people(person_id)
    if person is None:
        return person_id
    return person.position or person.name


def _fields(
    entries: Sequence[tuple[int | None, Action, str, Mapping[str, Any] | None]], route: Route | None
) -> dict[int, tuple[int, str]]:
    """Entry index → (round, field) for each accepted or pending approve and sign."""
    found: dict[int, tuple[int, str]] = {}
    steps: tuple[StepSpec, ...] = ()
    rounds: dict[int, tuple[StepSpec, ...]] = {}
    for index, (_seq, action, outcome, _entry) in enumerate(entries):
        if action.kind is ActionKind.SUBMIT:
            steps = action.steps
            rounds[action.round] = steps
        if action.kind not in SIGNING or outcome not in (ACCEPTED, PENDING) or action.step is None:
            continue
        of_round = rounds.get(action.round) or (
            tuple(StepSpec(s.person, s.kind) for s in route.steps)
            if route and route.round == action.round
            else ()
        )
        if action.step < len(of_round):
            found[index] = (action.round, field_for(of_round, action.step))
    return found


def _checks(
    workspace: Workspace,
    entries: Sequence[tuple[int | None, Action, str, Mapping[str, Any] | None]],
    fields: Mapping[int, tuple[int, str]],
    route: Route | None,
    trust: "Sequence[x509.Certificate] | None",
    revocation: "RevocationChecker | None",
) -> dict[int, SignatureCheck]:
    if not fields:
        return {}
    latest: dict[int, str] = {}  # round → the latest PDF of the round
    for index, (round_, _field) in fields.items():
        digest = entries[index][1].pdf_sha256
        if digest:
            latest[round_] = digest
    if route is not None and route.pdf_sha256:
        latest[route.round] = route.pdf_sha256
    if trust is None:
        from eoffice_desktop.signing.verify import load_trust_anchors

        trust = load_trust_anchors(list(workspace.services.config.trust))
    if revocation is None:
        from eoffice_desktop.desk.viewing import revocation_checker

        revocation = revocation_checker(workspace)
    reports: dict[str, FileReport | None] = {}
    checks = {}
    for index, (round_, field) in fields.items():
        digest = latest.get(round_)
        if digest is not None and digest not in reports:
            reports[digest] = _verify(workspace, digest, trust, revocation)
        report = reports.get(digest) if digest else None
        checks[index] = _check(report, field)
    return checks


def _verify(
    workspace: Workspace, digest: str, trust: "Sequence[x509.Certificate]", revocation: "RevocationChecker"
) -> "FileReport | None":
    from eoffice_desktop.signing.verify import verify_data

    if not workspace.store.blob_path(digest).is_file():
        return None
    pdf = workspace.store.get_blob(digest)
    if hashlib.sha256(pdf).hexdigest() != digest:
        from eoffice_desktop.signing.verify import FileReport

        damaged = FileReport(file=digest)
        damaged.problems.append("the stored PDF is damaged")
        damaged.problems_th.append("ไฟล์หนังสือที่เก็บไว้เสียหาย")
        return damaged
    return verify_data(pdf, digest, trust, revocation)


def _check(report: "FileReport | None", field: str) -> SignatureCheck:
    from eoffice_desktop.signing.verdict import verdict
    from eoffice_desktop.signing.verify import FileReport

    if report is None:
        return SignatureCheck(
            field,
            None,
            UNAVAILABLE,
            "The signed PDF has not arrived here yet",
            "ยังไม่ได้รับไฟล์หนังสือที่ลงนามในเครื่องนี้",
        )
    if report.problems and not report.unsigned:
        said = verdict(report)
        return SignatureCheck(field, None, said.tone.value, said.english, said.thai)
    found: SignatureReport | None = next((s for s in report.signatures if s.field == field), None)
    if found is None:
        return SignatureCheck(
            field, None, ABSENT, f"No signature in the field {field}", f"ไม่พบลายมือชื่อในช่อง {field}"
        )
    said = verdict(FileReport(file=report.file, signatures=[found]))
    return SignatureCheck(field, found.signer, said.tone.value, said.english, said.thai, found.signing_time)
