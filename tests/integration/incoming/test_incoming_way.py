"""A received letter's whole way through an agency, on five workstations against the real server (SQLite and
PostgreSQL), from the command line:

agency AA sends a signed letter to BB; it is registered at every BB workstation; BB's saraban officer
presents it to the head; the head minutes it on her own workstation while offline (synced later), assigning
it to two officers on their own workstations; one replies (the reply is routed to the head, signed and sent
to AA, where it arrives with อ้างถึง filled), the other marks it done; BB's receive register shows all of it.
The sender's signature and the minute's stay valid throughout (our verify and pdfsig).
"""

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.domain.history_chain import check_chain
from eoffice_desktop.store.db import open_store
from tests.cloud import RunningCloud
from tests.helpers import PIN_ENV, example, run_cli, sign_cli

PEOPLE = [
    {"person_id": "A001", "agency": "AA", "name": "นายส่ง หนังสือ", "position": "อธิบดี",
     "unit": "สำนักงานเลขานุการกรม", "roles": "drafter|signer"},
    {"person_id": "SB01", "agency": "BB", "name": "นางสาวสาร บรรณ", "position": "เจ้าพนักงานธุรการ",
     "unit": "ฝ่ายสารบรรณ", "roles": "saraban|drafter"},
    {"person_id": "HD01", "agency": "BB", "name": "นางหัวหน้า ใหญ่ยิ่ง", "position": "ผู้อำนวยการสำนัก",
     "unit": "สำนักงานผู้อำนวยการ", "roles": "reviewer|signer"},
    {"person_id": "HD02", "agency": "BB", "name": "นายรอง หัวหน้า", "position": "รองผู้อำนวยการสำนัก",
     "unit": "สำนักงานผู้อำนวยการ", "roles": "reviewer|signer", "certificates": "ab" * 32},
    {"person_id": "OF01", "agency": "BB", "name": "นายหนึ่ง ตอบไว", "position": "นักวิเคราะห์นโยบายและแผน",
     "unit": "กลุ่มงานนโยบาย", "roles": "drafter"},
    {"person_id": "OF02", "agency": "BB", "name": "นางสาวสอง ทำเสร็จ", "position": "นักวิเคราะห์นโยบายและแผน",
     "unit": "กลุ่มงานนโยบาย", "roles": "drafter"},
]  # fmt: skip
SUBJECT = "ขอเชิญประชุมเชิงปฏิบัติการ"
NUMBER = "อส 0001/77"


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

    def json(self, *args: str | Path) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def sync(self) -> str:
        return self.ok("sync", "--server", self.cloud.url, "--token", self.token, "--once")

    def signing(self) -> tuple[str | Path, ...]:
        return (
            "--pkcs11-module", self.hsm.module, "--token-label", self.hsm.label, "--cert-label", "signer",
            "--pin-env", PIN_ENV,
        )  # fmt: skip


@pytest.fixture
def desk(
    cloud: RunningCloud, tmp_path: Path, hsm: Any, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], Desk]:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))
    cloud.import_people(PEOPLE)

    def make(person: str) -> Desk:
        made = Desk(tmp_path / f"desk-{person}", cloud, cloud.person_token(person, f"desk-{person}"), hsm)
        made.sync()  # whom the token stands for, and the people, held for offline use
        return made

    return make


def _send_from_aa(sender: Desk, tmp_path: Path, write_json: Callable[..., Path], trust_root: Path) -> None:
    data = example("external-letter") | {
        "subject": SUBJECT, "number": NUMBER, "date": "2026-11-20", "agency": "กรมส่งเสริมการทดสอบ",
        "secrecy": "", "speed": "ด่วน",
    }  # fmt: skip
    draft = tmp_path / "aa-letter.pdf"
    data_file = write_json(data)
    code, _, err = run_cli("draft", "--template", "external-letter", "--data", data_file, "--out", draft)
    assert code == 0, err
    out = tmp_path / "aa-signed"
    out.mkdir()
    code, _, err = sign_cli(sender.hsm, [draft], "--out-dir", out)
    assert code == 0, err
    sender.ok("queue", "add", out / draft.name, "--to", "BB", "--trust", trust_root)
    assert "delivered 1" in sender.sync()


def _verdicts(shown: dict[str, Any]) -> list[str]:
    return [shown["verdict"]["tone"], *(m["verdict"]["tone"] for m in shown["minutes"])]


def _pdfsig_valid(path: Path) -> None:
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
        assert "Signature is Valid" in out, out


def _blob(desk: Desk, sha256: str) -> Path:
    store = open_store(desk.directory)
    try:
        return store.blob_path(sha256)
    finally:
        store.close()


@dataclass
class Way:
    sender: Desk  # AA's
    saraban: Desk  # BB's, the heads' and officers' below
    head: Desk
    replier: Desk
    doer: Desk


