"""Memos inside an agency on the real server (SQLite and PostgreSQL): signed with the test token, queued to a
unit and a person of the sender's own agency, delivered, and listed with `inbox list --mine` on the
workstations of the people they are for; addressees outside the agency or unknown refused by the client
offline and by the server."""

import json
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from eoffice_desktop.sync.client import upload_body
from tests.cloud import RunningCloud
from tests.helpers import PIN_ENV, example, run_cli, sign_cli

PEOPLE = [
    {
        "person_id": "S001",
        "agency": "DS",
        "name": "นางสาวสมใจ ตั้งใจ",
        "unit": "กลุ่มงานสารบรรณ",
        "roles": "drafter",
    },
    {"person_id": "P002", "agency": "DS", "name": "นายสมศักดิ์ รักงาน", "unit": "กองกลาง", "roles": "reviewer"},
    {"person_id": "P003", "agency": "DS", "name": "นายวิชัย ใจดี", "unit": "กองแผนงาน", "roles": "reviewer"},
    {"person_id": "P009", "agency": "DS", "name": "นางมาลี ศรีสุข", "unit": "กองคลัง", "roles": "signer"},
    {
        "person_id": "C001",
        "agency": "CM",
        "name": "นายสมปอง เชียงใหม่",
        "unit": "กองคลังจังหวัด",
        "roles": "saraban",
    },
]


def _cli(data_dir: Path, *args: str | Path) -> tuple[int, str, str]:
    return run_cli("--data-dir", data_dir, *args)


def _sync(data_dir: Path, cloud: RunningCloud, token: str) -> str:
    code, out, err = _cli(data_dir, "sync", "--server", cloud.url, "--token", token, "--once")
    assert code == 0, err
    return out


def _inbox(data_dir: Path, *flags: str | Path) -> list[dict[str, Any]]:
    code, out, err = run_cli(*flags, "--data-dir", data_dir, "inbox", "list", "--json")
    assert code == 0, err
    items: list[dict[str, Any]] = json.loads(out)["items"]
    return items


def _mine(data_dir: Path, *flags: str | Path) -> list[dict[str, Any]]:
    code, out, err = run_cli(*flags, "--data-dir", data_dir, "inbox", "list", "--mine", "--json")
    assert code == 0, err
    page: dict[str, Any] = json.loads(out)
    assert page["total"] == len(page["items"])
    items: list[dict[str, Any]] = page["items"]
    return items


@pytest.fixture
def memos(hsm: Any, tmp_path: Path, write_json: Callable[..., Path]) -> dict[str, Path]:
    """Three memos of DS, drafted and signed with the test token."""
    os.environ[PIN_ENV] = hsm.pin
    drafts = []
    for name, subject in (
        ("to-units", "ขอเชิญประชุมเตรียมงบประมาณ"),
        ("to-agency", "แจ้งวันหยุดราชการ"),
        ("spare", "บันทึกสำรอง"),
    ):
        data = example("memo") | {"subject": subject, "number": f"ดศ 0201/{len(drafts) + 1}"}
        draft = tmp_path / "drafts" / f"{name}.pdf"
        draft.parent.mkdir(exist_ok=True)
        code, _, err = run_cli(
            "draft", "--template", "memo", "--data", write_json(data, f"{name}.json"), "--out", draft
        )
        assert code == 0, err
        drafts.append(draft)
    signed = tmp_path / "signed"
    code, _, err = sign_cli(hsm, drafts, "--out-dir", signed)
    assert code == 0, err
    return {d.stem: signed / d.name for d in drafts}


