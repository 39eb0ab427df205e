"""The minute (บันทึกเกษียน) as a reader gets it: one A4 page whose Thai extracts exactly with poppler's
pdftotext (the letter's subject, the minute's text with tone marks and sara am, the due date in Thai digits,
the head's name), and an empty signature field above the head's name for the head's token."""

import datetime as dt
from pathlib import Path
from typing import Any

import pikepdf
import pymupdf
import pytest

from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.render.errors import RenderError
from eoffice_desktop.render.minute import (
    MINUTE_FIELD,
    Assignee,
    MinuteContent,
    MinutedLetter,
    due_text,
    render_minute,
)
from tests.helpers import pdftotext

SUBJECT = "ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ ครั้งที่ 3/2569 และขอความอนุเคราะห์ส่งผู้แทน"
TEXT = "ทราบ มอบ กองกลาง ดำเนินการ\nแจ้งผู้ที่เกี่ยวข้องเข้าร่วมประชุม น้ำหนักของเรื่องมาก ปั้นงานให้ทันกำหนด"
SUMMARY = "กรมบัญชีกลางขอเชิญผู้แทนเข้าร่วมประชุมในวันที่ 10 ธันวาคม 2569 เวลา 09.30 น."
HEAD = "นางปิ่นทอง ร่ำรวย"
POSITION = "ผู้อำนวยการสำนักงานปลัดกระทรวง"


def _content(**changes: Any) -> MinuteContent:
    content = MinuteContent(
        letter=MinutedLetter(
            "12/2569",
            SUBJECT,
            sender="กรมบัญชีกลาง",
            number="กค 0402/ว 123",
            date=dt.date(2026, 12, 1),
            received_at=dt.datetime(2026, 12, 4, 3, 20, tzinfo=dt.UTC),
            speed="ด่วนที่สุด",
        ),
        text=TEXT,
        head_name=HEAD,
        head_position=(POSITION,),
        date=dt.date(2026, 12, 5),
        summary=SUMMARY,
        assignees=(Assignee("กองกลาง"), Assignee("นายศักดิ์ชัย ค่ำคืน", "รองผู้อำนวยการกองกลาง")),
        due=dt.date(2026, 12, 15),
    )
    return MinuteContent(**{**content.__dict__, **changes})


def _written(tmp_path: Path, content: MinuteContent) -> Path:
    path = tmp_path / "minute.pdf"
    path.write_bytes(render_minute(content).pdf)
    return path


def _flat(text: str) -> str:
    """Extracted text with the line breaks of wrapping taken out (the text column wraps where it ends)."""
    return "".join(canonical_thai(text).split())


def _lines(path: Path) -> list[str]:
    return [canonical_thai(line) for line in pdftotext(path).splitlines() if line.strip()]


def test_the_thai_text_extracts_as_it_was_written(tmp_path: Path, qt_app: Any) -> None:
    path = _written(tmp_path, _content())
    text = pdftotext(path)
    lines = _lines(path)
    assert _flat(SUBJECT) in _flat(text), text
    assert _flat(SUMMARY) in _flat(text), text
    first, second = TEXT.splitlines()  # the head's own line break stays; the long line wraps
    assert canonical_thai(first) in lines, lines
    assert _flat(second) in _flat(text) and _flat(f"{first}{second}") in _flat(text), text
    assert "ภายในวันที่ ๑๕ ธันวาคม ๒๕๖๙" in text  # Thai digits, as the letters write them
    assert due_text(dt.date(2026, 12, 15)) == "ภายในวันที่ ๑๕ ธันวาคม ๒๕๖๙"
    assert canonical_thai(f"({HEAD})") in lines and canonical_thai(POSITION) in lines
    assert "๕ ธันวาคม ๒๕๖๙" in text  # the minute's date, Buddhist Era
    assert "๑๒/๒๕๖๙" in text and "กค ๐๔๐๒/ว ๑๒๓" in text and "ลงวันที่ ๑ ธันวาคม ๒๕๖๙" in text
    assert "บันทึกเกษียนหนังสือ" in text and "กรมบัญชีกลาง" in lines
    assert canonical_thai("๑. กองกลาง") in lines
    assert canonical_thai("๒. นายศักดิ์ชัย ค่ำคืน (รองผู้อำนวยการกองกลาง)") in lines


def test_one_page_with_an_empty_signature_field_above_the_heads_name(tmp_path: Path, qt_app: Any) -> None:
    path = _written(tmp_path, _content())
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 1
        assert float(pdf.pages[0].mediabox[2]) == pytest.approx(595.3, abs=0.5)  # A4
        (field,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == MINUTE_FIELD]
        assert str(field.FT) == "/Sig" and "/V" not in field, "the field waits for the head's signature"
    with pymupdf.open(path) as doc:
        page = doc[0]
        (widget,) = list(page.widgets())
        name = next(
            pymupdf.Rect(line["bbox"])
            for block in page.get_text("dict")["blocks"]
            for line in block.get("lines", [])
            if canonical_thai("".join(s["text"] for s in line["spans"])) == canonical_thai(f"({HEAD})")
        )
    box = widget.rect
    assert box.y1 <= name.y0 + 1 and box.y1 > name.y0 - 10, (box, name)  # just above the name
    assert box.x0 <= name.x0 and name.x1 <= box.x1 and box.height > 40, (box, name)


def test_a_minute_that_only_notes_the_letter(tmp_path: Path, qt_app: Any) -> None:
    path = _written(tmp_path, _content(text="ทราบ", assignees=(), due=None, summary=""))
    text = pdftotext(path)
    assert {"ทราบ", canonical_thai("ข้อสั่งการ ทราบ")} & set(_lines(path))  # beside its label, or alone
    assert "มอบ" not in _lines(path) and "ภายในวันที่" not in text and "สรุปเรื่อง" not in text


def test_a_secret_letters_minute_carries_its_class_top_and_bottom(tmp_path: Path, qt_app: Any) -> None:
    content = _content()
    secret = MinuteContent(
        **{**content.__dict__, "letter": MinutedLetter("13/2569", SUBJECT, secrecy="ลับมาก")}
    )
    assert _lines(_written(tmp_path, secret)).count("ลับมาก") == 2


def test_a_long_minute_takes_smaller_type_and_stays_on_one_page(tmp_path: Path, qt_app: Any) -> None:
    long = "\n".join(f"{n}. ให้กองกลางประสานหน่วยงานที่เกี่ยวข้องและรายงานผลการดำเนินการ" for n in range(1, 25))
    result = render_minute(_content(text=long), ("Sarabun",))  # the sizes are measured in the bundled Sarabun
    assert result.size_pt < 16
    path = tmp_path / "long.pdf"
    path.write_bytes(result.pdf)
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 1
    assert canonical_thai("24. ให้กองกลางประสานหน่วยงานที่เกี่ยวข้องและรายงานผลการดำเนินการ") in _lines(path)


def test_a_minute_too_long_for_a_page_is_refused_in_thai(qt_app: Any) -> None:
    with pytest.raises(RenderError) as raised:
        render_minute(_content(text="\n".join(["มอบ กองกลาง ดำเนินการ"] * 80)))
    assert "หนึ่งหน้า" in raised.value.thai


def test_a_minute_needs_its_text(qt_app: Any) -> None:
    with pytest.raises(RenderError):
        render_minute(_content(text="  "))
