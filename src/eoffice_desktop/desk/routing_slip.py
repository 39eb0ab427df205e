"""The routing slip of a letter (บันทึกการเสนอ): its history with the signatures' verdicts, and the steps still
to come, put into words and rendered (render/routing_slip.py)."""

import datetime as dt
from collections.abc import Sequence

from eoffice_desktop.desk.route_history import HistoryLine, people_lookup
from eoffice_desktop.desk.route_signatures import with_signatures
from eoffice_desktop.desk.routing import RoutingError
from eoffice_desktop.domain.routes import ActionKind, Route, RouteState, StepKind, StepState, thai_time
from eoffice_desktop.domain.thai import thai_digits
from eoffice_desktop.render.routing_slip import SlipContent, SlipResult, SlipRow, render_routing_slip
from eoffice_desktop.workspace import Workspace

HEADING = "บันทึกการเสนอหนังสือ"


def _did(line: HistoryLine) -> str:
    """การดำเนินการ in Thai."""
    action = line.action
    if line.noted:
        return "หมายเหตุ (ดำเนินการหลังผู้อื่น)"
    if action.kind is ActionKind.SUBMIT:
        done = "เสนอ" if action.round == 1 else f"เสนอฉบับแก้ไข (รอบที่ {action.round})"
    elif action.kind is ActionKind.APPROVE:
        done = (line.step_kind or StepKind.REVIEW).thai
    elif action.kind is ActionKind.SIGN:
        done = "ลงนาม"
    elif action.kind is ActionKind.RETURN:
        done = "ส่งคืนผู้ร่าง" if action.return_to is None else f"ส่งคืนขั้นที่ {action.return_to + 1}"
    else:
        return f"ส่งต่อ {line.forward_to_name or ''}" + (" (ยังไม่ถึงเซิร์ฟเวอร์)" if line.pending else "")
    if line.pending:
        done += " (ยังไม่ถึงเซิร์ฟเวอร์)"
    return thai_digits(done)


def _when(at: dt.datetime) -> str:
    """The Thai date on one line, the time on the next."""
    date, _, time = thai_time(at).rpartition(" ")[0].rpartition(" ")
    return f"{date}\n{time} น."


def _actor(name: str, position: str, acting_for: str | None) -> str:
    lines = [name, position]
    if acting_for:
        lines.append(f"รักษาราชการแทน {acting_for}")
    return "\n".join(thai_digits(x) for x in lines if x)


def _rows(lines: Sequence[HistoryLine], route: Route | None, workspace: Workspace) -> list[SlipRow]:
    people = people_lookup(workspace)
    rows = []
    for n, line in enumerate(lines, start=1):
        rows.append(
            SlipRow(
                number=thai_digits(str(n)),
                actor=_actor(line.by_name, line.position, line.acting_for_label),
                action=_did(line),
                when=_when(line.at),
                comment=thai_digits(line.comment) if line.comment else "-",
                verdict=line.signature.thai if line.signature else "-",
            )
        )
    if route is not None and route.state is RouteState.IN_PROGRESS:
        for step in route.steps:
            if step.state is StepState.DONE:
                continue
            owner = people(step.person)
            holder = people(step.holder) if step.acting else owner
            name = holder.name if holder else step.holder
            position = holder.position if holder else ""
            acting = ((owner.position or owner.name) if owner else step.person) if step.acting else None
            waiting = "รอดำเนินการ" if step.state is StepState.ACTIVE else "ลำดับถัดไป"
            rows.append(
                SlipRow(
                    number="-",
                    actor=_actor(name, position, acting),
                    action=f"{step.kind.thai} ({waiting})",
                    when="-",
                    comment="-",
                    verdict="-",
                )
            )
    return rows


def routing_slip(workspace: Workspace, letter_id: str, *, now: dt.datetime | None = None) -> SlipResult:
    """The slip of the letter on its route, as this workstation knows it (its own unanswered actions
    included, marked as such)."""
    from eoffice_desktop.desk.route_view import route_view
    from eoffice_desktop.store.db import StoreError

    view = route_view(workspace, letter_id)
    if view is None:
        raise RoutingError(f"letter {letter_id} is on no route here", thai="ไม่พบเส้นทางเสนอของหนังสือนี้")
    route = view.route
    subject = view.subject
    number = None
    try:
        record = workspace.letters.get(letter_id)
        subject = record.subject or subject
        number = record.number
    except StoreError:
        pass  # a letter this workstation sees on its way only
    lines = with_signatures(workspace, route, view.history)
    drafter = people_lookup(workspace)(route.drafter)
    submitted = next((line for line in lines if line.action.kind is ActionKind.SUBMIT), None)
    drafter_name = (drafter.name if drafter else None) or (submitted.by_name if submitted else route.drafter)
    drafter_position = (drafter.position if drafter else None) or (submitted.position if submitted else "")
    facts = [("เรื่อง", subject or "-")]
    if number:
        facts.append(("ที่", thai_digits(number)))
    facts.append(("ผู้ร่าง", ", ".join(x for x in (drafter_name, drafter_position) if x)))
    facts.append(("สถานะ", thai_digits(f"{route.state.thai} (รอบที่ {route.round})")))
    content = SlipContent(
        heading=HEADING,
        facts=tuple(facts),
        rows=tuple(_rows(lines, route, workspace)),
        footer=f"พิมพ์เมื่อ {thai_time(now or dt.datetime.now(dt.UTC))}",
        title=f"{HEADING} {subject}".strip(),
    )
    config = workspace.services.config
    return render_routing_slip(content, tuple(config.font_families), tuple(str(d) for d in config.font_dirs))
