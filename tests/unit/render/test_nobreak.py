"""Finding the runs that stay on one line, and making them unbreakable for Qt's line breaker."""

from typing import Any

import pytest

from eoffice_desktop.render.actualtext import _aligned
from eoffice_desktop.render.nobreak import GLUE, NBSP, keep_together, line_boundaries, runs, source_text


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in runs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ประชุมวันที่ ๓ พฤศจิกายน ๒๕๖๘ ณ ห้อง", ["๓ พฤศจิกายน ๒๕๖๘"]),
        ("ลงวันที่ 3 พฤศจิกายน พ.ศ. 2568", ["3 พฤศจิกายน พ.ศ. 2568"]),
        ("ตามหนังสือที่ ดศ ๐๒๐๑/ว ๑๒๓ นั้น", ["ที่ ดศ ๐๒๐๑/ว ๑๒๓"]),
        ("หนังสือ ชม ๐๐๑๗/๑๒๓๔ ลงวันที่", ["ชม ๐๐๑๗/๑๒๓๔"]),
        ("ส่งเอกสารจำนวน ๒ ชุด มาด้วย", ["จำนวน ๒ ชุด"]),
        ("เริ่มเวลา ๐๙.๓๐ น. เป็นต้นไป", ["๐๙.๓๐ น."]),
        ("(นายสมชาย ใจดี)", ["นายสมชาย ใจดี"]),
        ("โดยนางสาวฝ้าย น้ำใจงาม เป็นผู้ประสานงาน", ["นางสาวฝ้าย น้ำใจงาม"]),
        ("ดร. สมหญิง รักงาน", ["ดร. สมหญิง รักงาน"]),
        ("นายกรัฐมนตรี ได้สั่งการ", []),
        ("มอบหมายให้พ.ต.อ. สมศักดิ์ ใจกล้า ดำเนินการ", ["พ.ต.อ. สมศักดิ์ ใจกล้า"]),
        ("ผู้ช่วยศาสตราจารย์สมปอง ดีงาม", ["ผู้ช่วยศาสตราจารย์สมปอง ดีงาม"]),
        ("ภายในปี พ.ศ. ๒๕๖๘", []),
        ("ตามข้อ ๑๑/๒๕๖๘ นั้น", []),
        ("เป็นจำนวนเงิน ๕,๐๐๐ บาท ถ้วน", ["จำนวนเงิน ๕,๐๐๐ บาท"]),
        ("ตั้งแต่เวลา ๐๙.๓๐ - ๑๒.๐๐ น. ที่ห้อง", ["๑๒.๐๐ น."]),
        ("ทนายความ ของจำเลย", []),
    ],
)
def test_runs_are_found(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


def test_spaces_in_a_run_become_no_break_spaces_and_thai_words_are_glued(qt_app: Any) -> None:
    shown = keep_together("ขอเชิญ ๓ พฤศจิกายน ๒๕๖๘ และนายสมชาย ใจดี ต่อไป")
    assert f"๓{NBSP}พฤศจิกายน{NBSP}๒๕๖๘" in shown
    assert GLUE in shown
    assert source_text(shown).replace(NBSP, " ") == "ขอเชิญ ๓ พฤศจิกายน ๒๕๖๘ และนายสมชาย ใจดี ต่อไป"
    # Qt may break before and after the runs, never inside them
    inside = [(shown.index("๓"), shown.index("๘") + 1), (shown.index("นาย"), shown.index("ดี") + 2)]
    for position in line_boundaries(shown):
        assert not any(start < position < end for start, end in inside), (position, shown[:position])


def test_text_without_runs_is_unchanged(qt_app: Any) -> None:
    text = "ขอเชิญผู้แทนหน่วยงานเข้าร่วมประชุม"
    assert keep_together(text) is text


def test_glue_glyph_is_dropped_and_no_break_space_reads_as_a_space() -> None:
    result = _aligned(f"นาย{GLUE}สม{NBSP}ใจ", ("น", "า", "ย", " ", "ส", "ม", " ", "ใ", "จ"))
    assert result is not None
    spans, units = result
    assert spans == ()  # nothing to say: the glue glyph goes, the no-break space is a space
    assert (3, 4, GLUE) in units
