"""A received letter's way (docs/incoming.md) through the real server on loopback (SQLite and PostgreSQL):
a letter signed at another agency is delivered; the saraban officer presents it, each head signs a real
minute (rendered and signed into Minute1 with the SoftHSM token) that sends it on or assigns it, and the
assignees acknowledge, pass, reply or report it done. The server checks every minute, orders concurrent
actions (the late one kept as a note), answers replays, keeps a chained history and tells the agency's
workstations through the changes feed, a secret letter's only to the people on it."""

import base64
import datetime as dt
import hashlib
import json
import logging
import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from eoffice_cloud import feed
from eoffice_cloud.letters import letter_item
from eoffice_cloud.models import CaseEntry, Document, Person
from eoffice_cloud.storage import open_cloud
from eoffice_desktop.domain.case_model import CaseAction
from eoffice_desktop.domain.history_chain import check_chain
from eoffice_desktop.render.minute import MinuteContent, MinutedLetter, render_minute
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from tests.cloud import RunningCloud, drop_everything, serving
from tests.helpers import PIN_ENV, example, run_cli, sign_cli
from tests.integration.sync.conftest import database_url

SUBJECT = "ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์"
SECRET_SUBJECT = "การสอบข้อเท็จจริงกรณีร้องเรียน"
UNIT = "กองกลาง"
PEOPLE = [
    ("S01", "DS", "นางสาวสาร บรรณ", "เจ้าพนักงานธุรการ", "ฝ่ายสารบรรณ", "saraban"),
    ("H01", "DS", "นายใหญ่ สุด", "ผู้อำนวยการสำนัก", "สำนักงาน", "signer"),
    ("H02", "DS", "นางรอง ลงมา", "รองผู้อำนวยการสำนัก", "สำนักงาน", "signer"),
    ("A01", "DS", "นายเอ หนึ่ง", "นักจัดการงานทั่วไป", UNIT, "drafter"),
    ("A02", "DS", "นางเอ สอง", "นักจัดการงานทั่วไป", UNIT, "drafter"),
    ("B01", "DS", "นายบี หนึ่ง", "นักวิชาการเงินและบัญชี", "กองคลัง", "drafter"),
    ("X01", "CM", "นายนอก หน่วย", "นักจัดการงานทั่วไป", "สำนักงาน", "saraban"),
]


@dataclass(frozen=True)
class Papers:
    letter: bytes  # a letter signed at the sending agency
    on_minute: bytes  # a head's minute signed into Minute1: "เสนอ ผอ." (sends it to the next head)
    assign_minute: bytes  # a head's minute signed into Minute1: assigns it
    unsigned_minute: bytes  # a minute as rendered, its Minute1 empty


def _minute(directory: Path, hsm: Any, name: str, text: str, sign: bool = True) -> bytes:
    content = MinuteContent(
        letter=MinutedLetter("12/2569", SUBJECT, "กรมบัญชีกลาง", "กค 0402/ว 123", dt.date(2026, 12, 1)),
        text=text,
        head_name="นายใหญ่ สุด",
        head_position=("ผู้อำนวยการสำนัก",),
        date=dt.date(2026, 12, 5),
    )
    unsigned = directory / f"{name}-unsigned.pdf"
    unsigned.write_bytes(render_minute(content).pdf)
    if not sign:
        return unsigned.read_bytes()
    signed = directory / f"{name}.pdf"
    code, _, err = sign_cli(hsm, [unsigned], "--out", signed, "--field", "Minute1")
    assert code == 0, err
    return signed.read_bytes()


@pytest.fixture(scope="module")
def papers(hsm: Any, qt_app: Any, tmp_path_factory: pytest.TempPathFactory) -> Papers:
    os.environ[PIN_ENV] = hsm.pin
    directory = tmp_path_factory.mktemp("case-papers")
    data = directory / "letter.json"
    data.write_text(json.dumps(example("memo") | {"subject": SUBJECT}, ensure_ascii=False), encoding="utf-8")
    draft = directory / "letter-unsigned.pdf"
    code, _, err = run_cli("draft", "--template", "memo", "--data", data, "--out", draft)
    assert code == 0, err
    code, _, err = sign_cli(hsm, [draft], "--out", directory / "letter.pdf")
    assert code == 0, err
    return Papers(
        (directory / "letter.pdf").read_bytes(),
        _minute(directory, hsm, "on", "เพื่อโปรดพิจารณา"),
        _minute(directory, hsm, "assign", f"ทราบ มอบ {UNIT} ดำเนินการ"),
        _minute(directory, hsm, "unsigned", "ทราบ", sign=False),
    )


