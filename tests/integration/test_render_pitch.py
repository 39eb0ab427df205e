"""Line pitch and page fill as in a Word letter in TH SarabunPSK 16 pt, single spacing: Word advances a line
by the font's usWinAscent + usWinDescent (31.3 pt at 16 pt) and sets the baseline usWinAscent below the line's
top. Letters advance the same in whatever face they are set (Laksaman, or the bundled Sarabun, whose own
metrics are far tighter), so a full page holds as many body lines as the Word letter. Measured on the PDF."""

import math
from itertools import pairwise
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from eoffice_desktop.domain.official_fonts import LINE_PITCH, WIN_ASCENT, WIN_DESCENT
from eoffice_desktop.drafting import validate_letter
from eoffice_desktop.render import RenderOptions, render_letter
from eoffice_desktop.templates import default_registry
from tests.helpers import CM, example

LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
SIZE_PT = 16.0
WORD_PITCH_PT = LINE_PITCH * SIZE_PT
TOP_CM, BOTTOM_CM = 2.5, 2.0  # the continuation pages' margins (templates' [page])
WORD_LINES = math.floor((29.7 - TOP_CM - BOTTOM_CM) * CM / WORD_PITCH_PT)
"""The body lines a full continuation page of the Word letter holds: 22."""

SENTENCE = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมขอเชิญผู้แทนหน่วยงานเข้าร่วมประชุมคณะทำงาน "

FONTS = {
    "Sarabun": ("No Such Family",),  # the bundled fallback
    "Laksaman": ("Laksaman",),
}


def _font(name: str) -> tuple[str, ...]:
    if name == "Laksaman" and not LAKSAMAN.exists():
        pytest.skip("Laksaman is not installed (apt-get install fonts-tlwg-laksaman)")
    return FONTS[name]


def _long_letter(families: tuple[str, ...]) -> tuple[bytes, str]:
    """An external letter whose body is one paragraph running over several pages."""
    registry = default_registry()
    template = registry.get("external-letter")
    data = example("external-letter") | {"body": [SENTENCE * 40]}
    result = render_letter(
        template, validate_letter(template, data, registry), RenderOptions(font_families=families)
    )
    return result.pdf, result.font_family


def _body_baselines(page: pymupdf.Page) -> list[float]:
    """The baselines of the body lines on a continuation page: 16 pt text below the page number's band."""
    spans: list[dict[str, Any]] = [
        s
        for b in page.get_text("dict")["blocks"]
        for ln in b.get("lines", [])
        for s in ln["spans"]
        if s["text"].strip()
    ]
    return sorted(
        {
            round(s["origin"][1], 1)
            for s in spans
            if abs(s["size"] - SIZE_PT) < 0.5 and s["origin"][1] > TOP_CM * CM and s["text"].strip() != "ลับ"
        }
    )


def test_word_pitch_is_the_official_designs_win_metrics() -> None:
    assert round(WORD_PITCH_PT, 1) == 31.3
    assert WORD_LINES == 22
    if not LAKSAMAN.exists():
        pytest.skip("Laksaman is not installed: the ratio is checked against it when it is")
    from fontTools.ttLib import TTFont

    with TTFont(LAKSAMAN, lazy=True) as font:  # TH SarabunPSK under another name: the same metrics
        em = font["head"].unitsPerEm
        assert font["OS/2"].usWinAscent / em == pytest.approx(WIN_ASCENT)
        assert font["OS/2"].usWinDescent / em == pytest.approx(WIN_DESCENT)


@pytest.mark.parametrize("font", list(FONTS))
def test_a_full_page_holds_the_word_letters_lines_at_its_pitch(font: str, qt_app: Any) -> None:
    pdf, used = _long_letter(_font(font))
    assert used == font
    with pymupdf.open(stream=pdf) as doc:
        assert doc.page_count >= 3, "page two is a full page of body text"
        baselines = _body_baselines(doc[1])
    assert abs(len(baselines) - WORD_LINES) <= 1, baselines
    for above, below in pairwise(baselines):
        assert below - above == pytest.approx(WORD_PITCH_PT, abs=0.5)
    # the glyphs sit in the line as Word sets them: the baseline usWinAscent below the top of the text area
    assert baselines[0] == pytest.approx(TOP_CM * CM + WIN_ASCENT * SIZE_PT, abs=0.5)
    # and the last line's box ends above the bottom margin
    assert baselines[-1] + WIN_DESCENT * SIZE_PT <= (29.7 - BOTTOM_CM) * CM + 0.5
