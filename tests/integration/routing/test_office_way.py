"""A letter's whole way through an office, on five workstations against the real server (SQLite and
PostgreSQL), from the command line as IT and tests drive it:

the drafter submits a memo on a route (reviewer → approver → signer); the reviewer initials it offline and
syncs later; the approver returns it with a comment; the drafter submits round 2; the reviewer initials
again; the approver initials on her desk while her laptop, offline, initials the same step too (the laptop
is told who was first, and its comment stays as a note); the signer forwards the signature to her deputy,
who signs as acting; the drafter's letter comes back signed and is sent to another agency, once.

At the end every initial and the signature are VALID in our verify and in pdfsig, and every workstation
holds the same chained history as the server.
"""

import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eoffice_cloud.storage import stats
from eoffice_desktop.domain.history_chain import check_chain
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import verify_file
from tests.cloud import RunningCloud
from tests.helpers import PIN_ENV, example, run_cli

PEOPLE = [
    {"person_id": "D001", "agency": "DS", "name": "นายร่าง หนังสือ", "position": "นักจัดการงานทั่วไป",
     "unit": "กลุ่มงานบริหารทั่วไป", "roles": "drafter"},
    {"person_id": "R001", "agency": "DS", "name": "นางสาวตรวจ ถี่ถ้วน", "position": "หัวหน้ากลุ่มงาน",
     "unit": "กลุ่มงานบริหารทั่วไป", "roles": "reviewer"},
    {"person_id": "R002", "agency": "DS", "name": "นางเห็นชอบ ดีงาม", "position": "ผู้อำนวยการกอง",
     "unit": "กองกลาง", "roles": "reviewer"},
    {"person_id": "S001", "agency": "DS", "name": "นายลงนาม ใหญ่ยิ่ง", "position": "อธิบดี",
     "unit": "สำนักงานอธิบดี", "roles": "signer"},
    {"person_id": "S002", "agency": "DS", "name": "นางรอง รักษาการ", "position": "รองอธิบดี",
     "unit": "สำนักงานอธิบดี", "roles": "signer"},
]  # fmt: skip
SUBJECT = "ขอความอนุเคราะห์ใช้ห้องประชุม"
STEPS = ("--step", "R001:review", "--step", "R002:approve", "--step", "S001:sign")


class Desk:
    """One workstation: its own data directory and its person's token."""

    def __init__(self, directory: Path, cloud: RunningCloud, token: str, hsm: Any) -> None:
        self.directory = directory
        self.cloud = cloud
        self.token = token
        self.hsm = hsm

    def cli(self, *args: str | Path) -> tuple[int, str, str]:
        return run_cli("--data-dir", self.directory, *args)

    def ok(self, *args: str | Path) -> str:
        code, out, err = self.cli(*args)
        assert code == 0, f"{args}: {err}"
        return out

    def sync(self) -> str:
        return self.ok("sync", "--server", self.cloud.url, "--token", self.token, "--once")

    def tasks(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = json.loads(self.ok("tasks", "--json"))
        return found

    def signing(self) -> tuple[str | Path, ...]:
        return (
            "--pkcs11-module", self.hsm.module, "--token-label", self.hsm.label, "--cert-label", "signer",
            "--pin-env", PIN_ENV,
        )  # fmt: skip

    def show(self, letter_id: str) -> dict[str, Any]:
        shown: dict[str, Any] = json.loads(self.ok("letters", "show", letter_id, "--json"))
        return shown


@pytest.fixture
def office(
    cloud: RunningCloud, tmp_path: Path, hsm: Any, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str, str], Desk]:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    cloud.import_people(PEOPLE)

    def desk(person: str, name: str) -> Desk:
        return Desk(tmp_path / name, cloud, cloud.person_token(person, name), hsm)

    return desk


def _signatures(path: Path, trust_root: Path) -> dict[str, str]:
    report = verify_file(path, load_trust_anchors([trust_root]))
    return {s.field: "valid" if s.valid and s.trusted and s.intact else "invalid" for s in report.signatures}


