"""Body paragraphs set Thai distributed: every line but a paragraph's last ends at the right margin, no
cluster comes apart, and the text extracts exactly as typed; `align = "left"` leaves them ragged."""

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from eoffice_desktop.domain.thai import thai_digits
from tests.helpers import CM, example, pdftotext, run_cli

RIGHT_MARGIN = 21.0 * CM - 2.0 * CM  # the text area's right edge, in points
INDENT = 3.0 * CM + 2.5 * CM  # where a paragraph's first line starts
MARKS = {chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F))}

# few spaces, marks on every other cluster, a space after a cluster ending in a mark (ที่ ผู้ใหญ่ ส์),
# sara am before a space (ทำ น้ำ), Latin and digits, and a paragraph with no space at all
BODY = [
    "ตามหนังสือที่อ้างถึง จังหวัดเชียงใหม่แจ้งความประสงค์เข้าร่วมโครงการนำร่องระบบสารบรรณอิเล็กทรอนิกส์ "
    "สำหรับสำนักงานในพื้นที่ห่างไกลที่ใช้เครือข่ายได้ไม่สม่ำเสมอ ความละเอียดแจ้งแล้ว นั้น",
    "นายฝ้าย น้ำใจงาม และนางสาวปั้น ที่ผู้ใหญ่ ปลื้ม ตุ๊กตา ส่งหนังสือที่ ดศ 0201/ว 123 จำนวน 2 ชุด "
    "ผู้ใหญ่บ้านน้ำตกเจ้าหน้าที่ฝ่ายปฏิบัติการกำกับดูแลเครื่องคอมพิวเตอร์แม่ข่ายซึ่งตั้งอยู่ที่ศูนย์ข้อมูลสำรอง"
    "ฉุกเฉินของสำนักงานปลัดกระทรวงโปรดทราบ",
    "ขอให้ทำ ตามที่ ผู้ใหญ่ ได้สั่ง ไว้ ทุกข้อ น้ำ ไฟ ค่าบำรุง ประจำ เดือน และ ปี ค.ศ. 2025 (e-Office) ของกรมฯ "
    "ให้ครบถ้วน เป็นที่เรียบร้อยก่อนสิ้นเดือนนี้ด้วย เพื่อประโยชน์ของทางราชการ ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
    "เทคโนโลยีสารสนเทศและการสื่อสารเพื่อการพัฒนาประสิทธิภาพการบริหารราชการแผ่นดินอย่างยั่งยืนตามยุทธศาสตร์ชาติ"
    "ระยะยี่สิบปีซึ่งคณะรัฐมนตรีได้ให้ความเห็นชอบไว้แล้วโดยให้ทุกส่วนราชการถือปฏิบัติอย่างเคร่งครัด",
]


LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")


def _template(tmp_path: Path, align: str | None, font: str = "") -> Path:
    """A config whose template folder holds the external letter with its body set to ``align``."""
    source = Path(__file__).parents[2] / "resources" / "templates" / "external-letter.toml"
    text = source.read_text(encoding="utf-8")
    body = 'type = "paragraphs"\nfield = "body"\n'
    assert body in text
    if align is not None:
        text = text.replace(body, f'{body}align = "{align}"\n')
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / "external-letter.toml").write_text(text, encoding="utf-8")
    config = tmp_path / "config.toml"
    families = f'font_families = ["{font}"]\n' if font else ""
    config.write_text(f'[render]\ntemplate_dirs = ["{folder}"]\n{families}', encoding="utf-8")
    return config


def _draft(tmp_path: Path, write_json: Callable[..., Path], align: str | None, font: str = "") -> Path:
    data = example("external-letter")
    data["body"] = BODY
    out = tmp_path / f"{align}.pdf"
    config = _template(tmp_path, align, font)
    code, _, err = run_cli(
        "--config", config, "draft", "--template", "external-letter", "--data", write_json(data), "--out", out
    )
    assert code == 0, err
    return out


def _canon(text: str) -> str:
    """Compared as typed, every space kept: sara am as nikhahit + sara aa, a tone before the nikhahit, Thai
    digits (what the letter shows)."""
    text = unicodedata.normalize("NFC", text).replace("\u0e33", "\u0e4d\u0e32")
    return thai_digits(re.sub("\u0e4d([\u0e48-\u0e4b])", "\\1\u0e4d", text))