def _present(w: Way) -> str:
    """Registered at BB, presented by the saraban officer; the letter's server id."""
    w.saraban.sync()
    (item,) = w.saraban.json("inbox", "list")["items"]
    letter_id = str(item["server_id"])
    code, _, err = w.head.cli("inbox", "present", letter_id, "--summary", "x", "--step", "HD01")
    assert code == 1 and "sync" in err, "the head's workstation has not received it yet"
    w.saraban.ok("inbox", "present", letter_id, "--summary", "เชิญประชุม ๑๐ ธ.ค. ขอผู้แทน ๒ คน", "--step", "HD01")
    w.saraban.sync()
    return letter_id


def _minute(w: Way, letter_id: str) -> None:
    """The head minutes it on her own workstation, offline, and syncs later."""
    w.head.sync()
    assert [(t["letter_id"], t["task"]) for t in w.head.json("tasks")] == [(letter_id, "minute")]
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    w.head.ok(
        "minute", letter_id, "--text", "มอบ กลุ่มงานนโยบาย ดำเนินการ", "--assign", "OF01", "--assign", "OF02",
        "--due", yesterday, *w.head.signing(),
    )  # fmt: skip
    assert w.head.json("tasks") == [], "taken offline at once"
    code, _, _err = w.replier.cli("act", letter_id, "done", "--note", "x")
    assert code == 1, "not the officer's before it reaches his workstation"
    w.head.sync()

    w.saraban.sync()
    (row,) = w.saraban.json("register", "list", "--kind", "receive")
    assert row["state"] == "assigned" and {h["person"] for h in row["holders"]} == {"OF01", "OF02"}
    assert len(row["overdue"]) == 2


def _reply(w: Way, letter_id: str, write_json: Callable[..., Path], trust_root: Path) -> str:
    """One officer replies: a draft referring to the received letter, routed to the head, signed, sent to
    AA; the reply's letter id."""
    w.replier.sync()
    (task,) = w.replier.json("tasks")
    assert task["letter_id"] == letter_id and task["task"] == "assignment"
    data = write_json(
        example("external-letter") | {"subject": "", "recipient": "", "reference": "", "secrecy": ""},
        "reply.json",
    )
    reply_id = w.replier.ok("act", letter_id, "reply", "--template", "external-letter", "--data", data)
    reply_id = reply_id.strip()
    draft = w.replier.json("letters", "show", reply_id)
    assert draft["state"] == "draft" and draft["replies_to"]["case_id"] == letter_id
    w.replier.ok("route", reply_id, "--step", "HD01:sign")
    w.replier.sync()
    w.head.sync()
    w.head.ok("act", reply_id, "sign", *w.head.signing())
    w.head.sync()
    w.replier.sync()
    w.replier.ok("queue", "add", "--letter", reply_id, "--to", "AA", "--trust", trust_root)
    assert "delivered 1" in w.replier.sync()
    return reply_id


def test_a_received_letter_is_presented_minuted_assigned_replied_and_done_across_workstations(
    desk: Callable[[str], Desk],
    cloud: RunningCloud,
    write_json: Callable[..., Path],
    trust_root: Path,
    tmp_path: Path,
) -> None:
    w = Way(*(desk(p) for p in ("A001", "SB01", "HD01", "OF01", "OF02")))
    _send_from_aa(w.sender, tmp_path, write_json, trust_root)
    letter_id = _present(w)
    assert w.saraban.json("inbox", "show", letter_id, "--trust", trust_root)["verdict"]["tone"] == "valid"
    _minute(w, letter_id)
    reply_id = _reply(w, letter_id, write_json, trust_root)

    # the other marks it done
    w.doer.sync()
    w.doer.ok("act", letter_id, "done", "--note", "แจ้งรายชื่อผู้เข้าประชุม ๒ คนแล้ว")
    w.doer.sync()

    # BB's receive register shows who holds it (nobody) and what was done
    w.saraban.sync()
    (row,) = w.saraban.json("register", "list", "--kind", "receive")
    assert row["state"] == "closed" and row["holders"] == [] and row["overdue"] == []
    assert "แจ้งรายชื่อผู้เข้าประชุม ๒ คนแล้ว" in row["action"]
    assert "ตอบหนังสือแล้ว (นายหนึ่ง ตอบไว)" in row["action"]
    shown = w.saraban.json("inbox", "show", letter_id, "--trust", trust_root)
    assert _verdicts(shown) == ["valid", "valid"], "the sender's signature and the minute's"
    assert [a["state"] for a in shown["assignments"]] == ["replied", "done"]
    assert shown["assignments"][0]["reply_letter_id"] == reply_id
    assert check_chain(shown["history"])
    assert [(e["action"]["kind"], e["outcome"]) for e in shown["history"]] == [
        ("present", "accepted"),
        ("minute", "accepted"),
        ("reply", "accepted"),
        ("done", "accepted"),
    ]
    _pdfsig_valid(_blob(w.saraban, shown["letter"]["pdf_sha256"]))
    _pdfsig_valid(_blob(w.saraban, shown["minutes"][0]["sha256"]))

    # the reply reaches AA with อ้างถึง the received letter
    w.sender.sync()
    replies = [i for i in w.sender.json("inbox", "list")["items"] if i["sender_agency"] == "BB"]
    assert len(replies) == 1 and replies[0]["subject"] == SUBJECT
    got = w.sender.json("inbox", "show", replies[0]["server_id"], "--trust", trust_root)
    assert f"ที่ {NUMBER}" in got["letter"]["reference"]
    assert got["verdict"]["tone"] == "valid"