def test_a_memo_reaches_the_unit_and_the_person_it_is_for(
    cloud: RunningCloud, memos: dict[str, Path], tmp_path: Path, trust_root: Path
) -> None:
    cloud.import_people(PEOPLE)
    sender = tmp_path / "sender"
    sender_token = cloud.person_token("S001", "desk-saraban")
    _sync(sender, cloud, sender_token)  # the people of DS, and who this workstation is

    code, out, err = _cli(
        sender,
        "queue",
        "add",
        memos["to-units"],
        "--to-unit",
        "กองกลาง",
        "--to-person",
        "P009",
        "--trust",
        trust_root,
    )
    assert code == 0, err
    code, _, err = _cli(sender, "queue", "add", memos["to-agency"], "--to", "DS", "--trust", trust_root)
    assert code == 0, err
    refused = [  # offline: nothing of these is queued
        ("--to-unit", "กองคลังจังหวัด"),  # a unit of another agency
        ("--to-person", "C001"),  # a person of another agency
        ("--to-person", "P404"),  # nobody
        ("--to", "CM", "--to-unit", "กองกลาง"),  # a memo to units goes inside the agency only
    ]
    for flags in refused:
        code, out, err = _cli(sender, "queue", "add", memos["spare"], *flags, "--trust", trust_root)
        assert code == 1, (flags, out)
        assert "ไม่พบ" in err or "เฉพาะภายในหน่วยงาน" in err, err  # Thai
        assert "agency" in err, err  # and English
    code, out, _ = _cli(sender, "status", "--json")
    assert json.loads(out)["queued"] == 2, "the refused ones left nothing behind"

    assert "delivered 2, rejected 0" in _sync(sender, cloud, sender_token)

    in_unit, elsewhere, addressed = tmp_path / "p002", tmp_path / "p003", tmp_path / "p009"
    assert "received 2" in _sync(in_unit, cloud, cloud.person_token("P002", "desk-kongklang"))
    assert "received 2" in _sync(elsewhere, cloud, cloud.person_token("P003", "desk-plan"))
    # a machine token, the person set in the settings: [identity] person
    assert "received 2" in _sync(addressed, cloud, cloud.token("desk-finance", "DS"))
    settings = tmp_path / "finance.toml"
    settings.write_text('[identity]\nperson = "P009"\n', encoding="utf-8")

    memo = next(i for i in _inbox(in_unit) if i["subject"] == "ขอเชิญประชุมเตรียมงบประมาณ")
    assert (memo["to_units"], memo["to_people"], memo["sender_agency"]) == (["กองกลาง"], ["P009"], "DS")
    both = {"ขอเชิญประชุมเตรียมงบประมาณ", "แจ้งวันหยุดราชการ"}
    assert {i["subject"] for i in _mine(in_unit)} == both, "the unit's memo and the agency's"
    assert {i["subject"] for i in _mine(addressed, "--config", settings)} == both, "the person's memo"
    assert {i["subject"] for i in _mine(elsewhere)} == {"แจ้งวันหยุดราชการ"}, "not another unit's"
    assert {i["subject"] for i in _inbox(elsewhere)} == both, "the whole inbox still holds it"
    code, out, _ = _cli(elsewhere, "inbox", "list")
    assert code == 0 and "(to กองกลาง, P009)" in out

    code, _, err = _cli(addressed, "inbox", "list", "--mine")
    assert code == 1 and "acts for nobody" in err, "a machine token without the setting is nobody"


def _post(
    cloud: RunningCloud, token: str, recipient: str | None, metadata: dict[str, Any], pdf: bytes
) -> Any:
    return requests.post(
        f"{cloud.url}/v1/letters",
        data=upload_body(str(uuid.uuid4()), recipient, metadata, pdf),
        headers={
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": str(uuid.uuid4()),
            "Content-Type": "application/json",
        },
        timeout=30,
    )


def test_the_server_refuses_addressees_outside_the_agency_or_unknown(
    cloud: RunningCloud, memos: dict[str, Path]
) -> None:
    cloud.import_people(PEOPLE)
    token = cloud.person_token("S001", "desk-saraban")
    pdf = memos["spare"].read_bytes()
    cases = [
        ("CM", {"to_units": ["กองคลังจังหวัด"]}, "addressees_outside_agency"),
        ("DS", {"to_units": ["กองคลังจังหวัด"]}, "unknown_unit"),
        ("DS", {"to_people": ["C001"]}, "unknown_person"),
        (None, {"to_people": ["P404"]}, "unknown_person"),
    ]
    for recipient, metadata, error in cases:
        answer = _post(cloud, token, recipient, metadata, pdf)
        assert answer.status_code == 422, answer.text
        assert answer.json()["error"] == error and answer.json()["reason_th"], answer.text
    for malformed in ({"to_units": "กองกลาง"}, {"to_people": ["รหัส ผิด"]}, {"to_units": [7]}):
        answer = _post(cloud, token, "DS", malformed, pdf)
        assert answer.status_code == 422 and "metadata" in answer.text, answer.text

    # no recipient named: the sender's own agency; the units spelt as the agency spells them
    accepted = _post(cloud, token, None, {"to_units": [" กองกลาง "], "to_people": ["P002"]}, pdf)
    assert accepted.status_code == 201, accepted.text
    feed = requests.get(
        f"{cloud.url}/v1/changes",
        headers={"Authorization": f"Bearer {cloud.person_token('P003', 'desk-plan')}"},
        timeout=10,
    ).json()
    letters = [i for i in feed["items"] if i["kind"] == "letter"]
    assert [(i["sender_agency"], i["metadata"]["to_units"], i["metadata"]["to_people"]) for i in letters] == [
        ("DS", ["กองกลาง"], ["P002"])
    ]


def test_without_people_held_the_server_judges_the_addressees(
    cloud: RunningCloud, memos: dict[str, Path], tmp_path: Path, trust_root: Path
) -> None:
    cloud.import_people(PEOPLE)
    fresh = tmp_path / "fresh"  # never synced: neither people nor its agency known here
    code, _, err = _cli(fresh, "queue", "add", memos["spare"], "--to-person", "P404", "--trust", trust_root)
    assert code == 0, err
    out = _sync(fresh, cloud, cloud.token("desk-new", "DS"))
    assert "rejected 1" in out and "ไม่พบบุคคลรหัส P404" in out, out
