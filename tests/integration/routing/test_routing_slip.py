"""The routing slip (บันทึกการเสนอ) as a reader gets it: `letters slip ID --out FILE.pdf`, an A4 PDF whose Thai
extracts exactly with poppler's pdftotext (subject, names, positions, comments with tone marks and sara am,
Thai digits of the dates, the verdict on the reviewer's initials), over as many pages as the history needs."""

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from eoffice_desktop.domain.history_chain import GENESIS, chain_hash
from eoffice_desktop.domain.route_rules import apply
from eoffice_desktop.domain.routes import Action, ActionKind, StepKind, StepSpec
from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.people import People
from tests.helpers import pdftotext, run_cli
from tests.integration.routing.conftest import PdfShelf, receive
from tests.integration.routing.test_route_history import initialled

PEOPLE = {
    "P001": ("นางสาวน้ำฝน ใจดี", "นักจัดการงานทั่วไปชำนาญการ"),
    "P002": ("นายผู้ตรวจ ปั้นดี", "ผู้อำนวยการกลุ่มงานช่วยอำนวยการ"),
    "P003": ("นายศักดิ์ชัย ค่ำคืน", "รองผู้อำนวยการกองกลาง"),
    "P004": ("นางปิ่นทอง ร่ำรวย", "ผู้อำนวยการกองกลาง"),
    "P009": ("นายกำพล ที่พึ่ง", "นักจัดการงานทั่วไปชำนาญการพิเศษ"),
}
COMMENT = "ตรวจแล้วถูกต้อง ขอให้ทำสำเนาเสนอผู้ใหญ่ที่เกี่ยวข้องด้วย น้ำหนักของเรื่องมาก"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def _flat(text: str) -> str:
    """Extracted text with the line breaks of wrapping taken out (cells wrap where the width ends)."""
    return "".join(canonical_thai(text).split())


def _hold_people(directory: Path) -> None:
    store = open_store(directory)
    try:
        People(store).replace(
            {"people": [
                {"person_id": pid, "agency": "ดศ", "name": name, "position": position, "roles": []}
                for pid, (name, position) in PEOPLE.items()
            ]}
        )  # fmt: skip
    finally:
        store.close()


def _item(
    actions: Sequence[Action], letter: Mapping[str, Any], outcome: Mapping[int, str] = {}
) -> dict[str, Any]:
    """The server's feed item after ``actions``: its history names each actor as the server knows them."""
    route = None
    history: list[dict[str, Any]] = []
    for n, action in enumerate(actions):
        noted = outcome.get(n) == "noted"
        if not noted:
            route = apply(route, action)
        previous = history[-1]["hash"] if history else GENESIS
        body = {
            "seq": len(history) + 1,
            "action": action.to_wire(),
            "outcome": "noted" if noted else "accepted",
            "by_name": PEOPLE[action.person][0],
            "position": PEOPLE[action.person][1],
            "acting_for": "P002" if action.person == "P009" else None,  # P009 holds P002's step
            "recorded_at": action.at.isoformat(),
        }
        history.append({**body, "prev_hash": previous, "hash": chain_hash(previous, body)})
    assert route is not None
    return {"kind": "route", "letter_id": route.letter_id, "route": route.to_wire(), "letter": dict(letter),
            "history": history}  # fmt: skip


def _column(path: Path, heading: str, page: int = 1) -> str:
    """The text of one column of the table (pdftotext cropped to it): a cell's wrapped lines in order."""
    from eoffice_desktop.render.routing_slip import COLUMNS, LEFT_CM

    left = LEFT_CM
    for name, width in COLUMNS:
        if name == heading:
            break
        left += width
    x, w = (round(v * 72 / 2.54) for v in (left, width))
    return pdftotext(
        path, "-f", str(page), "-l", str(page), "-x", str(x + 1), "-y", "0", "-W", str(w - 2), "-H", "842"
    )


def _cells(path: Path, heading: str) -> str:
    """The column's cells on every page, flattened, without the page heads and repeated header rows."""
    cells = []
    for page in range(1, _pages(path) + 1):
        text = _flat(_column(path, heading, page))
        cells.append(text.split(_flat(heading), 1)[1])
    return "".join(cells)


def _slip(directory: Path, letter_id: str, out: Path) -> Path:
    code, printed, err = run_cli("--data-dir", directory, "letters", "slip", letter_id, "--out", out)
    assert code == 0, err
    assert printed.strip() == str(out)
    return out


def _pages(path: Path) -> int:
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def _thai_date(at: dt.datetime) -> str:
    local = at.astimezone(dt.timezone(dt.timedelta(hours=7)))
    from eoffice_desktop.domain.thai import thai_digits

    return thai_digits(f"{local.day} {MONTHS[local.month - 1]} {local.year + 543}")


