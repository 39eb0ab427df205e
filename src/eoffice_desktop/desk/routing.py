"""A letter's way through the office on this workstation (docs/routing.md): the drafter submits a draft on a
route, each person on it acts in turn (initials, return, forward, signature), and every action is applied
here at once (offline too) and queued for the server (sync/routing.py).

The command line and the window use these; the rules are domain.routes', the writing store.routes'.
"""

import datetime as dt
import hashlib
import io
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.people import Person, check_person_id, holder_of, is_position
from eoffice_desktop.domain.route_rules import apply, check_steps
from eoffice_desktop.domain.routes import (
    Action,
    ActionKind,
    Route,
    RouteError,
    RouteState,
    Step,
    StepKind,
    StepSpec,
    TaskKind,
    again_field,
    initials_count,
)
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.signing.batch import BatchSigner, LetterJob, SignOptions
from eoffice_desktop.signing.pin import PinProvider
from eoffice_desktop.store.letters import LetterRecord
from eoffice_desktop.store.route_letters import follow
from eoffice_desktop.store.routes import RouteRecord, RouteStore
from eoffice_desktop.templates import Template
from eoffice_desktop.templates.model import ElementType
from eoffice_desktop.workspace import Workspace

SPEED_RANK = {"ด่วนที่สุด": 3, "ด่วนมาก": 2, "ด่วน": 1}
"""Urgent letters first in a person's tasks."""

PeopleLookup = Callable[[str], Person | None]


def no_people(_person_id: str) -> Person | None:
    return None


class RoutingError(EOfficeError):
    """A route action this workstation cannot take (nothing is written)."""


@dataclass(frozen=True)
class Task:
    letter_id: str
    kind: TaskKind
    subject: str
    speed: str | None
    route: Route
    since: dt.datetime  # when the letter came to the person
    local: bool  # this workstation's actions on it are not yet accepted by the server

    @property
    def step(self) -> Step | None:
        return self.route.current if self.kind is TaskKind.ACT else None

    def describe(self) -> dict[str, Any]:
        step = self.step
        return {
            "letter_id": self.letter_id,
            "task": self.kind.value,
            "subject": self.subject,
            "speed": self.speed,
            "round": self.route.round,
            "state": self.route.state.value,
            "step": step.position + 1 if step else None,
            "step_kind": step.kind.value if step else None,
            "field": self.route.field_of(step) if step else None,
            "acting_for": step.person if step and step.acting else None,
            "drafter": self.route.drafter,
            "since": self.since.isoformat(),
            "local": self.local,
        }


@dataclass(frozen=True)
class RouteSigning:
    """How an approve or sign action signs: the person's token and the signing options (``field`` and the
    position line are set here, per step)."""

    signer: BatchSigner
    provider: PinProvider
    options: SignOptions


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_letter(
    workspace: Workspace, template_id: str, data: Mapping[str, Any], letter_id: str | None = None
) -> LetterRecord:
    """A draft in the store (the template must exist; the data is checked when it is submitted)."""
    template = workspace.services.templates.get(template_id)
    return workspace.letters.create(template.id, data, letter_id=letter_id)


def _initials_field(template: Template) -> str | None:
    """The data field whose lines give the letter's initials spots (``reviewers``)."""
    return next((e.field for e in template.elements if e.type is ElementType.INITIALS and e.field), None)


def _number_field(template: Template) -> str | None:
    from eoffice_desktop.domain.fields import FieldType

    return next((f.name for f in template.fields if f.type is FieldType.DOC_NUMBER), None)


def _label(person_id: str, people: PeopleLookup) -> str:
    person = people(person_id)
    return (person.position or person.name) if person is not None else person_id


def route_data(
    template: Template, data: Mapping[str, Any], steps: Sequence[StepSpec], people: PeopleLookup
) -> dict[str, Any]:
    """The letter's data with one initials spot per step that initials: the drafter's own labels when they
    are as many, else the people's positions (or ids)."""
    routed = dict(data)
    count = initials_count(steps)
    field = _initials_field(template)
    if field is None:
        if count:
            raise RoutingError(
                f"template {template.id} reserves no initials fields: a route through reviewers needs one",
                thai=f"แบบหนังสือ {template.id} ไม่มีช่องลงนามย่อ จึงเสนอผ่านผู้ตรวจไม่ได้",
            )
        return routed
    given = data.get(field)
    if isinstance(given, list) and len(given) == count:
        return routed
    routed[field] = [_label(s.person, people) for s in steps if s.kind is not StepKind.SIGN]
    return routed