@dataclass
class Office:
    cloud: RunningCloud
    tokens: dict[str, str]  # person id: their person token
    machine: str  # a workstation token of DS
    sender: str  # a workstation token of CM, which sends letters to DS


@pytest.fixture
def office(cloud: RunningCloud) -> Office:
    return _office(cloud)


def _office(cloud: RunningCloud) -> Office:
    cloud.import_people(
        {"person_id": p, "agency": a, "name": n, "position": pos, "unit": u, "roles": r}
        for p, a, n, pos, u, r in PEOPLE
    )
    tokens = {p[0]: cloud.person_token(p[0], f"desk-{p[0]}") for p in PEOPLE}
    return Office(cloud, tokens, cloud.token("saraban-ws", "DS"), cloud.token("sender-ws", "CM"))


def _deliver(office: Office, papers: Papers, secrecy: str | None = None) -> str:
    """The letter sent from CM to DS: its server id, the case's id."""
    metadata = {"subject": SECRET_SUBJECT if secrecy else SUBJECT} | ({"secrecy": secrecy} if secrecy else {})
    body = {
        "letter_id": f"out-{uuid.uuid4().hex[:12]}",
        "recipient_agency": "DS",
        "metadata": metadata,
        "pdf": base64.b64encode(papers.letter).decode(),
    }
    headers = {"Authorization": f"Bearer {office.sender}", "Idempotency-Key": str(uuid.uuid4())}
    answer = requests.post(f"{office.cloud.url}/v1/letters", json=body, headers=headers, timeout=60)
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def _action(kind: str, person: str, case_id: str, **fields: Any) -> dict[str, Any]:
    """The action as a workstation sends it (CaseAction's wire form)."""
    wire = {
        "action_id": str(uuid.uuid4()),
        "case_id": case_id,
        "kind": kind,
        "person": person,
        "at": dt.datetime.now(dt.UTC).isoformat(),
        **fields,
    }
    return CaseAction.from_wire(wire).to_wire()


def _minuted(person: str, case_id: str, minute: bytes, **fields: Any) -> dict[str, Any]:
    digest = hashlib.sha256(minute).hexdigest()
    return _action("minute", person, case_id, minute_sha256=digest, **fields)


def _post(
    office: Office, token: str, action: dict[str, Any], minute: bytes | None = None
) -> requests.Response:
    body = {"action": action, "minute_pdf": base64.b64encode(minute).decode() if minute else None}
    return requests.post(
        f"{office.cloud.url}/v1/cases/{action['case_id']}/actions",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )


def _act(office: Office, action: dict[str, Any], minute: bytes | None = None) -> dict[str, Any]:
    answer = _post(office, office.tokens[action["person"]], action, minute)
    assert answer.status_code == 200, answer.text
    assert answer.json()["outcome"] == "accepted"
    return dict(answer.json())


def _get(office: Office, token: str, path: str) -> requests.Response:
    return requests.get(f"{office.cloud.url}{path}", headers={"Authorization": f"Bearer {token}"}, timeout=30)


def _present(office: Office, case_id: str, steps: list[str], secrecy: str = "") -> dict[str, Any]:
    letter = {"subject": SECRET_SUBJECT if secrecy else SUBJECT, "sender": "CM", "secrecy": secrecy}
    present = _action("present", "S01", case_id, summary="ขอเชิญผู้แทนเข้าร่วมประชุม", steps=steps, letter=letter)
    return _act(office, present)


def _assigned(office: Office, papers: Papers, case_id: str, assign: list[dict[str, str]]) -> dict[str, Any]:
    """Presented to H01, who assigns it with a minute."""
    _present(office, case_id, ["H01"])
    minute = _minuted("H01", case_id, papers.assign_minute, text="ทราบ มอบดำเนินการ", assign=assign)
    return _act(office, minute, papers.assign_minute)["case"]


