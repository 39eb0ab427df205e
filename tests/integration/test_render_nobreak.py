"""Dates, document numbers, quantities, times and names stay on one line, and extract as typed."""

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from eoffice_desktop.domain.thai import canonical_thai
from tests.helpers import example, pdftotext, run_cli

# Each run sits where the body's first line ends: without the no-break handling the line breaks inside it
# (measured: "…ขอเชิญ ๓" / "พฤศจิกายน ๒๕๖๘ ต่อไป").
RUNS = {
    "๓ พฤศจิกายน ๒๕๖๘": "",
    "ดศ ๐๒๐๑/ว ๑๒๓": "",
    "จำนวน ๒ ชุด": "การ",
    "๐๙.๓๐ น.": "การ",
    "นายสมชาย ใจดี": "การ",
}


def _lines(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as doc:
        return [
            "".join(s["text"] for s in ln["spans"])
            for page in doc
            for b in page.get_text("dict")["blocks"]
            for ln in b.get("lines", [])
        ]


@pytest.mark.parametrize("run", list(RUNS))
def test_a_run_at_a_line_end_moves_whole_to_the_next_line(
    tmp_path: Path, write_json: Callable[..., Path], run: str
) -> None:
    data = example("external-letter")
    body = f"กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมขอเชิญ{RUNS[run]} {run} ต่อไป"
    data["body"] = [body]
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli("draft", "--template", "external-letter", "--data", write_json(data), "--out", out)
    assert code == 0, err
    lines = [canonical_thai(line) for line in _lines(out)]
    assert any(canonical_thai(run) in line for line in lines), lines
    # the line before it is not left holding a piece of it
    start = next(i for i, line in enumerate(lines) if canonical_thai(run) in line)
    assert not lines[start - 1].endswith(canonical_thai(run).split()[0])
    # the reference line of the example ends in a date as well: it stays whole
    assert not any(line.endswith("อ้างถึง  หนังสือจังหวัดเชียงใหม่ ที่ ชม 0017/1234 ลงวันที่ 3") for line in lines)
    # extraction gives back exactly what was typed: plain spaces, no joiner characters
    for text in (pdftotext(out), "\n".join(_lines(out))):
        assert "\u00a0" not in text
        assert "\u180e" not in text
        assert canonical_thai(body) in canonical_thai(text.replace("\n", " ")) or canonical_thai(
            body
        ).replace(" ", "") in canonical_thai(text).replace(" ", "").replace("\n", "")