def _fields_of(pdf: bytes) -> set[str]:
    return set(_signature_fields(pdf))


def submit(
    workspace: Workspace,
    letter_id: str,
    steps: Sequence[StepSpec],
    person: str,
    note: str = "",
    *,
    number: bool = False,
    send_by: str | None = None,
    people: PeopleLookup = no_people,
    numbering: str | None = None,
) -> Route:
    """Submit the draft on a route: rendered with an initials field per reviewing step and Signature1,
    kept as the version's PDF, the submit action applied here and queued. Round 1, or the next round after
    a return. A problem raises before anything is written (a number taken with ``number`` stays on the
    draft: numbers are never given twice). ``numbering`` "after" (default: the setting ``[routing]
    numbering``) leaves the number and date blank for the saraban desk (desk/numbering.py)."""
    from eoffice_desktop.desk.drafts import signable_pdf, take_number
    from eoffice_desktop.desk.numbering import AFTER, blank_pdf

    after = (numbering or workspace.services.config.numbering) == AFTER
    if after and number:
        raise RoutingError(
            "a letter numbered after signing takes no number at submit (--number)",
            thai="หนังสือที่ออกเลขหลังลงนาม ไม่ต้องออกเลขตอนเสนอ (--number)",
        )

    steps = resolve_steps(workspace, steps)
    check_steps(steps)
    if send_by is not None:
        check_person_id(send_by)
    letters = workspace.letters
    routes = RouteStore(workspace.store, workspace.actor)
    record = letters.get(letter_id)
    held = routes.get(letter_id)
    if record.state is not LetterState.DRAFT:
        raise RoutingError(
            f"only a draft is submitted (this letter is {record.state})",
            thai=f"เสนอได้เฉพาะร่างหนังสือ (หนังสือนี้สถานะ{record.state.thai})",
        )
    if held is not None and held.route.state is not RouteState.RETURNED:
        raise RoutingError(
            f"the letter is already on its route ({held.route.state})",
            thai=f"หนังสือนี้อยู่ในเส้นทางแล้ว ({held.route.state.thai})",
        )
    if held is not None and held.route.drafter != person:
        raise RoutingError("only the drafter submits a new version", thai="ผู้ร่างเท่านั้นที่เสนอฉบับแก้ไขได้")
    round_ = held.route.round + 1 if held is not None else 1
    template = workspace.services.templates.get(record.template)
    data = letters.data(letter_id)
    probe = Action(
        str(uuid.uuid4()),
        letter_id,
        ActionKind.SUBMIT,
        person,
        _now(),
        round_,
        comment=note,
        steps=tuple(steps),
        send_by=send_by,
        pdf_sha256="0" * 64,
    )
    _check(held.route if held else None, probe)
    data = route_data(template, data, steps, people)
    if number:
        field = _number_field(template)
        if field is None:
            raise RoutingError(
                f"template {template.id} has no document number", thai=f"แบบหนังสือ {template.id} ไม่มีเลขที่หนังสือ"
            )
        data[field] = take_number(workspace, str(data.get(field) or ""))
    pdf = blank_pdf(workspace, template, data) if after else signable_pdf(workspace, template, data)
    wanted = {"Signature1", *(f"Initials{n}" for n in range(1, initials_count(steps) + 1))}
    missing = wanted - _fields_of(pdf)
    if missing:
        raise RoutingError(
            f"the rendered letter lacks the signature fields {', '.join(sorted(missing))}",
            thai=f"หนังสือที่จัดทำไม่มีช่องลงนาม {', '.join(sorted(missing))}",
        )
    letters.edit(letter_id, data)
    stored = letters.set_pdf(letter_id, pdf, signed=False)
    action = replace(probe, pdf_sha256=stored.pdf_sha256, at=_now())
    info = {
        "subject": stored.subject,
        "speed": stored.speed,
        "secret": stored.secrecy,
        "template": stored.template,
    }
    route = routes.record(action, letter=info)
    letters.move(letter_id, LetterState.ROUTING)
    return route


def default_steps(workspace: Workspace, template_id: str) -> tuple[StepSpec, ...]:
    """The route a letter of ``template_id`` goes on when none is given: the template's ``default_route``,
    else the setting ``[routing] default_route``; () when neither gives one."""
    template = workspace.services.templates.get(template_id)
    if template.default_route:
        return template.default_route
    return tuple(StepSpec.parse(text) for text in workspace.services.config.default_route)


