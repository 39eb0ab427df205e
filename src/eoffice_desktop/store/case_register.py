"""The receive register with what each letter's case says (docs/incoming.md): who holds the letter now, what
was done (การปฏิบัติ: done notes and replies, written into the register's column as the case changes) and
which assignments are overdue. Read by desk/incoming_view.py; written only through store/cases.py."""

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.domain.case_model import (
    Assignee,
    Assignment,
    AssignmentKind,
    AssignmentState,
    Case,
    CaseState,
)
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.models import CaseRow, InboxItem, PersonRecord, RegisterEntry
from eoffice_desktop.store.registers import RegisterRow


@dataclass(frozen=True)
class ReceiveRow:
    """A row of the receive register with what its case says: who holds the letter now, what was done
    (การปฏิบัติ) and which assignments are overdue."""

    entry: RegisterRow
    server_id: str | None  # the received letter's (the case's id); None for an entry made by hand
    case: Case | None  # None: registered, no way yet
    holders: tuple[Assignee, ...]
    action_taken: str
    overdue: tuple[Assignment, ...]

    @property
    def state(self) -> str:
        return self.case.state.value if self.case is not None else "registered"

    def describe(self, names: Mapping[str, str] | None = None) -> dict[str, Any]:
        names = names or {}
        entry = self.entry
        return {
            "year": entry.year,
            "reg_no": entry.reg_no,
            "number": entry.number,
            "letter_date": entry.letter_date.isoformat() if entry.letter_date else None,
            "from_party": entry.from_party,
            "to_party": entry.to_party,
            "subject": entry.subject,
            "recorded_at": entry.recorded_at.isoformat(),
            "server_id": self.server_id,
            "state": self.state,
            "holders": [_holder(h, names) for h in self.holders],
            "action": self.action_taken,
            "overdue": [
                {"assignment_id": a.assignment_id, "holder": _holder(a.holder, names), "due": str(a.due)}
                for a in self.overdue
            ],
            "remark": entry.remark,
        }


def _holder(who: Assignee, names: Mapping[str, str]) -> dict[str, str]:
    if who.person is not None:
        return {"person": who.person, "name": names.get(who.person, who.person)}
    return {"unit": str(who.unit)}


def action_taken(case: Case | None, names: Mapping[str, str] | None = None) -> str:
    """The register's การปฏิบัติ of a case: what was done (done notes) and the replies, by whom."""
    if case is None:
        return ""
    names = names or {}
    done = []
    for a in case.assignments:
        who = names.get(a.acted_by or "", a.acted_by or "")
        if a.state is AssignmentState.DONE:
            done.append(f"ปฏิบัติแล้ว ({who}): {a.note or ''}".rstrip(": "))
        elif a.state is AssignmentState.REPLIED:
            done.append(f"ตอบหนังสือแล้ว ({who})" + (f": {a.note}" if a.note else ""))
        elif a.state is AssignmentState.ACKNOWLEDGED and a.kind is AssignmentKind.MINUTE:
            done.append(f"ทราบ ({who})")
    if not case.assignments and case.minutes and case.state is CaseState.CLOSED:
        done.append(f"ทราบ ({names.get(case.minutes[-1].by, case.minutes[-1].by)})")
    return "; ".join(done)


def receive_register(
    store: Store, *, limit: int = 100, offset: int = 0, today: dt.date | None = None
) -> list[ReceiveRow]:
    """The receive register, newest first, each row with its case: holder, action taken, overdue."""
    today = today or dt.date.today()
    with store.sessions() as session:
        entries = session.scalars(
            select(RegisterEntry)
            .where(RegisterEntry.kind == "receive")
            .order_by(RegisterEntry.recorded_at.desc(), RegisterEntry.id.desc())
            .offset(offset)
            .limit(limit)
        ).all()
        names = {r.person_id: r.name for r in session.scalars(select(PersonRecord))}
        rows = []
        for entry in entries:
            server_id = session.scalar(
                select(InboxItem.server_id).where(
                    InboxItem.register_year == entry.year, InboxItem.register_no == entry.reg_no
                )
            )
            held = session.get(CaseRow, server_id) if server_id else None
            case = Case.from_wire(json.loads(held.case_json)) if held is not None else None
            rows.append(
                ReceiveRow(
                    RegisterRow.of(entry),
                    server_id,
                    case,
                    case.holders() if case is not None else (),
                    action_taken(case, names) or entry.action,
                    case.overdue(today) if case is not None else (),
                )
            )
        return rows


def register_action(session: Session, case_id: str, case: Case | None, names: Mapping[str, str]) -> None:
    """The receive register's columns of the letter ``case_id`` (when it is in the inbox here) as its case
    says: การปฏิบัติ, who holds it now, the earliest open assignment's due date (``case`` None: no way)."""
    item = session.scalar(select(InboxItem).where(InboxItem.server_id == case_id))
    if item is None:
        return
    entry = session.scalar(
        select(RegisterEntry).where(
            RegisterEntry.kind == "receive",
            RegisterEntry.year == item.register_year,
            RegisterEntry.reg_no == item.register_no,
        )
    )
    if entry is None:
        return
    text = action_taken(case, names)
    holders = case.holders() if case is not None else ()
    holder = ", ".join(names.get(h.person, h.person) if h.person else str(h.unit) for h in holders)
    dues = [
        a.due
        for a in (case.assignments if case is not None else ())
        if a.due is not None and a.state is AssignmentState.OPEN and a.kind is AssignmentKind.MINUTE
    ]
    due = min(dues) if dues else None
    if (entry.action, entry.holder, entry.due) != (text, holder, due):
        entry.action, entry.holder, entry.due = text, holder, due