def _history(office: Office, case_id: str) -> list[str]:
    with office.cloud.store.sessions() as session:
        entries = session.query(CaseEntry).filter_by(case_id=case_id).order_by(CaseEntry.seq)
        return [e.outcome for e in entries]


def _cases(office: Office, token: str) -> list[dict[str, Any]]:
    items = _get(office, token, "/v1/changes?limit=500").json()["items"]
    return [i for i in items if i["kind"] == "case"]


def test_a_letter_is_presented_minuted_on_to_the_next_head_assigned_and_done(
    office: Office, papers: Papers
) -> None:
    case_id = _deliver(office, papers)
    presented = _present(office, case_id, ["H02", "H01"])["case"]
    assert presented["state"] == "presented" and presented["steps"][0]["holder"] == "H02"

    on = _minuted("H02", case_id, papers.on_minute, text="เพื่อโปรดพิจารณา")
    moved = _act(office, on, papers.on_minute)["case"]
    assert moved["state"] == "presented" and moved["steps"][1]["holder"] == "H01"

    assign = [{"person": "A01"}, {"unit": UNIT}]
    due = "2026-12-15"
    minute = _minuted("H01", case_id, papers.assign_minute, text="ทราบ มอบดำเนินการ", assign=assign, due=due)
    assigned = _act(office, minute, papers.assign_minute)
    case = assigned["case"]
    assert case["state"] == "assigned" and assigned["entry"]["by_name"] == "นายใหญ่ สุด"
    to_a01, to_unit = case["assignments"]
    assert to_a01["assignee"] == {"person": "A01"} and to_unit["assignee"] == {"unit": UNIT}
    assert to_unit["due"] == due and to_unit["minute_sha256"] == minute["minute_sha256"]

    ack = _action("acknowledge", "A01", case_id, assignment_id=to_a01["assignment_id"])
    assert _act(office, ack)["case"]["state"] == "assigned"
    done = _action("done", "A02", case_id, assignment_id=to_unit["assignment_id"], note="แจ้งผู้เข้าประชุมแล้ว")
    closed = _act(office, done)["case"]
    assert closed["state"] == "closed"
    assert closed["assignments"][1]["acted_by"] == "A02" and closed["assignments"][1]["state"] == "done"

    shown = _get(office, office.machine, f"/v1/cases/{case_id}").json()
    assert shown["case"] == closed
    assert [e["action"]["kind"] for e in shown["history"]] == [
        "present",
        "minute",
        "minute",
        "acknowledge",
        "done",
    ]
    assert [e["outcome"] for e in shown["history"]] == ["accepted"] * 5
    assert check_chain(shown["history"])
    for pdf in (papers.on_minute, papers.assign_minute):
        got = _get(
            office, office.tokens["A01"], f"/v1/cases/{case_id}/minutes/{hashlib.sha256(pdf).hexdigest()}"
        )
        assert got.status_code == 200 and got.content == pdf
        assert got.headers["content-type"] == "application/pdf"
    with office.cloud.store.sessions() as session:  # the heads' certificates were learnt from their minutes
        for head in ("H01", "H02"):
            assert len(json.loads(session.get(Person, head).certificates_json)) == 1  # type: ignore[union-attr]


def test_an_assignment_is_passed_inside_the_unit_and_replied_and_a_minute_with_no_one_closes(
    office: Office, papers: Papers
) -> None:
    case_id = _deliver(office, papers)
    case = _assigned(office, papers, case_id, [{"person": "A01"}, {"person": "B01"}])
    to_a01, to_b01 = (a["assignment_id"] for a in case["assignments"])
    outside = _action("pass", "A01", case_id, assignment_id=to_a01, pass_to="B01")
    refused = _post(office, office.tokens["A01"], outside)
    assert refused.status_code == 422 and refused.json()["error"] == "case_refused"
    assert UNIT in refused.json()["reason_th"]
    passed = _act(
        office, _action("pass", "A01", case_id, assignment_id=to_a01, pass_to="A02", note="โปรดตอบ")
    )
    assert passed["case"]["assignments"][0]["holder"] == {"person": "A02"}
    reply = _action("reply", "A02", case_id, assignment_id=to_a01, reply_letter_id="draft-0042")
    replied = _act(office, reply)["case"]["assignments"][0]
    assert replied["state"] == "replied" and replied["reply_letter_id"] == "draft-0042"
    bare = _action("done", "B01", case_id, assignment_id=to_b01)  # done says what was done
    assert _post(office, office.tokens["B01"], bare).json()["error"] == "case_refused"
    done = _action("done", "B01", case_id, assignment_id=to_b01, note="จัดทำหนังสือเวียนแล้ว")
    assert _act(office, done)["case"]["state"] == "closed"

    noted = _deliver(office, papers)
    _present(office, noted, ["H01"])
    known = _minuted("H01", noted, papers.on_minute, text="ทราบ")
    assert _act(office, known, papers.on_minute)["case"]["state"] == "closed"