def resolve_steps(workspace: Workspace, steps: Sequence[StepSpec]) -> tuple[StepSpec, ...]:
    """The steps with each position in a unit (``ผู้อำนวยการกอง@กองกลาง``) replaced by the one person who
    holds it among the people held here; a PersonError (Thai) when nobody or several do."""
    if not any(is_position(step.person) for step in steps):
        return tuple(steps)
    from eoffice_desktop.store.people import People

    people = People(workspace.store).all()
    return tuple(
        replace(step, person=holder_of(step.person, people).person_id) if is_position(step.person) else step
        for step in steps
    )


def proposed_steps(workspace: Workspace, letter_id: str) -> tuple[StepSpec, ...]:
    """What the route builder starts with: a letter that came back gets the steps of its last round again;
    else the default route of its template or of the settings (() when there is none)."""
    held = RouteStore(workspace.store, workspace.actor).get(letter_id)
    if held is not None:
        return tuple(StepSpec(step.person, step.kind) for step in held.route.steps)
    return resolve_steps(workspace, default_steps(workspace, workspace.letters.get(letter_id).template))


NO_ROUTE = RoutingError(
    "no route given and none by default: give the steps (--step PERSON:KIND, the last PERSON:sign) or set "
    "[routing] default_route",
    thai="ไม่ได้ระบุเส้นทางเสนอและไม่มีเส้นทางเริ่มต้น กรุณาระบุขั้นตอน (--step รหัสบุคคล:การดำเนินการ "
    "ขั้นสุดท้ายเป็น :sign) หรือกำหนด [routing] default_route",
)


def _check(route: Route | None, action: Action) -> Route:
    """The rules, before anything is written or signed (RouteError and ActionConflict are DomainErrors)."""
    return apply(route, action)


def tasks(workspace: Workspace, person: str) -> list[Task]:
    """What waits for ``person`` here (pending actions applied): urgent first (ด่วนที่สุด, ด่วนมาก, ด่วน),
    then the oldest."""
    found = []
    for record in RouteStore(workspace.store, workspace.actor).held_by(person):
        kind = record.route.task_for(person)
        if kind is None:
            continue
        speed = record.letter.get("speed")
        found.append(
            Task(
                record.route.letter_id,
                kind,
                str(record.letter.get("subject") or ""),
                str(speed) if speed else None,
                record.route,
                record.route.last_at or record.updated_at,
                record.local,
            )
        )
    return sorted(found, key=lambda t: (-SPEED_RANK.get(t.speed or "", 0), t.since, t.letter_id))


def _held(workspace: Workspace, letter_id: str) -> RouteRecord:
    held = RouteStore(workspace.store, workspace.actor).get(letter_id)
    if held is None:
        raise RoutingError(f"letter {letter_id} is on no route here", thai="ไม่พบเส้นทางเสนอของหนังสือนี้")
    return held


def act(
    workspace: Workspace,
    letter_id: str,
    kind: ActionKind,
    person: str,
    note: str = "",
    *,
    forward_to: str | None = None,
    return_to: int | None = None,
    signing: RouteSigning | None = None,
    people: PeopleLookup = no_people,
) -> Route:
    """``person`` acts on the step that waits: approve or sign (the route's current PDF signed into the
    step's field with the person's token), return (a note required), forward. Applied here and queued; a
    rule broken raises before any PIN is asked or anything is written."""
    if kind is ActionKind.SUBMIT:
        raise RoutingError("a letter is submitted with `route`", thai="การเสนอหนังสือใช้คำสั่ง route")
    if kind is ActionKind.RETURN and not note.strip():
        raise RouteError(
            "a letter goes back with a note saying what to correct (--note)",
            thai="การส่งคืนต้องมีความเห็นว่าให้แก้ไขอะไร (--note)",
        )
    held = _held(workspace, letter_id)
    route = held.route
    step = route.current
    if route.state is not RouteState.IN_PROGRESS or step is None:
        raise RoutingError(
            f"no step of letter {letter_id} waits ({route.state})",
            thai=f"หนังสือนี้ไม่มีขั้นที่รอดำเนินการ ({route.state.thai})",
        )
    signs = kind in (ActionKind.APPROVE, ActionKind.SIGN)
    action = Action(
        str(uuid.uuid4()),
        letter_id,
        kind,
        person,
        _now(),
        route.round,
        step=step.position,
        comment=note,
        forward_to=forward_to,
        return_to=return_to,
        pdf_sha256="0" * 64 if signs else None,
        base_sha256=route.pdf_sha256 if signs else None,
    )
    _check(route, action)
    store = workspace.store
    if signs:
        if signing is None:
            raise RoutingError("approving and signing need the person's token", thai="ต้องใช้โทเค็นของผู้ลงนาม")
        if route.pdf_sha256 is None or not store.blob_path(route.pdf_sha256).is_file():
            raise RoutingError(
                "the letter's current PDF has not arrived here yet: sync first",
                thai="ยังไม่ได้รับไฟล์หนังสือฉบับปัจจุบัน กรุณาซิงก์ก่อน",
            )
        signed = _sign(store.get_blob(route.pdf_sha256), route, step, signing, people)
        action = replace(action, pdf_sha256=store.put_blob(signed), at=_now())
    else:
        action = replace(action, at=_now())
    done = RouteStore(store, workspace.actor).record(action)
    follow(store, workspace.actor, done, held.letter, person)
    return done


