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
