"""The file copy (สำเนาคู่ฉบับ) as a reader gets it: `letters file-copy ID --out FILE.pdf`, the letter marked
as the file copy with the lines ร่าง / พิมพ์ / ทาน / ตรวจ: the names of the people on its way and the
dates they acted (Thai digits, Buddhist era), extracted exactly by poppler's pdftotext, in the route's
order."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from eoffice_desktop.domain.routes import Action, ActionKind
from eoffice_desktop.domain.thai import canonical_thai
from tests.helpers import PIN_ENV, example, pdftotext, run_cli
from tests.integration.routing.conftest import PdfShelf, queued, receive
from tests.integration.routing.test_number_after import DATE, NUMBER, signed  # noqa: F401 (a fixture)
from tests.integration.routing.test_route_history import initialled
from tests.integration.routing.test_routing_slip import PEOPLE, _hold_people, _item

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def _flat(text: str) -> str:
    return "".join(canonical_thai(text).split())


def _date(at: dt.datetime) -> str:
    local = at.astimezone(dt.timezone(dt.timedelta(hours=7)))
    return f"{local.day} {MONTHS[local.month - 1]} {local.year + 543}".translate(
        str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    )


def _file_copy(directory: Path, letter_id: str, out: Path) -> str:
    code, printed, err = run_cli("--data-dir", directory, "letters", "file-copy", letter_id, "--out", out)
    assert code == 0, err
    assert printed.strip() == str(out)
    with pikepdf.open(out) as pdf:
        assert "/AcroForm" not in pdf.Root, "the file copy is not signed: no signature fields"
    return pdftotext(out, "-layout")


def _block(text: str) -> list[str]:
    """The lines from ร่าง on (the block is the last text of the last page), the columns' gaps as one space."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    start = max(i for i, line in enumerate(lines) if line.startswith("ร่าง"))
    return lines[start:]


def test_the_file_copy_names_the_drafter_and_the_reviewers_with_their_dates(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    shelf: PdfShelf,
    hsm: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter_id, item = initialled(station, write_json, shelf, hsm, monkeypatch)
    submit, review = (Action.from_wire(e["action"]) for e in item["history"])
    approver = station("approver")
    _hold_people(approver)
    assert receive(approver, _item([submit, review], item["letter"]), shelf, "P003")
    code, _, err = run_cli(
        "--data-dir", approver, "act", letter_id, "approve", "--note", "เห็นชอบ", "--person", "P003",
        "--pkcs11-module", hsm.module, "--token-label", hsm.label, "--cert-label", "signer",
        "--pin-env", PIN_ENV,
    )  # fmt: skip
    assert code == 0, err
    (approve,) = [a.action for a in queued(approver) if a.action.kind is ActionKind.APPROVE]

    text = _file_copy(approver, letter_id, tmp_path / "copy.pdf")
    assert "สำเนาคู่ฉบับ" in text
    assert _flat("ขอความร่วมมือทดสอบระบบสารบรรณอิเล็กทรอนิกส์") in _flat(text), "the letter itself"
    drafter, reviewer, approver_name = (PEOPLE[p][0] for p in ("P001", "P002", "P003"))
    expected = [
        f"ร่าง {drafter} {_date(submit.at)}",
        f"พิมพ์ {drafter} {_date(submit.at)}",
        f"ทาน {reviewer} {_date(review.at)}",
        f"ตรวจ {reviewer} {_date(review.at)}",
        f"ตรวจ {approver_name} {_date(approve.at)}",
    ]
    assert [_flat(line) for line in _block(text)] == [_flat(line) for line in expected]
    # exactly, spaces and all, line by line (tone marks, sara am: น้ำฝน, ปั้นดี, ค่ำคืน)
    assert [canonical_thai(line) for line in _block(text)] == [canonical_thai(line) for line in expected]


def test_a_letter_on_no_route_has_the_lines_empty(
    station: Callable[[str], Path], write_json: Callable[..., Path], tmp_path: Path
) -> None:
    desk = station("desk")
    code, out, err = run_cli(
        "--data-dir", desk, "letters", "new", "--template", "memo", "--data", write_json(example("memo"))
    )
    assert code == 0, err
    text = _file_copy(desk, out.strip(), tmp_path / "copy.pdf")
    assert "สำเนาคู่ฉบับ" in text
    assert _block(text) == ["ร่าง", "พิมพ์", "ทาน", "ตรวจ"]
    with pikepdf.open(tmp_path / "copy.pdf") as pdf:
        assert len(pdf.pages) == 1


def test_an_unknown_letter_has_no_file_copy(station: Callable[[str], Path], tmp_path: Path) -> None:
    out = tmp_path / "copy.pdf"
    code, _, err = run_cli("--data-dir", station("desk"), "letters", "file-copy", "L-none", "--out", out)
    assert code == 1 and "not held here" in err
    assert not out.exists()


def test_a_letter_numbered_after_signing_shows_its_number_and_date(
    signed: tuple[Path, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    desk, letter_id = signed
    code, _, err = run_cli("--data-dir", desk, "number", letter_id, "--date", "2026-12-05")
    assert code == 0, err
    text = _file_copy(desk, letter_id, tmp_path / "copy.pdf")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert any(f"ที่ {NUMBER}" in line and f"วันที่ {DATE}" in line for line in lines), lines[:12]
    block = _block(text)
    assert block[0].startswith("ร่าง P001 ") and block[1].startswith("พิมพ์ P001 "), "no one held here: ids"
    assert block[2:] == ["ทาน", "ตรวจ"], "the signer initials nothing"
