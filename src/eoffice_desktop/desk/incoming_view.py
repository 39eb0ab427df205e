"""What a received letter's way shows (docs/incoming.md): the letter with its signature verdict, its case
(minutes with theirs, assignments, history, this workstation's actions not yet answered), and the receive
register with who holds each letter, what was done and what is overdue."""

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eoffice_desktop.desk.incoming import received
from eoffice_desktop.domain.thai import thai_zone
from eoffice_desktop.signing.verdict import Verdict
from eoffice_desktop.store.case_register import ReceiveRow
from eoffice_desktop.store.cases import CaseStore
from eoffice_desktop.store.people import People
from eoffice_desktop.workspace import Workspace


def _verdict(workspace: Workspace, pdf: bytes, name: str, trust: Sequence[Any]) -> dict[str, Any]:
    from eoffice_desktop.desk.viewing import revocation_checker
    from eoffice_desktop.signing.verdict import verdict
    from eoffice_desktop.signing.verify import verify_data

    report = verify_data(pdf, name, trust, revocation_checker(workspace))
    found: Verdict = verdict(report)
    return {
        "tone": found.tone.value,
        "english": found.english,
        "thai": found.thai,
        "level": found.level,
        "signatures": [
            {"field": s.field, "signer": s.signer, "valid": bool(s.valid and s.trusted and s.intact)}
            for s in report.signatures
        ],
    }


def _trust(workspace: Workspace, paths: Sequence[Path]) -> list[Any]:
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors

    return list(load_trust_anchors(list(paths) or list(workspace.services.config.trust)))


def show(
    workspace: Workspace, case_id: str, *, verify: bool = True, trust: Sequence[Path] = ()
) -> dict[str, Any]:
    """The received letter ``case_id`` (its server id) and its way, as ``inbox show --json`` prints it; the
    signatures of the letter and its minutes are checked against ``trust`` (default: the settings')."""
    letter = received(workspace, case_id)
    cases = CaseStore(workspace.store, workspace.actor)
    record = cases.get(case_id)
    anchors = _trust(workspace, trust) if verify else []
    shown: dict[str, Any] = {
        "letter": {
            **letter.received.describe(),
            "receive_number": f"{letter.received.register_no}/{letter.received.register_year}",
            "pdf_sha256": letter.pdf_sha256,
            "reference": letter.metadata.get("reference"),
        },
        "verdict": None,
        "state": record.case.state.value if record else "registered",
        "case": None,
        "holders": [],
        "minutes": [],
        "assignments": [],
        "history": cases.history(case_id),
        "actions": [a.describe() for a in cases.actions(case_id)],
        "replies": cases.replies(case_id),
        "local": record.local if record else False,
    }
    if verify and workspace.store.blob_path(letter.pdf_sha256).is_file():
        shown["verdict"] = _verdict(workspace, workspace.store.get_blob(letter.pdf_sha256), case_id, anchors)
    if record is None:
        return shown
    case = record.case
    shown["case"] = case.to_wire()
    shown["holders"] = [h.to_wire() for h in case.holders()]
    shown["assignments"] = [{**a.to_wire(), "overdue": a.overdue(_today())} for a in case.assignments]
    for minute in case.minutes:
        pdf = cases.minute_pdf(minute.sha256)
        shown["minutes"].append(
            {
                **minute.to_wire(),
                "pdf": pdf is not None,
                "verdict": _verdict(workspace, pdf, f"minute {minute.sha256[:12]}", anchors)
                if pdf is not None and verify
                else None,
            }
        )
    return shown


def minute_pdf(workspace: Workspace, case_id: str, index: int = -1) -> bytes:
    """A minute's signed PDF (the last by default), as it is here."""
    from eoffice_desktop.desk.incoming import IncomingError, held

    case = held(workspace, case_id).case
    try:
        minute = case.minutes[index]
    except IndexError:
        raise IncomingError("the letter has no such minute", thai="ไม่พบบันทึกเกษียนนี้") from None
    pdf = CaseStore(workspace.store, workspace.actor).minute_pdf(minute.sha256)
    if pdf is None:
        raise IncomingError(
            "the minute's PDF has not arrived here yet: sync", thai="ยังไม่ได้รับไฟล์บันทึกเกษียน กรุณาซิงก์"
        )
    return pdf


def _today() -> dt.date:
    return dt.datetime.now(thai_zone()).date()


def receive_register(
    workspace: Workspace, *, limit: int = 100, offset: int = 0, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """The receive register, newest first: each row with its case's state, who holds the letter now, what
    was done (การปฏิบัติ) and the assignments overdue."""
    names = {p.person_id: p.name for p in People(workspace.store).all()}
    rows: list[ReceiveRow] = CaseStore(workspace.store, workspace.actor).receive_register(
        limit=limit, offset=offset, today=today or _today()
    )
    return [row.describe(names) for row in rows]
