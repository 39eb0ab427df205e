"""Dates, document numbers, quantities, times and names stay on one line, and extract as typed."""

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from eoffice_desktop.domain.thai import canonical_thai
from tests.helpers import example, pdftotext, run_cli, without_page_furniture

OPENING = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมขอเชิญ"
NAME_OPENING = "รหัส ๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมขอเชิญผู้แทนหน่วยงานเข้าร่วมโดย"

# Each body puts its run where the first line of the external letter's body ends: without the no-break
# handling the line breaks inside the run (measured: "…ขอเชิญ ๓" / "พฤศจิกายน ๒๕๖๘ ต่อไป",
# "…โดยนายประเสริฐ" / "มั่นคง ต่อไป").
BODIES = {
    "๓ พฤศจิกายน ๒๕๖๘": f"{OPENING} ๓ พฤศจิกายน ๒๕๖๘ ต่อไป",
    "ดศ ๐๒๐๑/ว ๑๒๓": f"{OPENING} ดศ ๐๒๐๑/ว ๑๒๓ ต่อไป",
    "จำนวน ๒ ชุด": f"{OPENING}การ จำนวน ๒ ชุด ต่อไป",
    "๐๙.๓๐ น.": f"{OPENING}การ ๐๙.๓๐ น. ต่อไป",
    "นายประเสริฐ มั่นคง": f"{NAME_OPENING}นายประเสริฐ มั่นคง ต่อไป",
}


def _draft(tmp_path: Path, write_json: Callable[..., Path], template: str, data: dict[str, Any]) -> Path:
    """In the bundled Sarabun: the bodies above put their runs at a line end in its metrics."""
    out = tmp_path / f"{template}.pdf"
    config = tmp_path / "sarabun.toml"
    config.write_text('[render]\nfont_families = ["Sarabun"]\n', encoding="utf-8")
    args = ("--config", config, "draft", "--template", template, "--data", write_json(data), "--out", out)
    code, _, err = run_cli(*args)
    assert code == 0, err
    return out


def _lines(pdf: Path) -> list[str]:
    """The PDF's text lines, as MuPDF finds them by position."""
    with pymupdf.open(pdf) as doc:
        return [
            "".join(s["text"] for s in ln["spans"])
            for page in doc
            for b in page.get_text("dict")["blocks"]
            for ln in b.get("lines", [])
        ]


def _run_boxes(pdf: Path, run: str) -> list[tuple[float, float, float, float]]:
    """The boxes of the words of ``run`` where it occurs in the body (its first word may carry the text
    before it, which has no space between)."""
    tokens = canonical_thai(run).split()
    with pymupdf.open(pdf) as doc:
        words = [(canonical_thai(w[4]), w[:4]) for page in doc for w in page.get_text("words", sort=True)]
    for i in range(len(words) - len(tokens) + 1):
        found = words[i : i + len(tokens)]
        if found[0][0].endswith(tokens[0]) and [w for w, _ in found[1:]] == tokens[1:]:
            return [box for _, box in found]
    raise AssertionError(f"{run} not found in {words}")


def _flat(text: str) -> str:
    """Without the line ends and spaces, which extractors place in their own ways where a line wraps."""
    return "".join(canonical_thai(text).split())


@pytest.mark.parametrize("run", list(BODIES))
def test_a_run_at_a_line_end_moves_whole_to_the_next_line(
    tmp_path: Path, write_json: Callable[..., Path], run: str
) -> None:
    data = example("external-letter")
    data["body"] = [BODIES[run]]
    pdf = _draft(tmp_path, write_json, "external-letter", data)
    lines = [canonical_thai(line) for line in _lines(pdf)]
    wanted = canonical_thai(run)
    holding = [i for i, line in enumerate(lines) if wanted in line]
    assert holding, lines
    # the line before it is not left holding a piece of it
    first, *_ = wanted.split()
    assert not lines[holding[0] - 1].endswith(first), lines
    # by position: every word of the run on one baseline, left to right
    boxes = _run_boxes(pdf, run)
    assert max(b[3] for b in boxes) - min(b[3] for b in boxes) < 1, boxes
    assert all(a[2] <= b[0] + 0.5 for a, b in itertools.pairwise(boxes)), boxes
    # the example's reference ends in a date too: "… ลงวันที่ ๓" / "พฤศจิกายน ๒๕๖๘" before; now whole
    assert not any(line.endswith("ลงวันที่ 3") for line in lines), lines
    # extraction gives back exactly what was typed: plain spaces, no joiner left on the page (the body may
    # run on to page two, past its number and the secrecy stamps)
    for text in (without_page_furniture(pdftotext(pdf)), without_page_furniture("\n".join(_lines(pdf)))):
        assert "\u00a0" not in text
        assert "\u180e" not in text
        assert _flat(BODIES[run]) in _flat(text)
        assert canonical_thai(run) in canonical_thai(text)  # with its own spaces, on one line


LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")


@pytest.mark.parametrize(
    "font",
    [
        "bundled",
        pytest.param(
            "Laksaman",
            marks=pytest.mark.skipif(not LAKSAMAN.exists(), reason="fonts-tlwg-laksaman is not installed"),
        ),
    ],
)
def test_the_hard_words_and_runs_extract_exactly(
    tmp_path: Path, write_json: Callable[..., Path], font: str
) -> None:
    data = example("memo")
    body = "นายฝ้าย น้ำใจงาม และนางสาวปั้น ที่ผู้ใหญ่ ปลื้ม ตุ๊กตา ส่งหนังสือที่ ดศ ๐๒๐๑/ว ๑๒๓ จำนวน ๒ ชุด"
    data["body"] = [body, "ภายในวันที่ ๓ พฤศจิกายน พ.ศ. ๒๕๖๘ เวลา ๐๙.๓๐ น."]
    pdf = tmp_path / "memo.pdf"
    config = tmp_path / "config.toml"
    families = '"Laksaman"' if font == "Laksaman" else '"Sarabun"'
    config.write_text(f"[render]\nfont_families = [{families}]\n", encoding="utf-8")
    args = ("--config", config)
    code, _, err = run_cli(*args, "draft", "--template", "memo", "--data", write_json(data), "--out", pdf)
    assert code == 0, err
    with pymupdf.open(pdf) as doc:
        if font == "Laksaman":
            assert {f[3].split("+")[-1] for f in doc[0].get_fonts()} >= {"Laksaman"}
        mupdf = "".join(page.get_text() for page in doc)
    for text in (pdftotext(pdf), pdftotext(pdf, "-raw"), mupdf):
        for paragraph in data["body"]:
            assert _flat(paragraph) in _flat(text), text
        for run in ("นายฝ้าย น้ำใจงาม", "ดศ ๐๒๐๑/ว ๑๒๓", "จำนวน ๒ ชุด", "๓ พฤศจิกายน พ.ศ. ๒๕๖๘", "๐๙.๓๐ น."):
            assert canonical_thai(run) in canonical_thai(text)
        assert "\u00a0" not in text and "\u180e" not in text


def test_a_subject_never_ends_with_one_short_word_alone(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    data = example("memo")  # its subject wrapped as "…อิเล็กทรอนิกส์แบบ" / "ออฟไลน์"
    pdf = _draft(tmp_path, write_json, "memo", data)
    lines = [canonical_thai(line).strip() for line in _lines(pdf)]
    start = next(i for i, line in enumerate(lines) if line.startswith("เรื่อง"))
    assert lines[start].endswith("อิเล็กทรอนิกส์"), lines
    assert lines[start + 1] == "แบบออฟไลน์", lines
    assert _flat(data["subject"]) in _flat(pdftotext(pdf))
    assert "\u180e" not in pdftotext(pdf)


def test_a_subject_of_one_line_or_with_a_long_last_line_is_left_alone(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    data = example("memo")
    data["subject"] = "ขอความร่วมมือทดสอบระบบสารบรรณอิเล็กทรอนิกส์แบบออฟไลน์ในสภาพที่ไม่มีเครือข่ายทุกหน่วยงาน"
    pdf = _draft(tmp_path, write_json, "memo", data)
    lines = [canonical_thai(line).strip() for line in _lines(pdf)]
    start = next(i for i, line in enumerate(lines) if line.startswith("เรื่อง"))
    assert len(lines[start + 1]) > len("ทุกหน่วยงาน"), lines
