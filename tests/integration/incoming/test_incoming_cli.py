"""The commands of a received letter's way on one workstation, offline: what they refuse is said in English
and Thai with a non-zero exit, and leaves nothing written; `act` still acts on letters of our own."""

import json
from pathlib import Path

import pytest

from eoffice_desktop.store.cases import CaseStore
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.store.people import People
from tests.helpers import run_cli

PEOPLE = {
    "etag": '"1"',
    "people": [
        {"person_id": "SB01", "agency": "BB", "name": "นางสาวสาร บรรณ", "position": "เจ้าพนักงานธุรการ",
         "unit": "ฝ่ายสารบรรณ", "roles": ["saraban"], "certificates": []},
        {"person_id": "HD01", "agency": "BB", "name": "นางหัวหน้า ใหญ่ยิ่ง", "position": "ผู้อำนวยการสำนัก",
         "unit": "สำนักงานผู้อำนวยการ", "roles": ["signer"], "certificates": []},
        {"person_id": "OF01", "agency": "BB", "name": "นายหนึ่ง ตอบไว", "position": "นักวิเคราะห์",
         "unit": "กลุ่มงานนโยบาย", "roles": ["drafter"], "certificates": []},
        {"person_id": "OF02", "agency": "BB", "name": "นางสาวสอง ทำเสร็จ", "position": "นักวิเคราะห์",
         "unit": "กลุ่มงานนโยบาย", "roles": ["drafter"], "certificates": []},
    ],
}  # fmt: skip
LETTER = "srv-0001"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))
    directory = tmp_path / "desk"
    store = open_store(directory)
    try:
        People(store).replace(PEOPLE)
        metadata = {"subject": "ขอเชิญประชุม", "number": "อส 0001/77", "date": "2026-11-20", "agency": "กรมเอ"}
        Inbox(store, "test").receive(LETTER, "AA", metadata, b"%PDF-1.7 not signed")
    finally:
        store.close()
    return directory


def cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    return run_cli("--data-dir", data_dir, *args)


def present(data_dir: Path, step: str = "HD01", person: str = "SB01") -> tuple[int, str, str]:
    return cli(data_dir, "inbox", "present", LETTER, "--summary", "สรุป", "--step", step, "--person", person)


def queued(data_dir: Path) -> int:
    store = open_store(data_dir)
    try:
        return len(CaseStore(store, "test").actions())
    finally:
        store.close()


def test_refusals_are_said_in_both_languages_and_write_nothing(data_dir: Path) -> None:
    code, _, err = cli(data_dir, "inbox", "show", "no-such-letter", "--json")
    assert code == 1 and "sync first" in err and "กรุณาซิงก์ก่อน" in err
    code, _, err = cli(data_dir, "minute", LETTER, "--text", "ทราบ", "--person", "HD01")
    assert code == 1 and "not been presented" in err and "ยังไม่ได้เสนอ" in err
    code, _, err = cli(
        data_dir, "inbox", "present", LETTER, "--summary", "สรุป", "--step", "HD01", "--person", "OF01"
    )
    assert code == 1 and "saraban" in err and "เจ้าหน้าที่สารบรรณ" in err
    code, _, err = cli(
        data_dir, "inbox", "present", LETTER, "--summary", "สรุป", "--step", "NOBODY", "--person", "SB01"
    )
    assert code == 1 and "ไม่พบบุคคล NOBODY" in err
    assert queued(data_dir) == 0

    assert (
        cli(data_dir, "inbox", "present", LETTER, "--summary", "สรุป", "--step", "HD01", "--person", "SB01")[0]
        == 0
    )
    code, _, err = cli(data_dir, "minute", LETTER, "--text", "ทราบ", "--person", "OF01")
    assert code == 1 and "waits for HD01" in err and "ไม่ได้อยู่ที่ OF01" in err
    code, _, err = cli(data_dir, "minute", LETTER, "--text", "มอบ", "--assign", "กองที่ไม่มี", "--person", "HD01")
    assert code == 1 and "neither a person" in err and "ไม่พบบุคคลหรือหน่วยงาน กองที่ไม่มี" in err
    code, _, err = cli(
        data_dir, "minute", LETTER, "--text", "ทราบ", "--due", "31/12/2569", "--person", "HD01"
    )
    assert code == 1 and "YYYY-MM-DD" in err
    code, _, err = cli(data_dir, "act", LETTER, "approve", "--person", "HD01")
    assert code == 1 and "received letter" in err and "หนังสือรับ" in err
    code, _, err = cli(data_dir, "act", LETTER, "done", "--person", "OF01")
    assert code == 1 and "--note" in err
    code, _, err = cli(data_dir, "act", LETTER, "acknowledge", "--person", "OF01")
    assert code == 1 and "nothing of letter" in err and "ไม่มีงาน" in err
    code, _, err = cli(data_dir, "act", "not-a-letter", "acknowledge", "--person", "OF01")
    assert code == 1 and "not in the inbox" in err
    assert queued(data_dir) == 1

    shown = json.loads(cli(data_dir, "inbox", "show", LETTER, "--json", "--no-verify")[1])
    assert shown["state"] == "presented" and shown["holders"] == [{"person": "HD01"}] and shown["local"]
    assert shown["case"]["letter"]["sender_number"] == "อส 0001/77"
    assert shown["case"]["letter"]["sender_date"] == "๒๐ พฤศจิกายน ๒๕๖๙"
    tasks = json.loads(cli(data_dir, "tasks", "--json", "--person", "HD01")[1])
    assert [(t["letter_id"], t["task"], t["way"]) for t in tasks] == [(LETTER, "minute", "incoming")]
    (row,) = json.loads(cli(data_dir, "register", "list", "--kind", "receive", "--json")[1])
    assert row["server_id"] == LETTER and row["state"] == "presented"
    assert row["holders"] == [{"person": "HD01", "name": "นางหัวหน้า ใหญ่ยิ่ง"}]


def test_circulation_pass_and_acknowledge_offline(data_dir: Path) -> None:
    assert (
        cli(data_dir, "inbox", "present", LETTER, "--summary", "สรุป", "--step", "HD01", "--person", "SB01")[0]
        == 0
    )
    assert cli(data_dir, "circulate", LETTER, "--to", "กลุ่มงานนโยบาย", "--person", "SB01")[0] == 0
    tasks = json.loads(cli(data_dir, "tasks", "--json", "--person", "OF02")[1])
    assert [t["task"] for t in tasks] == ["assignment"]
    code, _, err = cli(data_dir, "act", LETTER, "pass", "OF01", "--person", "OF02")
    assert code == 1 and "ไม่มีงาน" in err, "a circulated letter is only acknowledged"
    assert cli(data_dir, "act", LETTER, "acknowledge", "--person", "OF02")[0] == 0
    assert json.loads(cli(data_dir, "tasks", "--json", "--person", "OF01")[1]) == [], "the unit's: taken"
    shown = json.loads(cli(data_dir, "inbox", "show", LETTER, "--json", "--no-verify")[1])
    assert [(a["state"], a["acted_by"]) for a in shown["assignments"]] == [("acknowledged", "OF02")]
    assert [a["action"]["kind"] for a in shown["actions"]] == ["present", "circulate", "acknowledge"]
    assert {a["state"] for a in shown["actions"]} == {"queued"}