@dataclass
class Office:
    drafter: Desk
    reviewer: Desk
    approver: Desk
    laptop: Desk  # the approver's other workstation
    signer: Desk
    deputy: Desk

    @property
    def desks(self) -> tuple[Desk, ...]:
        return (self.drafter, self.reviewer, self.approver, self.laptop, self.signer, self.deputy)


@pytest.fixture
def desks(office: Callable[[str, str], Desk]) -> Office:
    made = Office(
        office("D001", "drafter-desk"),
        office("R001", "reviewer-desk"),
        office("R002", "approver-desk"),
        office("R002", "approver-laptop"),
        office("S001", "signer-desk"),
        office("S002", "deputy-desk"),
    )
    for desk in made.desks:
        desk.sync()  # whom each token stands for, and the people, held for offline use
    return made


def _first_round(o: Office, write_json: Callable[..., Path]) -> str:
    """Submitted, initialled offline by the reviewer, returned by the approver with a comment."""
    memo = example("memo") | {"subject": SUBJECT, "speed": "ด่วน"}
    letter_id = o.drafter.ok("letters", "new", "--template", "memo", "--data", write_json(memo)).strip()
    o.drafter.ok("route", letter_id, *STEPS, "--note", "เสนอเพื่อโปรดพิจารณา")
    assert o.drafter.show(letter_id)["state"] == "routing"
    o.drafter.sync()

    o.reviewer.sync()
    assert [t["letter_id"] for t in o.reviewer.tasks()] == [letter_id]
    o.reviewer.ok("act", letter_id, "approve", "--note", "ตรวจแล้ว", *o.reviewer.signing())  # offline
    assert o.reviewer.tasks() == []
    assert o.approver.sync() and o.approver.tasks() == [], "not hers until the reviewer's initials arrive"
    o.reviewer.sync()

    o.approver.sync()
    assert [t["task"] for t in o.approver.tasks()] == ["act"]
    code, _, err = o.approver.cli("act", letter_id, "return")
    assert code == 1 and "note" in err, "a letter goes back with a comment"
    o.approver.ok("act", letter_id, "return", "--note", "แก้ไขวันที่ประชุมให้ตรงกับหนังสือเชิญ")
    o.approver.sync()
    return letter_id


def _second_round(o: Office, letter_id: str) -> None:
    """Submitted again; the approver initials on her desk while her offline laptop initials too."""
    o.drafter.sync()
    assert o.drafter.show(letter_id)["state"] == "draft"
    assert [t["task"] for t in o.drafter.tasks()] == ["fix"]
    o.drafter.ok("route", letter_id, *STEPS, "--note", "แก้ไขตามที่ส่งคืนแล้ว")
    o.drafter.sync()
    o.reviewer.sync()
    o.reviewer.ok("act", letter_id, "approve", *o.reviewer.signing())
    o.reviewer.sync()

    o.laptop.sync()
    o.approver.sync()
    o.laptop.ok("act", letter_id, "approve", "--note", "เห็นชอบ (จากโน้ตบุ๊ก)", *o.laptop.signing())
    o.approver.ok("act", letter_id, "approve", "--note", "เห็นชอบ", *o.approver.signing())
    o.approver.sync()
    told = o.laptop.sync()
    assert f"already done: {letter_id}  {SUBJECT}: ดำเนินการแล้วโดย นางเห็นชอบ ดีงาม เมื่อ" in told
    assert o.laptop.tasks() == [], "after a sync nobody sees a task that is no longer theirs"


def _signature(o: Office, letter_id: str) -> None:
    """The signer hands the signature to her deputy, who signs as acting."""
    o.signer.sync()
    assert [t["field"] for t in o.signer.tasks()] == ["Signature1"]
    o.signer.ok("act", letter_id, "forward", "S002", "--note", "ไปราชการต่างจังหวัด")
    o.signer.sync()
    o.deputy.sync()
    assert [t["field"] for t in o.deputy.tasks()] == ["Signature1"]
    o.deputy.ok("act", letter_id, "sign", *o.deputy.signing())
    o.deputy.sync()