def test_a_head_forwards_the_case_to_one_acting_for_them_and_a_letter_is_circulated(
    office: Office, papers: Papers
) -> None:
    case_id = _deliver(office, papers)
    _present(office, case_id, ["H01"])
    stranger = _action("forward", "H01", case_id, forward_to="P404")
    refused = _post(office, office.tokens["H01"], stranger)
    assert refused.status_code == 422 and refused.json()["error"] == "case_refused"
    forwarded = _act(office, _action("forward", "H01", case_id, forward_to="H02"))
    assert forwarded["case"]["steps"][0]["holder"] == "H02"
    minute = _minuted("H02", case_id, papers.assign_minute, text="มอบ", assign=[{"person": "P404"}])
    refused = _post(office, office.tokens["H02"], minute, papers.assign_minute)
    assert refused.status_code == 422 and refused.json()["error"] == "case_refused"  # nobody of the agency
    minute = _minuted("H02", case_id, papers.assign_minute, text="มอบ", assign=[{"person": "A01"}])
    minuted = _act(office, minute, papers.assign_minute)
    assert minuted["entry"]["acting_for"] == "H01" and minuted["case"]["minutes"][0]["acting_for"] == "H01"

    circulated = _act(office, _action("circulate", "S01", case_id, to=[{"person": "B01"}], note="แจ้งเวียน"))
    to_b01 = circulated["case"]["assignments"][1]
    assert to_b01["kind"] == "circulate" and to_b01["holder"] == {"person": "B01"}
    not_only = _action("done", "B01", case_id, assignment_id=to_b01["assignment_id"], note="ทำแล้ว")
    assert _post(office, office.tokens["B01"], not_only).json()["error"] == "case_refused"
    ack = _act(office, _action("acknowledge", "B01", case_id, assignment_id=to_b01["assignment_id"]))
    assert ack["case"]["assignments"][1]["state"] == "acknowledged"
    assert ack["case"]["state"] == "assigned"  # A01's assignment is still open
    history = _get(office, office.tokens["B01"], f"/v1/cases/{case_id}").json()["history"]
    assert [e["action"]["kind"] for e in history] == [
        "present",
        "forward",
        "minute",
        "circulate",
        "acknowledge",
    ]
    assert check_chain(history)


def test_a_unit_assignment_is_taken_by_one_member_and_the_late_one_is_kept_as_a_note(
    office: Office, papers: Papers
) -> None:
    case_id = _deliver(office, papers)
    case = _assigned(office, papers, case_id, [{"unit": UNIT}])
    assignment = case["assignments"][0]["assignment_id"]
    sent = [
        _action("acknowledge", "A01", case_id, assignment_id=assignment, note="รับทราบ"),
        _action("acknowledge", "A02", case_id, assignment_id=assignment, note="ทราบแล้ว"),
    ]
    answers: list[requests.Response] = []
    start = threading.Barrier(len(sent))

    def send(action: dict[str, Any]) -> None:
        start.wait()
        answers.append(_post(office, office.tokens[action["person"]], action))

    threads = [threading.Thread(target=send, args=(one,)) for one in sent]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [200, 409], [a.text for a in answers]
    won = next(a for a in answers if a.status_code == 200).json()
    late = next(a for a in answers if a.status_code == 409).json()
    winner = won["entry"]["action"]["person"]
    assert won["case"]["assignments"][0]["acted_by"] == winner
    assert late["error"] == "already_done" and late["by"] == winner and late["at"]
    assert late["reason_th"].startswith(f"ดำเนินการแล้วโดย {won['entry']['by_name']} เมื่อ")
    assert late["case"]["state"] == "closed" and late["entry"]["outcome"] == "noted"
    history = _get(office, office.tokens["H01"], f"/v1/cases/{case_id}").json()["history"]
    assert [e["outcome"] for e in history] == ["accepted", "accepted", "accepted", "noted"]
    assert history[-1]["action"]["note"] in ("รับทราบ", "ทราบแล้ว")  # the late note is kept
    assert check_chain(history)


