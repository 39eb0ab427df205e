"""The memo's head: emblem top left, the speed stamp beside it, the heading บันทึกข้อความ clear of both."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from tests.helpers import example, run_cli


def _spans(page: pymupdf.Page) -> list[dict[str, Any]]:
    return [s for b in page.get_text("dict")["blocks"] for ln in b.get("lines", []) for s in ln["spans"]]


@pytest.mark.parametrize("speed", ["ด่วนที่สุด", "ด่วนมาก", "ด่วน"])
@pytest.mark.parametrize("with_emblem", [True, False])
def test_the_speed_stamp_never_overlaps_the_heading(
    tmp_path: Path, write_json: Callable[..., Path], emblem: Path, speed: str, with_emblem: bool
) -> None:
    data = example("memo") | {"speed": speed}
    out = tmp_path / "memo.pdf"
    extra = ("--emblem", emblem) if with_emblem else ()
    code, _, err = run_cli("draft", "--template", "memo", "--data", write_json(data), "--out", out, *extra)
    assert code == 0, err
    with pymupdf.open(out) as doc:
        page = doc[0]
        spans = _spans(page)
        images = page.get_image_info()
    heading = next(s for s in spans if s["text"].strip() == "บันทึกข้อความ")
    stamp = next(s for s in spans if s["text"].strip() == speed)
    stamp_box, heading_box = pymupdf.Rect(stamp["bbox"]), pymupdf.Rect(heading["bbox"])
    assert (stamp_box & heading_box).is_empty, (stamp_box, heading_box)
    assert stamp["size"] >= 19.5
    if stamp["origin"][1] == pytest.approx(heading["origin"][1], abs=0.5):  # beside it, on its baseline
        assert stamp_box.x1 < heading_box.x0, (stamp_box, heading_box)
    else:  # no room beside it: above the heading's band, at the margin
        assert stamp_box.y1 <= heading_box.y0 + 1, (stamp_box, heading_box)
        assert stamp_box.x0 == pytest.approx(85.0, abs=0.5)
    assert heading["size"] == pytest.approx(29, abs=0.5)
    assert stamp["color"] >> 16 > 180  # red
    if with_emblem:  # the emblem with the test's artwork (300 × 330) leaves room beside it
        (image,) = images
        assert stamp_box.x0 > pymupdf.Rect(image["bbox"]).x1
        assert stamp["origin"][1] == pytest.approx(heading["origin"][1], abs=0.5)


def test_a_speed_stamp_above_the_heading_keeps_clear_of_the_secrecy_stamp(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    data = example("memo") | {"speed": "ด่วนที่สุด", "secrecy": "ลับที่สุด"}
    out = tmp_path / "memo.pdf"
    code, _, err = run_cli("draft", "--template", "memo", "--data", write_json(data), "--out", out)
    assert code == 0, err
    with pymupdf.open(out) as doc:
        spans = _spans(doc[0])
    stamp = pymupdf.Rect(next(s for s in spans if s["text"].strip() == "ด่วนที่สุด")["bbox"])
    heading = pymupdf.Rect(next(s for s in spans if s["text"].strip() == "บันทึกข้อความ")["bbox"])
    for secrecy in (s for s in spans if s["text"].strip() == "ลับที่สุด"):
        assert (stamp & pymupdf.Rect(secrecy["bbox"])).is_empty
    assert (stamp & heading).is_empty


def test_the_head_has_dotted_leaders_drawn_not_written(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    """ส่วนราชการ, ที่, วันที่ and เรื่อง are followed by dotted lines as on the form: paths, so the text extracts
    exactly as typed, with no dots."""
    data = example("memo")
    out = tmp_path / "memo.pdf"
    code, _, err = run_cli("draft", "--template", "memo", "--data", write_json(data), "--out", out)
    assert code == 0, err
    with pymupdf.open(out) as doc:
        page = doc[0]
        leaders = [
            item
            for drawing in page.get_drawings()
            if drawing.get("dashes") not in (None, "[] 0")
            for item in drawing["items"]
            if item[0] == "l" and item[1].y == item[2].y
        ]
        text = page.get_text()
        words = page.get_text("words")
    right_margin = (21 - 2) * 72 / 2.54

    def label(name: str) -> pymupdf.Rect:
        """The label's own box, without the spaces after it."""
        return pymupdf.Rect(next(w[:4] for w in words if w[4] == name))

    def under(box: pymupdf.Rect) -> list[tuple[float, float, float]]:
        return [(a.x, b.x, a.y) for _, a, b in leaders if box.y0 < a.y <= box.y1 + 1 and a.x >= box.x1]

    for name in ("ส่วนราชการ", "เรื่อง", "วันที่"):
        ((x0, x1, _y),) = under(label(name))
        assert x0 == pytest.approx(label(name).x1 + 3, abs=1)  # from just after the label
        assert x1 == pytest.approx(right_margin, abs=0.5)  # to the right margin
    number = [seg for seg in under(label("ที่")) if seg[0] < label("วันที่").x0]
    ((_x0, x1, _y),) = number
    assert x1 < label("วันที่").x0  # the number's leader stops short of the date's label
    # the agency's second line (โทร.) and the subject's second line carry one too
    assert len(leaders) == 6
    assert "." * 3 not in text and "…" not in text
    assert "ส่วนราชการ  สำนักงานปลัดกระทรวง กองบริหารงานกลาง" in text


def test_a_memo_with_glued_runs_and_leaders_is_clean_pdf(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    """The glue glyphs taken out of the content streams and the leaders' dash patterns leave a file that qpdf
    and MuPDF read without a complaint."""
    import pikepdf

    data = example("memo") | {"speed": "ด่วนที่สุด"}
    data["body"] = ["มอบหมายให้นายสมชาย ใจดี และนางสาวฝ้าย น้ำใจงาม ส่งหนังสือที่ ดศ ๐๒๐๑/ว ๑๒๓ จำนวน ๒ ชุด " * 4]
    out = tmp_path / "memo.pdf"
    code, _, err = run_cli("draft", "--template", "memo", "--data", write_json(data), "--out", out)
    assert code == 0, err
    with pikepdf.open(out) as pdf:
        assert pdf.check_pdf_syntax() == []
        content = b"".join(page.obj.Contents.read_bytes() for page in pdf.pages)
    pymupdf.TOOLS.reset_mupdf_warnings()
    with pymupdf.open(out) as doc:
        for page in doc:
            text = page.get_text()
            assert "\u180e" not in text
            assert text.count("นายสมชาย ใจดี") == 4  # whole, on one line, no space inside it
            page.get_pixmap(dpi=30)
    assert [w for w in pymupdf.TOOLS.mupdf_warnings().splitlines() if "repeated" not in w] == []
    assert b"ActualText" in content