def _body_lines(pdf: Path) -> list[tuple[str, float, float, bool]]:
    """The body's lines: (text as MuPDF reads it, left and right edge of the glyphs drawn on it in points,
    last of its paragraph). The edges come from the glyphs themselves: MuPDF spreads the text of an
    ActualText span over the span, so its characters' boxes are not the glyphs'."""
    paragraphs = [_canon(p) for p in BODY]
    found: list[tuple[str, float, float]] = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            glyphs = [
                (origin, bbox)
                for span in page.get_texttrace()
                for unicode, _glyph, origin, bbox in span["chars"]
                if unicode != 32 and bbox[2] > bbox[0]
            ]
            for block in page.get_text("rawdict")["blocks"]:
                for line in block.get("lines", []):
                    text = _canon("".join(c["c"] for s in line["spans"] for c in s["chars"])).strip()
                    if len(text) <= 3 or not any(text in p for p in paragraphs):
                        continue
                    x0, y0, x1, y1 = line["bbox"]
                    inked = [b for o, b in glyphs if y0 < o[1] < y1 and x0 - 1 < o[0] < x1 + 1]
                    found.append((text, min(b[0] for b in inked), max(b[2] for b in inked)))
    lines = []
    for i, (text, left, right) in enumerate(found):
        following = found[i + 1][1] if i + 1 < len(found) else INDENT
        lines.append((text, left, right, abs(following - INDENT) < 1.0))  # the next starts a paragraph
    return lines


@pytest.fixture(
    params=[
        "",
        pytest.param(
            "Laksaman",
            marks=pytest.mark.skipif(not LAKSAMAN.exists(), reason="fonts-tlwg-laksaman is not installed"),
        ),
    ]
)
def font(request: pytest.FixtureRequest) -> str:
    """The bundled font, and a TLWG font (marks drawn in another order)."""
    return str(request.param)


@pytest.fixture
def distributed(tmp_path: Path, write_json: Callable[..., Path], font: str) -> Path:
    return _draft(tmp_path, write_json, "thai-distributed", font)


def test_lines_but_the_last_end_at_the_right_margin(distributed: Path) -> None:
    lines = _body_lines(distributed)
    assert sum(last for *_, last in lines) == len(BODY), lines
    filled = [right for text, _, right, last in lines if not last and " " in text]
    assert len(filled) >= 5, lines
    for right in filled:
        assert abs(right - RIGHT_MARGIN) <= 0.5, (right, RIGHT_MARGIN, lines)
    for text, _, right, last in lines:
        if last:
            assert right < RIGHT_MARGIN - 10, text  # left-aligned, as short as it is
        assert right <= RIGHT_MARGIN + 0.5, text


def test_left_leaves_the_lines_ragged(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    lines = _body_lines(_draft(tmp_path, write_json, "left"))
    short = [right for _, _, right, last in lines if not last and right < RIGHT_MARGIN - 2]
    assert len(short) >= 3, lines


def _marks(pdf: Path) -> list[tuple[str, float, tuple[float, float]]]:
    """Every zero-width mark glyph drawn: its character, its origin's x and the box of the spacing glyph
    drawn before it (its base), in points."""
    out = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            base = (0.0, 0.0)
            for span in page.get_texttrace():
                for unicode, _glyph, origin, bbox in span["chars"]:
                    char = chr(unicode) if unicode > 0 else ""
                    if char in MARKS and bbox[2] - bbox[0] < 0.01:
                        out.append((char, origin[0], base))
                    elif bbox[2] - bbox[0] >= 0.01:
                        base = (bbox[0], bbox[2])
    return out


def test_no_cluster_comes_apart(
    distributed: Path, font: str, tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    """Every mark is drawn over its base, just where it is drawn in a left-aligned letter: the same
    distance from its base's left edge (the lines break alike, only whole clusters move)."""
    marks = _marks(distributed)
    assert len(marks) > 50
    for char, x, (left, right) in marks:
        assert left <= x <= right + 1.0, (char, x, left, right)  # TLWG fonts draw marks left of the origin
    (tmp_path / "left").mkdir()
    ragged = _marks(_draft(tmp_path / "left", write_json, "left", font))
    assert [c for c, _, _ in marks] == [c for c, _, _ in ragged]
    for (char, x, (left, _)), (_, x0, (left0, _)) in zip(marks, ragged, strict=True):
        assert abs((x - left) - (x0 - left0)) < 0.05, char


@pytest.mark.parametrize("extractor", ["poppler", "poppler-raw", "mupdf"])
def test_the_text_extracts_exactly_as_typed(distributed: Path, extractor: str) -> None:
    if extractor == "mupdf":
        with pymupdf.open(distributed) as doc:
            text = "".join(page.get_text() for page in doc)
    else:
        text = pdftotext(distributed, *(["-raw"] if extractor == "poppler-raw" else []))
    paragraphs = [_canon(p) for p in BODY]
    seen = [
        line for line in (_canon(x).strip() for x in text.splitlines()) if any(line in p for p in paragraphs)
    ]
    for paragraph in paragraphs:
        # every line of the paragraph, spaces and all, is a piece of it; together they are all of it
        pieces = [line for line in seen if line and line in paragraph and len(line) > 3]
        joined = "".join(pieces)
        assert "".join(paragraph.split()) == "".join(joined.split()), (paragraph, pieces)


def test_the_bundled_body_is_distributed_unless_the_template_says_left(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    lines = _body_lines(_draft(tmp_path, write_json, None))
    filled = [right for text, _, right, last in lines if not last and " " in text]
    assert len(filled) >= 5 and all(abs(right - RIGHT_MARGIN) <= 0.5 for right in filled), lines
