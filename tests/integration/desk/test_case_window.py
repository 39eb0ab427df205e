"""What the window shows of cases (desk/case_window.py): My tasks' case rows (urgent first, then overdue, each
marked), the history from the server's entries then this workstation's own actions (an action the server
only noted, or one it refused, says so), the letter printed with its minutes, and the kind of a reply (a memo
inside the agency, else an external letter) with อ้างถึง, recipient and subject filled in either kind."""

import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pymupdf
import pytest

from eoffice_desktop.desk.case_window import (
    act,
    case_task_ids,
    case_view,
    minutes_pdf,
    my_case_tasks,
    printable,
    reply,
    reply_as,
    reply_templates,
)
from eoffice_desktop.domain.case_model import Assignee, CaseAction, CaseActionKind, CaseLetter
from eoffice_desktop.domain.cases import apply
from eoffice_desktop.domain.history_chain import GENESIS, chain_hash
from eoffice_desktop.domain.people import Person, Role
from eoffice_desktop.store.cases import CaseStore
from eoffice_desktop.store.people import People
from eoffice_desktop.workspace import Workspace, open_workspace

PEOPLE = [
    Person("SB", "B", "นางสาวสาร บรรณ", "เจ้าพนักงานธุรการ", "ฝ่ายสารบรรณ", (Role.SARABAN,)),
    Person("HD", "B", "นางหัวหน้า ใหญ่", "ผู้อำนวยการ", "สำนักงาน", (Role.SIGNER,)),
    Person("OF", "B", "นายหนึ่ง ทำงาน", "นักวิเคราะห์", "กลุ่มงานนโยบาย", (Role.DRAFTER,)),
]
BY_ID = {p.person_id: p for p in PEOPLE}


def _pdf(text: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text)
    data: bytes = doc.tobytes()
    doc.close()
    return data


MINUTE = _pdf("minute")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent.toml"))
    config = tmp_path / "config.toml"
    config.write_text('[identity]\nperson = "OF"\n', encoding="utf-8")
    opened = open_workspace(tmp_path / "data", config)
    People(opened.store).replace({"etag": '"1"', "people": [p.to_wire() for p in PEOPLE]})
    for n, speed in ((1, ""), (2, "ด่วนที่สุด"), (3, "")):
        opened.inbox.receive(
            f"L{n}", "A", {"subject": f"เรื่องที่ {n}", "agency": "กรมเอ", "speed": speed}, _pdf(f"L{n}")
        )
    yield opened
    opened.close()


def _at(minutes: int) -> dt.datetime:
    return dt.datetime(2026, 12, 1, 3, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes)


def _minuted(
    workspace: Workspace, case_id: str, speed: str, due: dt.date | None, outcome: str = "accepted"
) -> None:
    """The server's case of ``case_id``: presented, minuted to OF with ``due``; its history (the minute's
    entry with ``outcome``) and the minute's PDF taken here."""
    letter = CaseLetter(subject=f"เรื่อง {case_id}", sender="A", sender_name="กรมเอ", speed=speed)
    sha = hashlib.sha256(MINUTE).hexdigest()
    actions = [
        CaseAction(f"{case_id}-p", case_id, CaseActionKind.PRESENT, "SB", _at(0), summary="สรุป",
                   steps=("HD",), letter=letter),
        CaseAction(f"{case_id}-m", case_id, CaseActionKind.MINUTE, "HD", _at(5), text="มอบ ดำเนินการ",
                   assign=(Assignee(person="OF"),), due=due, minute_sha256=sha),
    ]  # fmt: skip
    case: Any = None
    entries: list[dict[str, Any]] = []
    for action, said in zip(actions, ("accepted", outcome), strict=True):
        case = apply(case, action, BY_ID)
        previous = entries[-1]["hash"] if entries else GENESIS
        body = {"seq": len(entries) + 1, "action": action.to_wire(), "outcome": said}
        entries.append({**body, "prev_hash": previous, "hash": chain_hash(previous, body)})
    workspace.store.put_blob(MINUTE)
    assert CaseStore(workspace.store, workspace.actor).take(case, entries)


