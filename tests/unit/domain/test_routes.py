"""The rules of a letter's way: submit, initial, return, forward, sign, and who was first."""

import datetime as dt
import uuid

import pytest

from eoffice_desktop.domain.history_chain import GENESIS, chain_hash, check_chain
from eoffice_desktop.domain.route_rules import apply
from eoffice_desktop.domain.routes import (
    Action,
    ActionConflict,
    ActionKind,
    Route,
    RouteError,
    RouteState,
    StepKind,
    StepSpec,
    TaskKind,
)

T0 = dt.datetime(2026, 12, 5, 3, 0, tzinfo=dt.UTC)
STEPS = (StepSpec("R1", StepKind.REVIEW), StepSpec("R2", StepKind.APPROVE), StepSpec("S", StepKind.SIGN))


def act(kind: ActionKind, person: str, *, round: int = 1, step: int | None = None, **more: object) -> Action:
    return Action(
        action_id=str(uuid.uuid4()),
        letter_id="L1",
        kind=kind,
        person=person,
        at=T0 + dt.timedelta(minutes=len(str(more))),
        round=round,
        step=step,
        **more,  # type: ignore[arg-type]
    )


def submitted(round: int = 1, route: Route | None = None) -> Route:
    return apply(route, act(ActionKind.SUBMIT, "D", round=round, steps=STEPS, pdf_sha256=f"v{round}"))


def test_a_route_runs_from_the_drafter_through_the_reviewers_to_the_signer() -> None:
    route = submitted()
    assert route.holder == "R1" and route.task_for("R1") is TaskKind.ACT and route.task_for("R2") is None
    route = apply(route, act(ActionKind.APPROVE, "R1", step=0, pdf_sha256="i1", comment="ถูกต้อง"))
    route = apply(route, act(ActionKind.APPROVE, "R2", step=1, pdf_sha256="i2", base_sha256="i1"))
    assert route.holder == "S"
    route = apply(route, act(ActionKind.SIGN, "S", step=2, pdf_sha256="signed"))
    assert route.state is RouteState.SIGNED and route.task_for("D") is TaskKind.SEND
    assert route.pdf_sha256 == "signed" and route.steps[0].comment == "ถูกต้อง"
    assert [route.field_of(s) for s in route.steps] == ["Initials1", "Initials2", "Signature1"]


def test_the_second_to_act_on_a_step_is_told_who_was_first_and_when() -> None:
    route = apply(submitted(), act(ActionKind.APPROVE, "R1", step=0, pdf_sha256="i1"))
    forwarded = apply(route, act(ActionKind.FORWARD, "R2", step=1, forward_to="DEP"))
    deputy = apply(forwarded, act(ActionKind.APPROVE, "DEP", step=1, pdf_sha256="i2"))
    assert deputy.steps[1].acted_by == "DEP" and deputy.steps[1].acting
    with pytest.raises(ActionConflict) as late:
        apply(deputy, act(ActionKind.APPROVE, "R2", step=1, pdf_sha256="i2b", comment="ok"))
    assert late.value.by == "DEP" and "ดำเนินการแล้วโดย DEP" in late.value.thai


def test_a_return_needs_a_comment_and_a_new_version_starts_the_route_again() -> None:
    route = apply(submitted(), act(ActionKind.APPROVE, "R1", step=0, pdf_sha256="i1"))
    with pytest.raises(RouteError):
        apply(route, act(ActionKind.RETURN, "R2", step=1, comment="  "))
    back = apply(route, act(ActionKind.RETURN, "R2", step=1, comment="แก้วันที่"))
    assert back.state is RouteState.RETURNED and back.task_for("D") is TaskKind.FIX
    with pytest.raises(ActionConflict):  # the old round is over
        apply(back, act(ActionKind.APPROVE, "R2", step=1, pdf_sha256="x"))
    again = submitted(2, back)
    assert again.round == 2 and again.holder == "R1" and again.revision == back.revision + 1


def test_a_return_to_an_earlier_step_makes_it_wait_again() -> None:
    route = apply(submitted(), act(ActionKind.APPROVE, "R1", step=0, pdf_sha256="i1"))
    back = apply(route, act(ActionKind.RETURN, "R2", step=1, comment="ตรวจอีกครั้ง", return_to=0))
    assert back.holder == "R1" and back.steps[0].acted_by is None


def test_a_route_must_end_with_its_one_signature() -> None:
    with pytest.raises(RouteError):
        apply(None, act(ActionKind.SUBMIT, "D", steps=STEPS[:2], pdf_sha256="v"))
    with pytest.raises(RouteError):
        apply(None, act(ActionKind.SUBMIT, "D", steps=(STEPS[2], *STEPS), pdf_sha256="v"))
    assert StepSpec.parse("P-01:review") == StepSpec("P-01", StepKind.REVIEW)
    with pytest.raises(RouteError):
        StepSpec.parse("P-01:bless")


def test_routes_and_actions_survive_the_wire() -> None:
    route = apply(submitted(), act(ActionKind.FORWARD, "R1", step=0, forward_to="R9"))
    assert Route.from_wire(route.to_wire()) == route
    action = act(ActionKind.SUBMIT, "D", steps=STEPS, pdf_sha256="v")
    assert Action.from_wire(action.to_wire()) == action


def test_a_history_changed_anywhere_no_longer_chains() -> None:
    entries = []
    previous = GENESIS
    for n in range(3):
        body = {"seq": n, "kind": "approve", "comment": f"ข้อ {n}"}
        digest = chain_hash(previous, body)
        entries.append({**body, "prev_hash": previous, "hash": digest})
        previous = digest
    assert check_chain(entries)
    entries[1] = {**entries[1], "comment": "แก้ไขภายหลัง"}
    assert not check_chain(entries)


def test_a_step_signing_again_takes_a_field_named_after_its_own() -> None:
    from eoffice_desktop.domain.routes import again_field

    route = submitted()
    first = route.steps[0]
    assert route.signs_into(first, "Initials1") and route.signs_into(first, "Initials1-2")
    assert not route.signs_into(first, "Initials2") and not route.signs_into(first, "Initials1-x")
    assert not route.signs_into(first, "Initials1-1")
    assert again_field("Initials1", {"Initials1", "Initials1-2", "Signature1"}) == "Initials1-3"
