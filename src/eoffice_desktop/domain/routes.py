"""A letter's way through the office: เสนอ → ตรวจ/ลงนามย่อ → เห็นชอบ → ลงนาม → ส่ง.

The drafter submits a version of a letter on a route: an ordered list of steps, each a person and what they
do (review and initial, approve, sign: the last step). The people act in turn; each action is checked here,
by the same rules on the server (which orders the actions and has the last word) and on a workstation (which
applies its own actions at once, offline, and takes the server's route when it syncs).

Pure rules: no storage, no network. Times are aware datetimes (UTC on the wire).
"""

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.people import check_person_id, is_position
from eoffice_desktop.domain.wire_time import from_wire as _time
from eoffice_desktop.domain.wire_time import to_wire as _iso

MAX_STEPS = 20
MAX_COMMENT = 4000


class StepKind(enum.StrEnum):
    REVIEW = "review"  # ตรวจ / ลงนามย่อ: initials in the letter's reserved initials field
    APPROVE = "approve"  # เห็นชอบ: initials too
    SIGN = "sign"  # ลงนาม: the final signature, the last step

    @property
    def thai(self) -> str:
        return {"review": "ตรวจ/ลงนามย่อ", "approve": "เห็นชอบ", "sign": "ลงนาม"}[self.value]


class StepState(enum.StrEnum):
    WAITING = "waiting"
    ACTIVE = "active"
    DONE = "done"


class RouteState(enum.StrEnum):
    IN_PROGRESS = "in_progress"  # อยู่ระหว่างเสนอ
    RETURNED = "returned"  # ส่งคืนแก้ไข: the drafter edits and submits a new version
    SIGNED = "signed"  # ลงนามแล้ว: waits in the send queue

    @property
    def thai(self) -> str:
        return {"in_progress": "อยู่ระหว่างเสนอ", "returned": "ส่งคืนแก้ไข", "signed": "ลงนามแล้ว"}[self.value]


class ActionKind(enum.StrEnum):
    SUBMIT = "submit"  # เสนอ: a new version on the route (the first, or after a return)
    APPROVE = "approve"  # ตรวจ/เห็นชอบ: initial the current step (a signature)
    RETURN = "return"  # ส่งคืน: to the drafter or an earlier step, with a comment
    FORWARD = "forward"  # ส่งต่อ / รักษาราชการแทน: the step goes to another person, who acts for its owner
    SIGN = "sign"  # ลงนาม: the final signature

    @property
    def thai(self) -> str:
        return {
            "submit": "เสนอ",
            "approve": "ตรวจ/เห็นชอบ",
            "return": "ส่งคืน",
            "forward": "ส่งต่อ",
            "sign": "ลงนาม",
        }[self.value]


class TaskKind(enum.StrEnum):
    ACT = "act"  # a step waits for this person
    FIX = "fix"  # the letter came back to its drafter
    SEND = "send"  # signed: into the send queue


class RouteError(DomainError):
    """An action or a route that no rule allows (a bad request, not a race)."""


class ActionConflict(DomainError):
    """The step is no longer this person's: someone acted first (or it went elsewhere). Nothing of the
    late action is lost: its comment is kept as a note in the history."""

    def __init__(self, by: str, at: dt.datetime | None, what: str, *, by_name: str | None = None) -> None:
        when = at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if at else "?"
        who = by_name or by
        super().__init__(
            f"already done by {who} at {when} ({what})", thai=f"ดำเนินการแล้วโดย {who} เมื่อ {thai_time(at)}"
        )
        self.by = by
        self.at = at
        self.what = what


def thai_time(at: dt.datetime | None) -> str:
    """``๕ ธ.ค. ๒๕๖๙ ๑๔.๓๐ น.`` in Thailand's time (UTC+7)."""
    if at is None:
        return "-"
    from eoffice_desktop.domain.thai import thai_digits

    local = at.astimezone(dt.timezone(dt.timedelta(hours=7)))
    months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
    text = f"{local.day} {months[local.month - 1]} {local.year + 543} {local.hour:02d}.{local.minute:02d} น."
    return thai_digits(text)