def test_an_action_sent_again_gets_its_first_answer(office: Office, papers: Papers) -> None:
    case_id = _deliver(office, papers)
    present = _action("present", "S01", case_id, summary="สรุปเรื่อง", steps=["H01"])
    first = _post(office, office.tokens["S01"], present)
    again = _post(office, office.tokens["S01"], present)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    minute = _minuted("H01", case_id, papers.on_minute, text="ทราบ")
    assert _post(office, office.tokens["H01"], minute, papers.on_minute).status_code == 200
    late = _action("present", "S01", case_id, summary="เสนออีกครั้ง", steps=["H02"])
    noted = _post(office, office.tokens["S01"], late)
    assert noted.status_code == 409 and noted.json()["error"] == "already_done"
    assert _post(office, office.tokens["S01"], late).json() == noted.json()
    assert _history(office, case_id) == ["accepted", "accepted", "noted"]
    reused = dict(late, case_id=_deliver(office, papers))  # the same action id for another case
    assert _post(office, office.tokens["S01"], reused).json()["error"] == "action_id_reused"


def test_a_minute_that_is_not_the_one_named_or_not_signed_by_its_head_is_refused(
    office: Office, papers: Papers
) -> None:
    case_id = _deliver(office, papers)
    _present(office, case_id, ["H01"])
    mismatch = _minuted("H01", case_id, papers.on_minute, text="ทราบ")
    refused = _post(office, office.tokens["H01"], mismatch, papers.assign_minute)
    assert refused.status_code == 422 and refused.json()["error"] == "minute_mismatch"
    assert refused.json()["reason_th"]
    missing = _post(office, office.tokens["H01"], mismatch, None)
    assert missing.status_code == 422 and missing.json()["error"] == "minute_required"
    unsigned = _minuted("H01", case_id, papers.unsigned_minute, text="ทราบ")
    refused = _post(office, office.tokens["H01"], unsigned, papers.unsigned_minute)
    assert refused.status_code == 422 and refused.json()["reason_th"], refused.text
    assert refused.json()["error"] == "unsigned"  # the letters' code
    with office.cloud.store.sessions.begin() as session:
        head = session.get(Person, "H01")
        assert head is not None
        head.certificates_json = json.dumps(["ab" * 32])
    signed = _minuted("H01", case_id, papers.on_minute, text="ทราบ")
    refused = _post(office, office.tokens["H01"], signed, papers.on_minute)
    assert refused.status_code == 422 and refused.json()["error"] == "not_their_certificate"
    assert _history(office, case_id) == ["accepted"]  # nothing of these recorded
    digest = hashlib.sha256(papers.on_minute).hexdigest()
    assert _get(office, office.tokens["H01"], f"/v1/cases/{case_id}/minutes/{digest}").status_code == 404


def test_only_a_persons_own_token_of_the_receiving_agency_acts(office: Office, papers: Papers) -> None:
    case_id = _deliver(office, papers)
    present = _action("present", "S01", case_id, summary="สรุปเรื่อง", steps=["H01"])
    by_machine = _post(office, office.machine, present)
    assert by_machine.status_code == 403 and by_machine.json()["error"] == "person_token_required"
    by_other = _post(office, office.tokens["A01"], present)
    assert by_other.status_code == 403 and by_other.json()["error"] == "not_your_action"
    elsewhere = _action("present", "X01", case_id, summary="สรุปเรื่อง", steps=["H01"])
    assert _post(office, office.tokens["X01"], elsewhere).status_code == 404  # delivered to DS, not CM
    unknown = _action("present", "S01", str(uuid.uuid4()), summary="สรุปเรื่อง", steps=["H01"])
    assert _post(office, office.tokens["S01"], unknown).status_code == 404
    not_saraban = _action("present", "A01", case_id, summary="สรุปเรื่อง", steps=["H01"])
    refused = _post(office, office.tokens["A01"], not_saraban)
    assert refused.status_code == 422 and refused.json()["error"] == "case_refused"
    _present(office, case_id, ["H01"])
    assert _get(office, office.tokens["X01"], f"/v1/cases/{case_id}").status_code == 404
    assert _cases(office, office.tokens["X01"]) == []
    assert [i["case_id"] for i in _cases(office, office.machine)] == [case_id]