def test_the_slip_of_an_initialled_letter_extracts_exactly(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    shelf: PdfShelf,
    hsm: Any,
    trust_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter_id, item = initialled(station, write_json, shelf, hsm, monkeypatch, note=COMMENT)
    submit, approve = (Action.from_wire(e["action"]) for e in item["history"])
    approver = station("approver")
    _hold_people(approver)
    assert receive(approver, _item([submit, approve], item["letter"]), shelf, "P003")
    config = tmp_path / "config.toml"
    config.write_text(f'[signing]\ntrust = ["{trust_root}"]\n', encoding="utf-8")
    monkeypatch.setenv("EOFFICE_CONFIG", str(config))

    slip = _slip(approver, letter_id, tmp_path / "slip.pdf")
    assert _pages(slip) == 1
    text = pdftotext(slip)
    flat = _flat(text)
    assert "บันทึกการเสนอหนังสือ" in text
    assert _flat(item["letter"]["subject"]) in flat
    actors = _flat(_column(slip, "ผู้ดำเนินการ"))
    for pid in ("P001", "P002", "P003", "P004"):
        name, position = PEOPLE[pid]
        assert _flat(name + position) in actors, name
    assert _flat(COMMENT) in _flat(_column(slip, "ความเห็น")), "the comment, tone marks and sara am included"
    when = _flat(_column(slip, "วันเวลา"))
    assert _flat(_thai_date(approve.at)) in when, "the date in the Buddhist era, in Thai digits"
    verdicts = _flat(_column(slip, "ผลตรวจลายมือชื่อ"))
    assert _flat("ลงนามถูกต้อง") in verdicts or _flat("ยังยืนยันไม่ได้") in verdicts, "the initials' verdict"
    actions = _flat(_column(slip, "การดำเนินการ"))
    for done in ("เสนอ", "ตรวจ/ลงนามย่อ", "เห็นชอบ (รอดำเนินการ)", "ลงนาม (ลำดับถัดไป)"):
        assert _flat(done) in actions, done
    for heading in ("ลำดับ", "ผู้ดำเนินการ", "การดำเนินการ", "วันเวลา", "ความเห็น", "ผลตรวจลายมือชื่อ"):
        assert _flat(heading) in _flat(_column(slip, heading)), heading
    assert "หน้า ๑/๑" in text


def _long_way(letter_id: str, count: int, comment: Callable[[int], str]) -> list[Action]:
    """A submission, then the reviewer's step forwarded back and forth ``count`` times, with comments."""
    start = dt.datetime(2026, 12, 5, 7, 30, tzinfo=dt.UTC)
    steps = (StepSpec("P002", StepKind.REVIEW), StepSpec("P004", StepKind.SIGN))
    actions = [Action("a0", letter_id, ActionKind.SUBMIT, "P001", start, 1, steps=steps, pdf_sha256="0" * 64)]
    holder = "P002"
    for n in range(1, count + 1):
        target = "P009" if holder == "P002" else "P002"
        at = start + dt.timedelta(minutes=7 * n)
        actions.append(
            Action(
                f"a{n}",
                letter_id,
                ActionKind.FORWARD,
                holder,
                at,
                1,
                step=0,
                comment=comment(n),
                forward_to=target,
            )
        )
        holder = target
    return actions


def test_a_long_history_runs_over_pages_with_every_entry_once(
    station: Callable[[str], Path], shelf: PdfShelf, tmp_path: Path
) -> None:
    letter = {"subject": "ขอความอนุเคราะห์ใช้ห้องประชุม", "speed": None, "secret": None, "template": "memo"}
    actions = _long_way("L-long", 60, lambda n: f"ส่งต่อครั้งที่ {n} เพื่อพิจารณาดำเนินการต่อ")
    desk = station("desk")
    _hold_people(desk)
    receive(desk, _item(actions, letter), shelf, "P009")

    slip = _slip(desk, "L-long", tmp_path / "slip.pdf")
    pages = _pages(slip)
    assert pages >= 3, "sixty entries do not fit on two pages"
    for page in range(1, pages + 1):
        text = pdftotext(slip, "-f", str(page), "-l", str(page))
        assert _flat("ผลตรวจลายมือชื่อ") in _flat(_column(slip, "ผลตรวจลายมือชื่อ", page)), "the header repeats"
        assert f"หน้า {page}/{pages}".translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")) in text
    comments = _cells(slip, "ความเห็น")
    for n in range(1, 61):
        assert comments.count(_flat(f"ส่งต่อครั้งที่ {n} เพื่อพิจารณาดำเนินการต่อ")) == 1, n
    assert _flat("ส่งต่อครั้งที่ 1 เพื่อ") in _flat(_column(slip, "ความเห็น", 1))
    assert _flat("ส่งต่อครั้งที่ 60 เพื่อ") in _flat(_column(slip, "ความเห็น", pages))
    actors = _cells(slip, "ผู้ดำเนินการ")
    assert _flat("รักษาราชการแทน" + PEOPLE["P002"][1]) in actors, "P009 acts for the step's owner"


def test_a_comment_longer_than_a_page_is_split_and_kept_whole(
    station: Callable[[str], Path], shelf: PdfShelf, tmp_path: Path
) -> None:
    letter = {"subject": "รายงานผลการดำเนินงาน", "speed": None, "secret": None, "template": "memo"}
    sentence = "ข้อสังเกตที่ {n} ให้ทบทวนตัวเลขงบประมาณและผู้รับผิดชอบ น้ำหนักงานต้องเหมาะสม "
    long = "".join(sentence.format(n=n) for n in range(1, 52))
    assert len(long) < 4000
    actions = _long_way("L-big", 2, lambda n: long if n == 1 else "รับทราบ")
    desk = station("desk")
    receive(desk, _item(actions, letter), shelf, "P002")

    slip = _slip(desk, "L-big", tmp_path / "slip.pdf")
    assert _pages(slip) >= 2
    comments = _cells(slip, "ความเห็น")
    assert _flat(long) in comments, "every word of the long comment, in order"


def test_a_letter_on_no_route_has_no_slip(station: Callable[[str], Path], tmp_path: Path) -> None:
    code, _, err = run_cli(
        "--data-dir", station("desk"), "letters", "slip", "L-none", "--out", tmp_path / "s.pdf"
    )
    assert code == 1 and "no route" in err
    assert not (tmp_path / "s.pdf").exists()