def test_my_case_tasks_put_the_urgent_first_then_the_overdue(workspace: Workspace) -> None:
    today = dt.date.today()
    _minuted(workspace, "L1", "", today - dt.timedelta(days=1))
    _minuted(workspace, "L2", "ด่วนที่สุด", None)
    _minuted(workspace, "L3", "", today + dt.timedelta(days=3))
    rows = my_case_tasks(workspace)
    assert [(r.case_id, r.overdue) for r in rows] == [("L2", False), ("L1", True), ("L3", False)]
    assert [r.kind for r in rows] == ["assignment"] * 3 and rows[0].drafter == "กรมเอ"
    assert my_case_tasks(workspace, "เรื่อง L3")[0].case_id == "L3"
    assert case_task_ids(workspace) == {
        "L1": "case-assignment",
        "L2": "case-assignment",
        "L3": "case-assignment",
    }


def test_the_history_is_the_servers_then_this_workstations_own(workspace: Workspace) -> None:
    _minuted(workspace, "L1", "", None, outcome="noted")
    act(workspace, "L1", CaseActionKind.ACKNOWLEDGE, note="รับทราบ")
    view = case_view(workspace, "L1")
    lines = [(line.who, line.kind, line.note) for line in view.history]
    assert lines == [
        ("นางสาวสาร บรรณ", CaseActionKind.PRESENT, "สรุป"),
        ("นางหัวหน้า ใหญ่", CaseActionKind.MINUTE, "มอบ ดำเนินการ (noted)"),
        ("นายหนึ่ง ทำงาน", CaseActionKind.ACKNOWLEDGE, "รับทราบ"),
    ]
    assert view.tasks == () and case_task_ids(workspace) == {}


def test_the_letter_prints_with_its_minutes(workspace: Workspace) -> None:
    _minuted(workspace, "L1", "", None)
    minutes = minutes_pdf(workspace, "L1")
    assert minutes is not None
    with pikepdf.open(io.BytesIO(printable(workspace, "L1"))) as joined:
        assert len(joined.pages) == 2


def _directory(workspace: Workspace, sender_ministry: str) -> None:
    """This workstation's agency B of the ministry MX; the sender A of ``sender_ministry``."""
    workspace.agencies.replace(
        {"etag": "1", "agency": "B", "agencies": [
            {"code": "B", "name_th": "กรมบี", "ministry": "MX"},
            {"code": "A", "name_th": "กรมเอ", "ministry": sender_ministry},
            {"code": "C", "name_th": "กรมซี", "parent": "B"},
        ]}
    )  # fmt: skip


def test_a_reply_is_offered_as_a_memo_inside_the_agency_and_as_an_external_letter_outside(
    workspace: Workspace,
) -> None:
    _minuted(workspace, "L1", "", None)
    letter = case_view(workspace, "L1").case.letter
    assert reply_as(workspace, letter) == "external-letter", "before the first sync the agency is unknown"
    _directory(workspace, "MY")
    assert reply_as(workspace, letter) == "external-letter"
    _directory(workspace, "MX")
    assert reply_as(workspace, letter) == "memo" and case_view(workspace, "L1").reply_as == "memo"
    for inside in ("B", "C"):  # the agency itself, and one of its own tree
        assert reply_as(workspace, CaseLetter(subject="x", sender=inside)) == "memo"
    assert [t.id for t in reply_templates(workspace)] == ["external-letter", "memo"]


@pytest.mark.parametrize("template_id", ["external-letter", "memo"])
def test_a_reply_of_either_kind_refers_to_the_letter_and_answers_its_sender(
    workspace: Workspace, template_id: str
) -> None:
    _minuted(workspace, "L1", "", None)
    letter, data = reply(workspace, "L1", "ร่างตอบแล้ว", template_id)
    assert letter.template == template_id and workspace.letters.get(letter.id).template == template_id
    assert data["reference"].startswith("หนังสือกรมเอ ที่")
    assert data["recipient"] == "กรมเอ" and data["subject"] == "เรื่อง L1"
    assert case_view(workspace, "L1").tasks == ()
