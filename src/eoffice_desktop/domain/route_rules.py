"""The rules of a route: which steps make a route, and what each action does to it (:func:`apply`).

Checked the same on the server (which orders the actions and has the last word) and on a workstation (which
applies its own actions at once, offline). Pure rules: no storage, no network.
"""

from collections.abc import Sequence
from dataclasses import replace

from eoffice_desktop.domain.people import check_person_id, is_position
from eoffice_desktop.domain.routes import (
    Action,
    ActionConflict,
    ActionKind,
    Route,
    RouteError,
    RouteState,
    Step,
    StepKind,
    StepSpec,
    StepState,
)

MAX_STEPS = 20
MAX_COMMENT = 4000


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
