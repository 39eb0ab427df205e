"""The file copy (สำเนาคู่ฉบับ) of a letter: the letter rendered again from its data, marked as the file copy,
with the lines ร่าง / พิมพ์ / ทาน / ตรวจ from its route (render/file_copy.py draws them).

- ร่าง: the route's drafter, dated by their submission of the version on the route now;
- พิมพ์: the typist the letter's data names (``typist``: a person held here, or a name), else the drafter;
- ทาน: the first reviewer, once they have initialled this version;
- ตรวจ: every reviewer who initialled this version, in the route's order (the signer is not one).

Dates are the day of each action in Thai time, Thai digits, Buddhist era, short month. A letter on no route
yet gets the four lines empty. The letter's data is the one its current PDF carries (the version on the
route), else the store's (see :func:`_letter`).
"""

import contextlib
import dataclasses
import datetime as dt
from typing import Any

from eoffice_desktop.desk.route_history import HistoryLine, Lookup, people_lookup, route_history
from eoffice_desktop.desk.routing import RoutingError
from eoffice_desktop.domain.routes import ActionKind, Route, StepKind, StepState
from eoffice_desktop.domain.thai import thai_short_date, thai_zone
from eoffice_desktop.render.file_copy import CopyLine, FileCopyContent, FileCopyResult, render_file_copy
from eoffice_desktop.workspace import Workspace

TYPIST_FIELD = "typist"
"""The letter data's field naming who typed it, when not the drafter."""

DRAFTED, TYPED, PROOFREAD, CHECKED = "ร่าง", "พิมพ์", "ทาน", "ตรวจ"


def short_date(at: dt.datetime | None) -> str:
    """``๕ ธ.ค. ๒๕๖๙``: the day of ``at`` in Thai time."""
    return thai_short_date(at.astimezone(thai_zone()).date()) if at is not None else ""


def copy_lines(
    route: Route | None, history: list[HistoryLine], people: Lookup, typist: Any = None
) -> list[CopyLine]:
    """The lines ร่าง / พิมพ์ / ทาน / ตรวจ of the letter on ``route`` (all empty with no route)."""
    if route is None:
        return [CopyLine(DRAFTED), CopyLine(TYPED), CopyLine(PROOFREAD), CopyLine(CHECKED)]
    recorded = {line.action.person: line.by_name for line in history if not line.noted}

    def name(person_id: str) -> str:
        person = people(person_id)
        # as held (an id stays as it is: a person not held here is named by it)
        return (person.name if person and person.name else None) or recorded.get(person_id) or person_id

    submitted = [
        line.at
        for line in history
        if line.kind is ActionKind.SUBMIT and line.action.round == route.round and not line.noted
    ]
    drafted = short_date(submitted[-1] if submitted else None)
    lines = [CopyLine(DRAFTED, name(route.drafter), drafted)]
    typed_by = str(typist).strip() if typist else ""
    if typed_by:
        person = people(typed_by)
        lines.append(CopyLine(TYPED, person.name if person and person.name else typed_by, drafted))
    else:
        lines.append(CopyLine(TYPED, name(route.drafter), drafted))
    initialled = [
        step
        for step in route.steps
        if step.kind is not StepKind.SIGN and step.state is StepState.DONE and step.acted_by
    ]
    first = next((s for s in route.steps if s.kind is not StepKind.SIGN), None)
    if first is not None and first in initialled and first.acted_by:
        lines.append(CopyLine(PROOFREAD, name(first.acted_by), short_date(first.acted_at)))
    else:
        lines.append(CopyLine(PROOFREAD))
    for step in initialled:
        assert step.acted_by is not None
        lines.append(CopyLine(CHECKED, name(step.acted_by), short_date(step.acted_at)))
    if not initialled:
        lines.append(CopyLine(CHECKED))
    return lines


def _letter(workspace: Workspace, letter_id: str) -> tuple[str, dict[str, Any], str]:
    """The letter's template, data and subject: as its current PDF carries them (the version on the route),
    else as stored here; a letter signed here is as stored (numbered after signing, the store has its number
    and date, which the PDF carries in form fields only)."""
    from eoffice_desktop.desk.routing import current_pdf
    from eoffice_desktop.letterdata import read_letter_data
    from eoffice_desktop.store.db import StoreError

    try:
        record = workspace.letters.get(letter_id)
    except StoreError:
        record = None
    carried = None
    with contextlib.suppress(RoutingError):  # a draft not rendered yet: its data is in the store
        carried = read_letter_data(current_pdf(workspace, letter_id))
    if carried is not None and carried[0] and not (record is not None and record.signed):
        template, data = carried
    elif record is not None:
        template, data = record.template, workspace.letters.data(letter_id)
    else:
        raise RoutingError(f"letter {letter_id} is not held here", thai=f"ไม่พบหนังสือ {letter_id} ในเครื่องนี้")
    subject = str(data.get("subject") or (record.subject if record else "") or "")
    return template, data, subject


def file_copy(workspace: Workspace, letter_id: str) -> FileCopyResult:
    """The file copy of the letter as this workstation knows it."""
    from eoffice_desktop.desk.drafts import check_partial
    from eoffice_desktop.desk.route_history import held_route
    from eoffice_desktop.render import render_letter
    from eoffice_desktop.templates.model import ElementType

    template_id, data, subject = _letter(workspace, letter_id)
    template = workspace.services.templates.get(template_id)
    route = held_route(workspace, letter_id)
    people = people_lookup(workspace)
    history = route_history(workspace, letter_id, people=people) if route is not None else []
    lines = copy_lines(route, history, people, data.get(TYPIST_FIELD))
    # the initials spots go: the file copy's lines take their place, and nothing is signed on it
    plain = dataclasses.replace(
        template, elements=tuple(e for e in template.elements if e.type is not ElementType.INITIALS)
    )
    options = workspace.services.render_options()
    letter = render_letter(plain, check_partial(workspace, template, data).values, options)
    content = FileCopyContent(
        lines=tuple(lines),
        left_cm=template.page.margin_left_cm,
        right_cm=template.page.margin_right_cm,
        bottom_cm=template.page.margin_bottom_cm,
        title=f"สำเนาคู่ฉบับ {subject}".strip(),
    )
    return render_file_copy(letter.pdf, content, options.font_families, options.font_dirs)
