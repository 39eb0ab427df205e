"""A reply to a received letter on its way: a new external letter with อ้างถึง (the sender's number and
date), the recipient (the sender agency) and the subject filled from the received letter; once saved, it is
recorded as the assignment's reply (desk/case_window.act) and goes on the outgoing way."""

import datetime as dt

from eoffice_desktop.desk.case_window import CaseWindowError, held_cases
from eoffice_desktop.domain.thai import thai_date
from eoffice_desktop.templates.model import Template
from eoffice_desktop.workspace import Workspace

REPLY_TEMPLATE = "external-letter"


def reply_template(workspace: Workspace) -> Template:
    return workspace.services.templates.get(REPLY_TEMPLATE)


def reference(sender: str, number: str, date: str) -> str:
    """อ้างถึง as letters write it: หนังสือ<sender> ที่ <number> ลงวันที่ <Thai date>."""
    parts = [f"หนังสือ{sender}".strip()]
    if number:
        parts.append(f"ที่ {number}")
    if date:
        try:
            parts.append(f"ลงวันที่ {thai_date(dt.date.fromisoformat(date))}")
        except ValueError:
            parts.append(f"ลงวันที่ {date}")
    return " ".join(parts)


def reply_values(workspace: Workspace, case_id: str) -> dict[str, str]:
    """The reply draft's first values, from the received letter as the case names it."""
    case = held_cases(workspace).cases.get(case_id)
    if case is None:
        raise CaseWindowError(f"case {case_id} is not held here", thai="ไม่พบเรื่องนี้ในเครื่องนี้ กรุณาซิงก์ก่อน")
    letter = case.letter
    sender = letter.sender_name or letter.sender
    return {
        "subject": letter.subject,
        "recipient": sender,
        "reference": reference(sender, letter.sender_number, letter.sender_date),
    }