def _sign(pdf: bytes, route: Route, step: Step, signing: RouteSigning, people: PeopleLookup) -> bytes:
    """The PDF with the step's signature in its reserved field; a forwarded step signs as acting for its
    owner (รักษาราชการแทน …) when the owner's position is known here."""
    field = route.field_of(step)
    taken = _signature_fields(pdf)
    if taken.get(field):  # the step signs again after a return to it: its initials stand in the reserved
        # spot, so this signature takes an invisible field of its own named after the step
        again = again_field(field, set(taken))
        options = replace(signing.options, field=None, new_field=again, visible=False, certify=False)
    else:
        options = replace(signing.options, field=field, visible=True, certify=False)
    owner = people(step.person) if step.acting else None
    if owner is not None and owner.position:
        options = replace(options, signer_position=f"รักษาราชการแทน {owner.position}")
    name = f"letter {route.letter_id}"
    result = signing.signer.sign([LetterJob(pdf, name)], signing.provider, options)
    (letter,) = result.letters
    if not letter.signed or letter.signed_pdf is None:
        raise RoutingError(
            f"{name} was not signed: {letter.problem}",
            thai=f"ยังไม่ได้ลงนาม: {letter.problem_th or letter.problem}",
        )
    return letter.signed_pdf


def _signature_fields(pdf: bytes) -> dict[str, bool]:
    """The PDF's signature fields: name → signed."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from eoffice_desktop.signing.reserved import signature_fields

    return signature_fields(PdfFileReader(io.BytesIO(pdf), strict=False))


def current_pdf(workspace: Workspace, letter_id: str) -> bytes:
    """The letter as it stands: its own signed PDF (numbered after signing, it is ahead of the route's), else
    the route's current PDF when it is on a route, else the letter's own."""
    from eoffice_desktop.store.db import StoreError

    held = RouteStore(workspace.store, workspace.actor).get(letter_id)
    digest = held.route.pdf_sha256 if held is not None else None
    try:
        record: LetterRecord | None = workspace.letters.get(letter_id)
    except StoreError:
        record = None
    if record is not None and (digest is None or (record.signed and record.pdf_sha256)):
        digest = record.pdf_sha256  # signed here: numbered after signing, it is ahead of the route's
    if digest is None or not workspace.store.blob_path(digest).is_file():
        raise RoutingError(f"letter {letter_id} has no PDF here yet", thai="หนังสือนี้ยังไม่มีไฟล์ในเครื่องนี้")
    pdf = workspace.store.get_blob(digest)
    if hashlib.sha256(pdf).hexdigest() != digest:
        raise RoutingError(f"the stored PDF of letter {letter_id} is damaged", thai="ไฟล์หนังสือที่เก็บไว้เสียหาย")
    return pdf


NO_PERSON = RoutingError(
    "this workstation does not know whom it acts for: give --person",
    thai="เครื่องนี้ยังไม่ทราบว่าดำเนินการในนามผู้ใด กรุณาระบุ --person",
)


def resolve_person(workspace: Workspace, given: str | None) -> str:
    """Whom an action is by: ``given`` (--person), else the setting ``[identity] person``, else the person
    the server said this workstation's token stands for (kept by sync)."""
    config = workspace.services.config
    chosen = given or config.person or _stored_me(workspace)
    if not chosen:
        raise NO_PERSON
    return check_person_id(str(chosen))


def _stored_me(workspace: Workspace) -> str | None:
    """The person `GET /v1/me` named, as the people cache keeps it."""
    from eoffice_desktop.store.people import People

    me = People(workspace.store).me()
    return me.person_id if me else None