@dataclass(frozen=True)
class StepSpec:
    person: str
    kind: StepKind

    @classmethod
    def parse(cls, text: str) -> "StepSpec":
        """``PERSON:review`` (the command line's form), or ``POSITION@UNIT:sign``: a position in a unit, whose
        holder the workstation finds among the people it holds (``domain.people.holder_of``) on submit."""
        person, sep, kind = text.rpartition(":")
        if not sep or not person.strip():
            raise RouteError(
                f"a step is PERSON:KIND, e.g. P002:review (got {text!r})",
                thai=f"ขั้นตอนต้องเขียนเป็น รหัสบุคคล:การดำเนินการ เช่น P002:review (ได้ {text!r})",
            )
        holder = person.strip() if is_position(person) else check_person_id(person)
        try:
            return cls(holder, StepKind(kind.strip().casefold()))
        except ValueError:
            kinds = ", ".join(k.value for k in StepKind)
            raise RouteError(
                f"unknown step kind {kind!r} (known: {kinds})",
                thai=f"ไม่รู้จักการดำเนินการ {kind!r} (ที่มี: {kinds})",
            ) from None

    def to_wire(self) -> dict[str, str]:
        return {"person": self.person, "kind": self.kind.value}


@dataclass(frozen=True)
class Step:
    position: int  # 0-based, in route order
    person: str  # whose step it is
    kind: StepKind
    state: StepState = StepState.WAITING
    holder: str = ""  # who must act: the person, or whom the step was forwarded to
    acted_by: str | None = None
    acted_at: dt.datetime | None = None
    comment: str | None = None

    @property
    def acting(self) -> bool:
        """Whoever holds the step acts for its owner (รักษาราชการแทน)."""
        return self.holder != self.person

    def to_wire(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "person": self.person,
            "kind": self.kind.value,
            "state": self.state.value,
            "holder": self.holder,
            "acted_by": self.acted_by,
            "acted_at": _iso(self.acted_at),
            "comment": self.comment,
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "Step":
        return cls(
            position=int(data["position"]),
            person=str(data["person"]),
            kind=StepKind(data["kind"]),
            state=StepState(data["state"]),
            holder=str(data.get("holder") or data["person"]),
            acted_by=data.get("acted_by"),
            acted_at=_time(data.get("acted_at")),
            comment=data.get("comment"),
        )


@dataclass(frozen=True)
class Action:
    action_id: str  # made once on the workstation: every retry of its delivery is the same action
    letter_id: str
    kind: ActionKind
    person: str  # who acts
    at: dt.datetime  # when, by the workstation's clock
    round: int  # the version of the letter the action is on (1, then +1 after each return)
    step: int | None = None  # the step acted on (approve, return, forward, sign)
    comment: str = ""
    forward_to: str | None = None  # forward
    return_to: int | None = None  # return: an earlier step; None: the drafter
    steps: tuple[StepSpec, ...] = ()  # submit
    send_by: str | None = None  # submit: who sends it once signed (saraban); None: the drafter
    pdf_sha256: str | None = None  # the PDF the action makes (submit: the version; approve, sign: signed)
    base_sha256: str | None = None  # the PDF it was taken on

    def to_wire(self) -> dict[str, Any]:
        return {
            "action_id": self.action_id,
            "letter_id": self.letter_id,
            "kind": self.kind.value,
            "person": self.person,
            "at": _iso(self.at),
            "round": self.round,
            "step": self.step,
            "comment": self.comment,
            "forward_to": self.forward_to,
            "return_to": self.return_to,
            "steps": [s.to_wire() for s in self.steps],
            "send_by": self.send_by,
            "pdf_sha256": self.pdf_sha256,
            "base_sha256": self.base_sha256,
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "Action":
        at = _time(data["at"])
        assert at is not None
        return cls(
            action_id=str(data["action_id"]),
            letter_id=str(data["letter_id"]),
            kind=ActionKind(data["kind"]),
            person=str(data["person"]),
            at=at,
            round=int(data["round"]),
            step=None if data.get("step") is None else int(data["step"]),
            comment=str(data.get("comment") or ""),
            forward_to=data.get("forward_to"),
            return_to=None if data.get("return_to") is None else int(data["return_to"]),
            steps=tuple(StepSpec(str(s["person"]), StepKind(s["kind"])) for s in data.get("steps") or ()),
            send_by=data.get("send_by"),
            pdf_sha256=data.get("pdf_sha256"),
            base_sha256=data.get("base_sha256"),
        )


@dataclass(frozen=True)
class Route:
    letter_id: str
    drafter: str
    round: int
    steps: tuple[Step, ...]
    state: RouteState
    revision: int = 0  # how many actions made this route: a newer snapshot has a higher revision
    pdf_sha256: str | None = None  # the letter as it stands (the latest accepted PDF)
    send_by: str | None = None
    last_by: str | None = None
    last_at: dt.datetime | None = None

    @property
    def current(self) -> Step | None:
        return next((s for s in self.steps if s.state is StepState.ACTIVE), None)

    @property
    def holder(self) -> str | None:
        """Who the letter waits for now."""
        if self.state is RouteState.IN_PROGRESS:
            step = self.current
            return step.holder if step else None
        if self.state is RouteState.RETURNED:
            return self.drafter
        return self.send_by or self.drafter

    def task_for(self, person: str) -> TaskKind | None:
        if self.holder != person:
            return None
        return {
            RouteState.IN_PROGRESS: TaskKind.ACT,
            RouteState.RETURNED: TaskKind.FIX,
            RouteState.SIGNED: TaskKind.SEND,
        }[self.state]

    def field_of(self, step: Step) -> str:
        """The reserved signature field a step signs into: the signer's Signature1, the others' initials
        fields Initials1, Initials2, … in route order (what `draft` reserves: see :func:`initials_count`)."""
        if step.kind is StepKind.SIGN:
            return "Signature1"
        index = sum(1 for s in self.steps[: step.position] if s.kind is not StepKind.SIGN)
        return f"Initials{index + 1}"

    def signs_into(self, step: Step, field: str) -> bool:
        """Whether a signature in ``field`` is ``step``'s: its reserved field, or, when the step acts again
        after a return to it (its reserved field already holds its earlier initials), a field of its own
        named after it: ``Initials1-2``, ``Initials1-3``, …"""
        base = self.field_of(step)
        if field == base:
            return True
        prefix, sep, count = field.rpartition("-")
        return bool(sep) and prefix == base and count.isdigit() and int(count) >= 2

    def to_wire(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "drafter": self.drafter,
            "round": self.round,
            "steps": [s.to_wire() for s in self.steps],
            "state": self.state.value,
            "revision": self.revision,
            "pdf_sha256": self.pdf_sha256,
            "send_by": self.send_by,
            "last_by": self.last_by,
            "last_at": _iso(self.last_at),
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "Route":
        return cls(
            letter_id=str(data["letter_id"]),
            drafter=str(data["drafter"]),
            round=int(data["round"]),
            steps=tuple(Step.from_wire(s) for s in data["steps"]),
            state=RouteState(data["state"]),
            revision=int(data.get("revision") or 0),
            pdf_sha256=data.get("pdf_sha256"),
            send_by=data.get("send_by"),
            last_by=data.get("last_by"),
            last_at=_time(data.get("last_at")),
        )


def again_field(base: str, taken: set[str]) -> str:
    """A new field for a step signing again (:meth:`Route.signs_into`): the first of ``base-2``, ``base-3``,
    … not among the fields ``taken``."""
    count = 2
    while f"{base}-{count}" in taken:
        count += 1
    return f"{base}-{count}"


def initials_count(steps: Sequence[StepSpec]) -> int:
    """How many initials fields a letter on these steps needs."""
    return sum(1 for s in steps if s.kind is not StepKind.SIGN)


def check_steps(steps: Sequence[StepSpec], *, positions: bool = False) -> None:
    """The route rules on steps; with ``positions`` a step may still name a position in a unit (a default
    route, resolved to its holder on submit), else every step names a person."""
    if not steps:
        raise RouteError("a route needs at least one step: the signer", thai="เส้นทางต้องมีอย่างน้อยหนึ่งขั้น: ผู้ลงนาม")
    if len(steps) > MAX_STEPS:
        raise RouteError(f"a route has at most {MAX_STEPS} steps", thai=f"เส้นทางมีได้ไม่เกิน {MAX_STEPS} ขั้น")
    if steps[-1].kind is not StepKind.SIGN:
        raise RouteError("the last step of a route is the signature (…:sign)", thai="ขั้นสุดท้ายต้องเป็นการลงนาม")
    if any(s.kind is StepKind.SIGN for s in steps[:-1]):
        raise RouteError("only the last step signs", thai="ลงนามได้เฉพาะขั้นสุดท้าย")
    for s in steps:
        if not (positions and is_position(s.person)):
            check_person_id(s.person)


def _check_comment(action: Action) -> None:
    if len(action.comment) > MAX_COMMENT:
        raise RouteError(
            f"a comment has at most {MAX_COMMENT} characters", thai=f"ความเห็นยาวได้ไม่เกิน {MAX_COMMENT} ตัวอักษร"
        )


def apply(route: Route | None, action: Action) -> Route:
    """The route after ``action``; :class:`ActionConflict` when the action came too late (someone else
    acted, the step went elsewhere, a new version started), :class:`RouteError` when no rule allows it."""
    _check_comment(action)
    if action.kind is ActionKind.SUBMIT:
        return _submit(route, action)
    if route is None:
        raise RouteError(
            f"letter {action.letter_id} has no route: it must be submitted first",
            thai=f"หนังสือ {action.letter_id} ยังไม่ได้เสนอ",
        )
    step = _step_for(route, action)
    if action.kind is ActionKind.APPROVE:
        if step.kind is StepKind.SIGN:
            raise RouteError("the last step signs: use sign", thai="ขั้นนี้เป็นการลงนาม")
        return _advance(route, action, step)
    if action.kind is ActionKind.SIGN:
        if step.kind is not StepKind.SIGN:
            raise RouteError(
                "this step initials the letter: use approve", thai="ขั้นนี้เป็นการตรวจ/ลงนามย่อ ไม่ใช่การลงนาม"
            )
        return _advance(route, action, step)
    if action.kind is ActionKind.RETURN:
        return _return(route, action, step)
    return _forward(route, action, step)


def _submit(route: Route | None, action: Action) -> Route:
    check_steps(action.steps)
    if action.pdf_sha256 is None:
        raise RouteError("a submitted version carries its PDF", thai="การเสนอต้องมีไฟล์หนังสือ")
    if route is not None:
        if route.state is not RouteState.RETURNED or action.round <= route.round:
            raise ActionConflict(route.last_by or route.drafter, route.last_at, "already submitted")
        if action.person != route.drafter:
            raise RouteError("only the drafter submits a new version", thai="ผู้ร่างเท่านั้นที่เสนอฉบับแก้ไขได้")
    elif action.round != 1:
        raise RouteError("a letter's first submission is round 1", thai="การเสนอครั้งแรกต้องเป็นรอบที่ ๑")
    steps = tuple(
        Step(i, s.person, s.kind, StepState.ACTIVE if i == 0 else StepState.WAITING, s.person)
        for i, s in enumerate(action.steps)
    )
    return Route(
        letter_id=action.letter_id,
        drafter=action.person if route is None else route.drafter,
        round=action.round,
        steps=steps,
        state=RouteState.IN_PROGRESS,
        revision=(route.revision if route else 0) + 1,
        pdf_sha256=action.pdf_sha256,
        send_by=action.send_by,
        last_by=action.person,
        last_at=action.at,
    )


def _step_for(route: Route, action: Action) -> Step:
    """The step ``action`` is on, still active and the actor's; else who took it from them."""
    if action.step is None or not 0 <= action.step < len(route.steps):
        raise RouteError(f"{action.kind} names no step of the route", thai="ไม่ได้ระบุขั้นของเส้นทาง")
    stale = action.round != route.round or route.state is not RouteState.IN_PROGRESS
    step = route.steps[action.step]
    if stale or step.state is not StepState.ACTIVE:
        done = step if step.acted_by and not stale else None
        by = done.acted_by if done and done.acted_by else route.last_by or route.drafter
        at = done.acted_at if done else route.last_at
        raise ActionConflict(by, at, f"step {action.step + 1} is no longer waiting")
    if action.person != step.holder:
        if action.person == step.person:  # forwarded away: the forward is what happened
            raise ActionConflict(route.last_by or step.person, route.last_at, f"forwarded to {step.holder}")
        raise RouteError(
            f"step {step.position + 1} is {step.holder}'s, not {action.person}'s",
            thai=f"ขั้นที่ {step.position + 1} ไม่ใช่ของ {action.person}",
        )
    return step


def _advance(route: Route, action: Action, step: Step) -> Route:
    if action.pdf_sha256 is None:
        raise RouteError(f"{action.kind} carries the signed PDF", thai="ต้องมีไฟล์หนังสือที่ลงนามแล้ว")
    if action.base_sha256 is not None and action.base_sha256 != route.pdf_sha256:
        raise ActionConflict(route.last_by or route.drafter, route.last_at, "signed on an older copy")
    done = replace(
        step,
        state=StepState.DONE,
        acted_by=action.person,
        acted_at=action.at,
        comment=action.comment or None,
    )
    steps = list(route.steps)
    steps[step.position] = done
    finished = step.position == len(steps) - 1
    if not finished:
        following = steps[step.position + 1]
        steps[step.position + 1] = replace(following, state=StepState.ACTIVE, holder=following.person)
    return replace(
        route,
        steps=tuple(steps),
        state=RouteState.SIGNED if finished else RouteState.IN_PROGRESS,
        revision=route.revision + 1,
        pdf_sha256=action.pdf_sha256,
        last_by=action.person,
        last_at=action.at,
    )


def _return(route: Route, action: Action, step: Step) -> Route:
    if not action.comment.strip():
        raise RouteError(
            "a letter goes back with a comment saying what to correct",
            thai="การส่งคืนต้องมีความเห็นว่าให้แก้ไขอะไร",
        )
    steps = list(route.steps)
    if action.return_to is None:
        state = RouteState.RETURNED
        steps[step.position] = replace(step, state=StepState.WAITING, comment=action.comment)
    else:
        if not 0 <= action.return_to < step.position:
            raise RouteError(
                "a letter goes back to an earlier step or to its drafter",
                thai="ส่งคืนได้เฉพาะขั้นก่อนหน้าหรือผู้ร่าง",
            )
        state = RouteState.IN_PROGRESS
        for i in range(action.return_to, step.position + 1):
            s = steps[i]
            active = i == action.return_to
            steps[i] = replace(
                s,
                state=StepState.ACTIVE if active else StepState.WAITING,
                holder=s.person,
                acted_by=None,
                acted_at=None,
                comment=action.comment if i == step.position else None,
            )
    return replace(
        route,
        steps=tuple(steps),
        state=state,
        revision=route.revision + 1,
        last_by=action.person,
        last_at=action.at,
    )


def _forward(route: Route, action: Action, step: Step) -> Route:
    if not action.forward_to:
        raise RouteError("forward names the person who takes the step", thai="ต้องระบุผู้รับงานต่อ")
    check_person_id(action.forward_to)
    if action.forward_to == step.holder:
        raise RouteError("the step is already theirs", thai="ขั้นนี้เป็นของผู้นั้นอยู่แล้ว")
    steps = list(route.steps)
    steps[step.position] = replace(step, holder=action.forward_to)
    return replace(
        route, steps=tuple(steps), revision=route.revision + 1, last_by=action.person, last_at=action.at
    )


GENESIS = "0" * 64
"""The hash before a route's first history entry."""


def chain_hash(previous: str, entry: Mapping[str, Any]) -> str:
    """The hash of a history entry: SHA-256 over the previous entry's hash and the entry in canonical
    JSON. Both sides compute it, so a history changed anywhere no longer chains."""
    text = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((previous + text).encode()).hexdigest()


def check_chain(entries: Sequence[Mapping[str, Any]]) -> bool:
    """Whether each entry's ``hash`` follows from the one before (``prev_hash``, ``hash`` excluded)."""
    previous = GENESIS
    for entry in entries:
        body = {k: v for k, v in entry.items() if k not in ("prev_hash", "hash")}
        if entry.get("prev_hash") != previous or entry.get("hash") != chain_hash(previous, body):
            return False
        previous = str(entry["hash"])
    return True