def test_a_late_action_on_a_units_assignment_is_kept_as_a_note_and_a_minute_needs_the_heads_own_token(
    desk: Callable[[str], Desk],
    write_json: Callable[..., Path],
    trust_root: Path,
    tmp_path: Path,
) -> None:
    sender, saraban, deputy, head, one, two = (
        desk(p) for p in ("A001", "SB01", "HD02", "HD01", "OF01", "OF02")
    )
    _send_from_aa(sender, tmp_path, write_json, trust_root)
    saraban.sync()
    (item,) = saraban.json("inbox", "list")["items"]
    letter_id = str(item["server_id"])
    saraban.ok("inbox", "present", letter_id, "--summary", "เชิญประชุม", "--step", "HD02", "--step", "HD01")
    saraban.sync()

    # the token holds another person's certificate: refused before any PIN is asked, nothing queued
    deputy.sync()
    code, _, err = deputy.cli(
        "minute", letter_id, "--text", "ทราบ", "--pin-env", "EOFFICE_NO_SUCH_PIN", *deputy.signing()[:6]
    )
    assert code == 1
    assert "is not นายรอง หัวหน้า's" in err and "บันทึกเกษียนต้องลงนามด้วยโทเค็นของผู้เกษียนเอง" in err
    assert deputy.json("inbox", "show", letter_id, "--no-verify")["actions"] == []
    deputy.ok("act", letter_id, "forward", "HD01", "--note", "ไปราชการ")
    deputy.sync()

    # the head minutes acting for the deputy's step, to the unit: both officers see it
    head.sync()
    head.ok("minute", letter_id, "--text", "มอบ กลุ่มงานนโยบาย", "--assign", "กลุ่มงานนโยบาย", *head.signing())
    head.sync()
    one.sync()
    two.sync()
    assert [t["task"] for t in one.json("tasks")] == [t["task"] for t in two.json("tasks")] == ["assignment"]

    # both act offline; the first to reach the server wins, the other is told and keeps a note
    one.ok("act", letter_id, "done", "--note", "ดำเนินการแล้ว")
    two.ok("act", letter_id, "acknowledge", "--note", "รับทราบ")
    one.sync()
    told = two.sync()
    assert f"already done: {letter_id}  {SUBJECT}: ดำเนินการแล้วโดย นายหนึ่ง ตอบไว เมื่อ" in told
    assert two.json("tasks") == []
    shown = two.json("inbox", "show", letter_id, "--trust", trust_root)
    assert [a["state"] for a in shown["actions"]] == ["noted"]
    assert shown["actions"][0]["message"].startswith("ดำเนินการแล้วโดย")
    assert shown["minutes"][0]["acting_for"] == "HD02" and shown["verdict"]["tone"] == "valid"
    assert shown["minutes"][0]["verdict"]["tone"] == "valid"
    assert [(e["action"]["kind"], e["outcome"]) for e in shown["history"]] == [
        ("present", "accepted"),
        ("forward", "accepted"),
        ("minute", "accepted"),
        ("done", "accepted"),
        ("acknowledge", "noted"),
    ]
    assert shown["history"][-1]["action"]["note"] == "รับทราบ", "the late note is kept"

    # circulated afterwards: the officer acknowledges it
    head.sync()
    head.ok("circulate", letter_id, "--to", "OF02", "--note", "เพื่อทราบ")
    head.sync()
    two.sync()
    code, _, err = two.cli("act", letter_id, "done", "--note", "x")
    assert code == 1 and "ไม่มีงาน" in err, "a circulated letter is only acknowledged"
    two.ok("act", letter_id, "acknowledge")
    two.sync()
    saraban.sync()
    (row,) = saraban.json("register", "list", "--kind", "receive")
    assert row["state"] == "closed" and row["holders"] == [] and "ปฏิบัติแล้ว (นายหนึ่ง ตอบไว)" in row["action"]
