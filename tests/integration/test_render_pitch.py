"""Line pitch and page fill as a Word letter in TH SarabunPSK 16 pt single spacing: lines one
usWinAscent + usWinDescent apart (31.3 pt), so a full page holds as many body lines as Word's, whichever face
sets the letter (TLWG Laksaman, the same design, or the bundled Sarabun)."""

import itertools
import math
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from eoffice_desktop.domain.official_fonts import LINE_PITCH
from tests.helpers import CM, example, run_cli
from tests.integration.test_render_justify import LAKSAMAN

A4_HEIGHT = 29.7 * CM
TOP, BOTTOM = 2.5 * CM, 2.0 * CM  # a continuation page's margins
WORD_PITCH = 16 * LINE_PITCH
WORD_LINES = math.floor((A4_HEIGHT - TOP - BOTTOM) / WORD_PITCH)  # as many as Word fits: 22
PARAGRAPH = (
    "ด้วยกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมได้จัดทำโครงการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์สำหรับสำนักงาน"
    "ในส่วนภูมิภาค เพื่อให้ส่วนราชการสามารถรับส่งหนังสือราชการได้อย่างรวดเร็ว ถูกต้อง และปลอดภัย "
) * 30  # one paragraph, no room between paragraphs: a continuation page is all body lines


@pytest.mark.parametrize("font", ["Sarabun", "Laksaman"])
def test_a_full_page_holds_as_many_lines_as_word_one_pitch_apart(
    tmp_path: Path, write_json: Callable[..., Path], font: str
) -> None:
    if font == "Laksaman" and not LAKSAMAN.is_file():
        pytest.skip("TLWG Laksaman not installed (Debian fonts-tlwg-laksaman)")
    config = tmp_path / "config.toml"
    config.write_text(f'[render]\nfont_families = ["{font}"]\n', encoding="utf-8")
    data = example("external-letter") | {"body": [PARAGRAPH]}
    out = tmp_path / "long.pdf"
    code, _, err = run_cli(
        "--config", config, "draft", "--template", "external-letter", "--data", write_json(data), "--out", out
    )
    assert code == 0, err
    with pymupdf.open(out) as doc:
        assert doc.page_count >= 3
        page = doc[1]  # a continuation page full of the paragraph
        blocks = page.get_text("dict")["blocks"]
        faces = {
            span["font"] for block in blocks for line in block.get("lines", []) for span in line["spans"]
        }
        assert faces and all(font in face for face in faces), faces
        baselines = sorted(
            {
                round(line["spans"][0]["origin"][1], 1)
                for block in blocks
                for line in block.get("lines", [])
                if line["spans"] and TOP <= line["spans"][0]["origin"][1] <= A4_HEIGHT - BOTTOM
            }
        )
    gaps = [b - a for a, b in itertools.pairwise(baselines)]
    assert gaps and all(gap == pytest.approx(WORD_PITCH, abs=0.5) for gap in gaps), gaps
    assert abs(len(baselines) - WORD_LINES) <= 1, (len(baselines), WORD_LINES)