def test_a_secret_letters_case_and_route_reach_only_the_people_on_them(
    office: Office, papers: Papers
) -> None:
    open_case = _deliver(office, papers)
    _present(office, open_case, ["H01"])
    secret = _deliver(office, papers, secrecy="ลับ")
    _present(office, secret, ["H01"], secrecy="ลับ")

    def seen(person_or_token: str) -> set[str]:
        token = office.tokens.get(person_or_token, person_or_token)
        return {i["case_id"] for i in _cases(office, token)}

    assert seen("H01") == seen("S01") == {open_case, secret}
    assert seen("B01") == seen("A02") == seen(office.machine) == {open_case}
    assert _get(office, office.tokens["B01"], f"/v1/cases/{secret}").status_code == 404
    assert _get(office, office.machine, f"/v1/cases/{secret}").status_code == 404
    late = _post(
        office, office.tokens["B01"], _action("present", "B01", secret, summary="ขอเสนอ", steps=["H02"])
    )
    assert late.status_code == 409 and "case" not in late.json()  # kept as a note, the case not shown
    assert seen("B01") == {open_case}
    minute = _minuted("H01", secret, papers.assign_minute, text="มอบ", assign=[{"unit": UNIT}])
    _act(office, minute, papers.assign_minute)
    assert seen("A02") == {open_case, secret}  # a person of the assigned unit
    assert seen("B01") == {open_case}
    digest = hashlib.sha256(papers.assign_minute).hexdigest()
    assert _get(office, office.tokens["A02"], f"/v1/cases/{secret}/minutes/{digest}").status_code == 200
    assert _get(office, office.tokens["B01"], f"/v1/cases/{secret}/minutes/{digest}").status_code == 404

    route = {
        "action_id": str(uuid.uuid4()),
        "letter_id": "reply-secret-1",
        "kind": "submit",
        "person": "A01",
        "at": dt.datetime.now(dt.UTC).isoformat(),
        "round": 1,
        "steps": [{"person": "H01", "kind": "sign"}],
        "pdf_sha256": hashlib.sha256(papers.letter).hexdigest(),
    }
    body = {
        "action": route,
        "letter": {"subject": SECRET_SUBJECT, "secret": "ลับมาก"},
        "pdf": base64.b64encode(papers.letter).decode(),
    }
    submitted = requests.post(
        f"{office.cloud.url}/v1/routes/reply-secret-1/actions",
        json=body,
        headers={"Authorization": f"Bearer {office.tokens['A01']}"},
        timeout=60,
    )
    assert submitted.status_code == 200, submitted.text

    def routes(person_or_token: str) -> list[str]:
        token = office.tokens.get(person_or_token, person_or_token)
        items = _get(office, token, "/v1/changes?limit=500").json()["items"]
        return [i["letter_id"] for i in items if i["kind"] == "route"]

    assert routes("A01") == routes("H01") == ["reply-secret-1"]
    assert routes("A02") == routes("B01") == routes(office.machine) == []
    assert _get(office, office.tokens["H01"], "/v1/routes/reply-secret-1").status_code == 200
    assert _get(office, office.tokens["B01"], "/v1/routes/reply-secret-1").status_code == 404
    assert _get(office, office.machine, "/v1/routes/reply-secret-1").status_code == 404
    letter = hashlib.sha256(papers.letter).hexdigest()
    assert _get(office, office.tokens["B01"], f"/v1/routes/reply-secret-1/pdf/{letter}").status_code == 404


def _letters(office: Office, token: str) -> list[str]:
    """The ids of the letter items the token's feed carries, in order."""
    items = _get(office, token, "/v1/changes?limit=500").json()["items"]
    return [i["id"] for i in items if i["kind"] == "letter"]


