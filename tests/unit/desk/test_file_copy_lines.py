"""Who goes on which line of the file copy (desk/file_copy.py): the version on the route now counts, a typist
the data names replaces the drafter on พิมพ์, a forwarded step names who acted, the signer is on none."""

import datetime as dt

from eoffice_desktop.desk.file_copy import copy_lines
from eoffice_desktop.desk.route_history import history_lines
from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.route_rules import apply
from eoffice_desktop.domain.routes import Action, ActionKind, Route, StepKind, StepSpec
from eoffice_desktop.render.file_copy import CopyLine

NAMES = {
    "P001": "นางสาวน้ำฝน ใจดี",
    "P002": "นายผู้ตรวจ ปั้นดี",
    "P003": "นายศักดิ์ชัย ค่ำคืน",
    "P004": "นางปิ่นทอง ร่ำรวย",
    "P005": "นายพิมพ์ ดีดเร็ว",
    "P009": "นายกำพล ที่พึ่ง",
}
STEPS = (
    StepSpec("P002", StepKind.REVIEW),
    StepSpec("P003", StepKind.APPROVE),
    StepSpec("P004", StepKind.SIGN),
)
START = dt.datetime(2026, 12, 3, 2, 0, tzinfo=dt.UTC)  # 09.00 in Bangkok


def _people(person_id: str) -> Person | None:
    return Person(person_id, "ดศ", NAMES[person_id]) if person_id in NAMES else None


def _at(days: int, hours: int = 0) -> dt.datetime:
    return START + dt.timedelta(days=days, hours=hours)


def _lines(actions: list[Action], typist: str | None = None) -> list[CopyLine]:
    route: Route | None = None
    for action in actions:
        route = apply(route, action)
    entries = [(n + 1, a, "accepted", None) for n, a in enumerate(actions)]
    return copy_lines(route, history_lines(entries, route, _people), _people, typist)


def _submit(at: dt.datetime, round_: int = 1) -> Action:
    return Action(f"s{round_}", "L1", ActionKind.SUBMIT, "P001", at, round_, steps=STEPS, pdf_sha256="a" * 64)


def _approve(person: str, step: int, at: dt.datetime, round_: int = 1) -> Action:
    return Action(
        f"a{person}{round_}", "L1", ActionKind.APPROVE, person, at, round_, step=step, pdf_sha256="b" * 64
    )


def test_no_route_gives_four_empty_lines() -> None:
    assert copy_lines(None, [], _people) == [
        CopyLine("ร่าง"),
        CopyLine("พิมพ์"),
        CopyLine("ทาน"),
        CopyLine("ตรวจ"),
    ]


def test_the_drafter_types_and_the_reviewers_check_in_order_the_signer_is_not_on_it() -> None:
    actions = [_submit(_at(0)), _approve("P002", 0, _at(1)), _approve("P003", 1, _at(2, 15))]
    sign = Action("g", "L1", ActionKind.SIGN, "P004", _at(3), 1, step=2, pdf_sha256="c" * 64)
    lines = _lines([*actions, sign])
    assert lines == [
        CopyLine("ร่าง", NAMES["P001"], "๓ ธ.ค. ๒๕๖๙"),
        CopyLine("พิมพ์", NAMES["P001"], "๓ ธ.ค. ๒๕๖๙"),
        CopyLine("ทาน", NAMES["P002"], "๔ ธ.ค. ๒๕๖๙"),
        CopyLine("ตรวจ", NAMES["P002"], "๔ ธ.ค. ๒๕๖๙"),
        CopyLine("ตรวจ", NAMES["P003"], "๖ ธ.ค. ๒๕๖๙"),  # 17.00 UTC is the next day in Bangkok
    ]


def test_only_the_version_on_the_route_counts_after_a_return() -> None:
    back = Action("r", "L1", ActionKind.RETURN, "P003", _at(2), 1, step=1, comment="แก้ไขย่อหน้าที่ ๒")
    lines = _lines([_submit(_at(0)), _approve("P002", 0, _at(1)), back, _submit(_at(4), 2)])
    assert lines == [
        CopyLine("ร่าง", NAMES["P001"], "๗ ธ.ค. ๒๕๖๙"),
        CopyLine("พิมพ์", NAMES["P001"], "๗ ธ.ค. ๒๕๖๙"),
        CopyLine("ทาน"),
        CopyLine("ตรวจ"),
    ]


def test_a_typist_from_the_data_and_a_forwarded_step_name_who_did_it() -> None:
    forward = Action("f", "L1", ActionKind.FORWARD, "P002", _at(1), 1, step=0, forward_to="P009")
    lines = _lines([_submit(_at(0)), forward, _approve("P009", 0, _at(2))], typist="P005")
    assert lines[1] == CopyLine("พิมพ์", NAMES["P005"], "๓ ธ.ค. ๒๕๖๙")
    assert lines[2:] == [
        CopyLine("ทาน", NAMES["P009"], "๕ ธ.ค. ๒๕๖๙"),
        CopyLine("ตรวจ", NAMES["P009"], "๕ ธ.ค. ๒๕๖๙"),
    ]
    named = _lines([_submit(_at(0))], typist="นางสาวพิมพ์ใจ ถูกต้อง")
    assert named[1] == CopyLine("พิมพ์", "นางสาวพิมพ์ใจ ถูกต้อง", "๓ ธ.ค. ๒๕๖๙")