def test_a_letter_goes_from_drafter_through_two_heads_to_the_signer_and_out(
    desks: Office, cloud: RunningCloud, write_json: Callable[..., Path], trust_root: Path, tmp_path: Path
) -> None:
    assert json.loads(desks.reviewer.ok("whoami", "--json"))["person_id"] == "R001"
    letter_id = _first_round(desks, write_json)
    _second_round(desks, letter_id)
    _signature(desks, letter_id)

    drafter = desks.drafter
    drafter.sync()
    shown = drafter.show(letter_id)
    assert shown["state"] == "signed" and shown["route"]["state"] == "signed"
    final = tmp_path / "final.pdf"
    drafter.ok("letters", "export", letter_id, "--out", final)
    assert _signatures(final, trust_root) == {
        "Initials1": "valid",
        "Initials2": "valid",
        "Signature1": "valid",
    }
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(final)], capture_output=True, text=True, check=False).stdout
        assert out.count("Signature is Valid") == 3, out

    history = cloud_history(cloud, drafter.token, letter_id)
    assert check_chain(history)
    outcomes = [(e["action"]["kind"], e["action"]["person"], e["outcome"]) for e in history]
    assert outcomes == [
        ("submit", "D001", "accepted"),
        ("approve", "R001", "accepted"),
        ("return", "R002", "accepted"),
        ("submit", "D001", "accepted"),
        ("approve", "R001", "accepted"),
        ("approve", "R002", "accepted"),
        ("approve", "R002", "noted"),
        ("forward", "S001", "accepted"),
        ("sign", "S002", "accepted"),
    ]
    assert history[6]["action"]["comment"] == "เห็นชอบ (จากโน้ตบุ๊ก)", "the late comment is kept"
    for desk in desks.desks:
        desk.sync()
        held = desk.show(letter_id)["history"]
        assert [e["hash"] for e in held] == [e["hash"] for e in history], desk.directory.name

    drafter.ok("queue", "add", "--letter", letter_id, "--to", "CM", "--trust", trust_root)
    assert "delivered 1" in drafter.sync()
    assert stats(cloud.store)["documents"] == 1


def cloud_history(cloud: RunningCloud, token: str, letter_id: str) -> list[dict[str, Any]]:
    import requests

    answer = requests.get(
        f"{cloud.url}/v1/routes/{letter_id}", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert answer.status_code == 200, answer.text
    history: list[dict[str, Any]] = answer.json()["history"]
    return history


def test_a_letter_sent_back_to_an_earlier_step_is_initialled_again_beside_the_first_initials(
    desks: Office, cloud: RunningCloud, write_json: Callable[..., Path], trust_root: Path, tmp_path: Path
) -> None:
    o = desks
    memo = example("memo") | {"subject": SUBJECT}
    letter_id = o.drafter.ok("letters", "new", "--template", "memo", "--data", write_json(memo)).strip()
    o.drafter.ok("route", letter_id, *STEPS)
    o.drafter.sync()
    o.reviewer.sync()
    o.reviewer.ok("act", letter_id, "approve", *o.reviewer.signing())
    o.reviewer.sync()
    o.approver.sync()
    o.approver.ok("act", letter_id, "return", "--to-step", "1", "--note", "โปรดตรวจตัวเลขงบประมาณอีกครั้ง")
    o.approver.sync()

    o.reviewer.sync()
    assert [t["field"] for t in o.reviewer.tasks()] == ["Initials1"], "back with the reviewer"
    o.reviewer.ok("act", letter_id, "approve", "--note", "ตรวจซ้ำแล้ว ถูกต้อง", *o.reviewer.signing())
    o.reviewer.sync()
    o.approver.sync()
    o.approver.ok("act", letter_id, "approve", *o.approver.signing())
    o.approver.sync()
    o.signer.sync()
    o.signer.ok("act", letter_id, "sign", *o.signer.signing())
    o.signer.sync()

    o.drafter.sync()
    final = tmp_path / "final.pdf"
    o.drafter.ok("letters", "export", letter_id, "--out", final)
    assert _signatures(final, trust_root) == {
        "Initials1": "valid",
        "Initials1-2": "valid",
        "Initials2": "valid",
        "Signature1": "valid",
    }
    history = cloud_history(cloud, o.drafter.token, letter_id)
    assert check_chain(history) and [e["outcome"] for e in history] == ["accepted"] * 6