def _pdf(office: Office, token: str, letter_id: str) -> int:
    return _get(office, token, f"/v1/letters/{letter_id}/pdf").status_code


def test_a_secret_letter_reaches_the_saraban_officer_and_then_whom_its_case_brings_on(
    office: Office, papers: Papers, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    open_letter = _deliver(office, papers)
    secret = _deliver(office, papers, secrecy="ลับมาก")
    token = office.tokens

    def feed_text(person_or_token: str) -> str:
        return _get(office, token.get(person_or_token, person_or_token), "/v1/changes?limit=500").text

    assert _letters(office, token["S01"]) == [open_letter, secret]  # the saraban officer registers it
    for other in (office.machine, token["H01"], token["A02"], token["B01"]):
        assert _letters(office, other) == [open_letter]
    for other in (office.machine, "H01", "A02", "B01"):
        assert SECRET_SUBJECT not in feed_text(other)
    assert _pdf(office, token["S01"], secret) == 200
    for other in (office.machine, token["H01"], token["A02"], token["B01"], token["X01"], office.sender):
        assert _pdf(office, other, secret) == 404
    assert _pdf(office, office.machine, open_letter) == _pdf(office, token["B01"], open_letter) == 200

    _present(office, secret, ["H01"], secrecy="ลับมาก")
    assert _letters(office, token["H01"]) == [open_letter, secret]  # the head it is presented to
    assert _pdf(office, token["H01"], secret) == 200
    assert _letters(office, token["A02"]) == [open_letter]
    minute = _minuted("H01", secret, papers.assign_minute, text="มอบ", assign=[{"unit": UNIT}])
    _act(office, minute, papers.assign_minute)
    for person in ("A01", "A02"):  # the people of the assigned unit
        assert _letters(office, token[person]) == [open_letter, secret]
        assert _pdf(office, token[person], secret) == 200
        kinds = [
            (i["kind"], i.get("id") or i.get("case_id"))
            for i in _get(office, token[person], "/v1/changes?limit=500").json()["items"]
        ]
        assert kinds.index(("letter", secret)) < kinds.index(("case", secret)), "the letter before its case"
    assert _letters(office, token["S01"]) == _letters(office, token["H01"]) == [open_letter, secret]  # once
    for other in (office.machine, "B01", "H02"):
        assert SECRET_SUBJECT not in feed_text(other)
    for other in (office.machine, token["B01"], token["H02"], office.sender):
        assert _pdf(office, other, secret) == 404
    assert f"case {secret}: its letter brought to 2 more people" in caplog.text  # the log is heard here
    assert SECRET_SUBJECT not in caplog.text  # ids only


def _submit(office: Office, person: str, letter_id: str, signer: str, papers: Papers, secret: str) -> None:
    """``person`` submits the draft ``letter_id`` (a reply) for ``signer`` to sign."""
    action = {
        "action_id": str(uuid.uuid4()),
        "letter_id": letter_id,
        "kind": "submit",
        "person": person,
        "at": dt.datetime.now(dt.UTC).isoformat(),
        "round": 1,
        "steps": [{"person": signer, "kind": "sign"}],
        "pdf_sha256": hashlib.sha256(papers.letter).hexdigest(),
    }
    body = {
        "action": action,
        "letter": {"subject": "ตอบ" + SECRET_SUBJECT, "secret": secret},
        "pdf": base64.b64encode(papers.letter).decode(),
    }
    answer = requests.post(
        f"{office.cloud.url}/v1/routes/{letter_id}/actions",
        json=body,
        headers={"Authorization": f"Bearer {office.tokens[person]}"},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text


def test_the_secret_route_of_a_reply_brings_its_signer_onto_the_secret_letter(
    office: Office, papers: Papers
) -> None:
    secret = _deliver(office, papers, secrecy="ลับ")
    _present(office, secret, ["H01"], secrecy="ลับ")
    minute = _minuted(
        "H01", secret, papers.assign_minute, text="มอบ", assign=[{"person": "A01"}, {"person": "A02"}]
    )
    case = _act(office, minute, papers.assign_minute)["case"]
    to_a01, to_a02 = (a["assignment_id"] for a in case["assignments"])
    token = office.tokens

    _submit(office, "A01", "reply-one", "H02", papers, "ลับ")  # the route first: not yet linked to the case
    assert _letters(office, token["H02"]) == [] and _pdf(office, token["H02"], secret) == 404
    _act(office, _action("reply", "A01", secret, assignment_id=to_a01, reply_letter_id="reply-one"))
    assert _letters(office, token["H02"]) == [secret] and _pdf(office, token["H02"], secret) == 200

    _act(office, _action("reply", "A02", secret, assignment_id=to_a02, reply_letter_id="reply-two"))
    _submit(office, "A02", "reply-open", "B01", papers, "")  # not a reply, and not secret: brings no one
    assert _letters(office, token["B01"]) == []
    _submit(office, "A02", "reply-two", "B01", papers, "ลับ")  # the reply's route after the reply
    assert _letters(office, token["B01"]) == [secret] and _pdf(office, token["B01"], secret) == 200
    assert _letters(office, token["A01"]) == _letters(office, token["H01"]) == [secret]  # once each
    assert _letters(office, office.machine) == [] and _pdf(office, office.machine, secret) == 404


def test_a_workstation_takes_a_letter_it_already_holds_once(
    office: Office, papers: Papers, tmp_path: Path
) -> None:
    """The case brings a secret letter to people who may already hold it here: the inbox keeps one."""
    secret = _deliver(office, papers, secrecy="ลับ")
    store = open_store(tmp_path / "desk-S01")
    try:
        engine = SyncEngine(store, CloudClient(office.cloud.url, office.tokens["S01"]), "S01")
        assert engine.pull() == 1
        with office.cloud.store.sessions.begin() as session:  # the letter item again, for S01
            document = session.scalar(select(Document).where(Document.public_id == secret))
            assert document is not None
            now = dt.datetime.now(dt.UTC)
            feed.publish(session, "letter", "DS", letter_item(document), now, {"S01"}, secret)
        assert _letters(office, office.tokens["S01"]) == [secret, secret]
        fetched: list[str] = []

        class Counting(CloudClient):
            def letter_pdf(self, server_id: str) -> bytes:
                fetched.append(server_id)
                return super().letter_pdf(server_id)

        engine.client = Counting(office.cloud.url, office.tokens["S01"])
        assert engine.pull() == 0
        assert fetched == [] and Inbox(store, "S01").count() == 1
    finally:
        store.close()


def test_two_server_processes_on_postgresql_let_one_member_of_a_unit_take_its_assignment(
    tmp_path: Path, trust_root: Path, papers: Papers
) -> None:
    """Two `eoffice-cloud serve` processes on one PostgreSQL: the unit's assignment acknowledged by two of
    its people at once, one through each."""
    url = database_url("postgresql")
    assert url is not None
    drop_everything(url)
    (tmp_path / "root.pem").write_bytes(trust_root.read_bytes())
    config = tmp_path / "server.toml"
    config.write_text(
        f'[server]\ndatabase_url = "{url}"\n[trust]\nanchors = ["root.pem"]\n', encoding="utf-8"
    )
    store = open_cloud(tmp_path / "setup", url)
    try:
        with (
            serving(tmp_path / "one", "--config", config) as first,
            serving(tmp_path / "two", "--config", config) as second,
        ):
            office = _office(RunningCloud(first, store, tmp_path))
            case_id = _deliver(office, papers)
            assignment = _assigned(office, papers, case_id, [{"unit": UNIT}])["assignments"][0][
                "assignment_id"
            ]
            sent = [
                (first, _action("acknowledge", "A01", case_id, assignment_id=assignment)),
                (second, _action("acknowledge", "A02", case_id, assignment_id=assignment)),
            ]
            answers: list[int] = []
            start = threading.Barrier(len(sent))

            def send(server: str, action: dict[str, Any]) -> None:
                there = Office(
                    RunningCloud(server, store, tmp_path), office.tokens, office.machine, office.sender
                )
                start.wait()
                answers.append(_post(there, office.tokens[action["person"]], action).status_code)

            threads = [threading.Thread(target=send, args=one) for one in sent]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(answers) == [200, 409]
            assert _history(office, case_id) == ["accepted", "accepted", "accepted", "noted"]
            history = _get(office, office.tokens["H01"], f"/v1/cases/{case_id}").json()["history"]
            assert check_chain(history)
    finally:
        store.engine.dispose()
