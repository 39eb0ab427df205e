"""Workstations of one office for the case window tests: the people held (the head P004 with the test PKI's
signer certificate, a saraban officer, two people of กองกลาง), the same received letter in every inbox, and
what one workstation did on a case carried to another as a sync would (desk/case_window.HeldCases.adopt)."""

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

import pymupdf

from eoffice_desktop.desk.case_window import present
from eoffice_desktop.desk.incoming import minute
from eoffice_desktop.desk.routing import RouteSigning
from eoffice_desktop.domain.history_chain import GENESIS, chain_hash
from eoffice_desktop.domain.people import Person, Role
from eoffice_desktop.signing.batch import BatchSigner, SignOptions
from eoffice_desktop.signing.cli import TerminalPin
from eoffice_desktop.signing.tokens import TokenChoice, TokenService
from eoffice_desktop.store.cases import CaseStore
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.people import People
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.test_whole_flow import write_config
from tests.helpers import PIN_ENV

LETTER_ID = "srv-0042"
SUBJECT = "ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์"
SUMMARY = "กรมบัญชีกลางขอเชิญผู้แทนเข้าร่วมประชุม ๑๕ ธันวาคม"


def people(pki: Any) -> list[Person]:
    signer = hashlib.sha256(pki.signer.cert_der).hexdigest()
    return [
        Person("P001", "DS", "นางสาวสมใจ ตั้งใจ", "นักจัดการงานทั่วไป", "กองกลาง", (Role.DRAFTER,)),
        Person("P002", "DS", "นายสมศักดิ์ รักงาน", "ผู้อำนวยการกองกลาง", "กองกลาง", (Role.REVIEWER,)),
        Person("P003", "DS", "นางวิภา ดีมาก", "เจ้าพนักงานธุรการ", "สำนักงานปลัด", (Role.SARABAN,)),
        Person("P004", "DS", "นายสมชาย ใจดี", "ปลัดกระทรวง", "สำนักงานปลัด", (Role.SIGNER,), (signer,)),
    ]


def letter_pdf() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "Letter from CGD", fontsize=18)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def station(tmp_path: Path, name: str, hsm: Any, trust_root: Path, pki: Any, person: str) -> Workspace:
    """A workstation acting for ``person``, holding the agency's people and the received letter."""
    directory = tmp_path / name
    directory.mkdir(exist_ok=True)
    store = open_store(directory)
    try:
        People(store).replace({"etag": '"1"', "people": [p.to_wire() for p in people(pki)]})
    finally:
        store.close()
    config = write_config(
        tmp_path / f"{name}.toml", hsm, trust_root, profile=f'[identity]\nperson = "{person}"\n'
    )
    workspace = open_workspace(directory, config)
    workspace.inbox.receive(
        LETTER_ID,
        "CGD",
        {"subject": SUBJECT, "number": "กค 0402/ว 123", "date": "2026-12-01", "agency": "กรมบัญชีกลาง",
         "speed": "ด่วน"},
        letter_pdf(),
    )  # fmt: skip
    return workspace


def carry(source: Workspace, target: Workspace, case_id: str = LETTER_ID) -> None:
    """The case as ``source`` shows it, with a history the server would make of its actions (accepted),
    taken by ``target`` as a feed item, and the minutes' PDFs with it."""
    cases = CaseStore(source.store, source.actor)
    record = cases.get(case_id)
    assert record is not None
    entries = list(cases.history(case_id))
    known = {e["action"]["action_id"] for e in entries}
    for queued in cases.actions(case_id):
        if queued.action.action_id in known:
            continue
        previous = entries[-1]["hash"] if entries else GENESIS
        body = {"seq": len(entries) + 1, "action": queued.action.to_wire(), "outcome": "accepted"}
        entries.append({**body, "prev_hash": previous, "hash": chain_hash(previous, body)})
    for made in record.case.minutes:
        target.store.put_blob(source.store.get_blob(made.sha256))
    assert CaseStore(target.store, target.actor).take(record.case, entries)


def minuted(
    stations: Any, hsm: Any, assign: tuple[str, ...] = ("P001", "P002"), due: dt.date | None = None
) -> Workspace:
    """The head's workstation after the saraban officer presented the letter and the head minuted it with
    the SoftHSM token (through desk/incoming, as the command line does), assigning ``assign``."""
    saraban = stations("saraban", "P003")
    present(saraban, LETTER_ID, SUMMARY, ["P004"])
    head = stations("head", "P004")
    carry(saraban, head)
    minute_as_head(head, hsm, assign, due)
    return head


def minute_as_head(
    head: Workspace, hsm: Any, assign: tuple[str, ...] = ("P001", "P002"), due: dt.date | None = None
) -> None:
    """The head (P004) minutes the letter on ``head`` with the SoftHSM token, assigning ``assign``."""
    os.environ[PIN_ENV] = hsm.pin
    signing = RouteSigning(
        BatchSigner(TokenService(hsm.module), TokenChoice(hsm.label, None), "signer", None),
        TerminalPin(PIN_ENV),
        SignOptions(),
    )
    minute(head, LETTER_ID, "P004", "มอบ กองกลาง ดำเนินการ", signing, assign=assign, due=due)
