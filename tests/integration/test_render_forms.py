"""Each kind of letter put next to the regulation's แผ่นแบบ, element by element (docs/letter-kinds.md).

Every example in examples/ is drawn as the `draft` command draws it (bundled Sarabun, a stand-in emblem, a
speed and a secrecy class where the kind takes them). FORMS below lists, per kind and in the form's order,
each element as printed and where the form puts it. The test reads the PDF back and checks that the text of
the page is exactly these elements one after another (nothing missing, nothing added, Thai digits where the
form prints them), and for each: its horizontal place (the left margin, a paragraph's indent, centred, from
the centre, the signature's axis, the column that ends at the right margin), its size and weight; then the
emblem's size and place, the speed and secrecy stamps and the page numbers of continuation pages.

Nothing here depends on the line pitch: lines are compared by their order, their x and their size, never by
their distance from the top of the page.
"""

import enum
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from eoffice_desktop.domain.thai import canonical_thai, thai_digits
from tests.helpers import CM, example, run_cli

PAGE_WIDTH = 21 * CM
PAGE_HEIGHT = 29.7 * CM
LEFT = 3 * CM  # the left margin
RIGHT = PAGE_WIDTH - 2 * CM  # the right margin
CENTRE = (LEFT + RIGHT) / 2  # the middle of the text area, where the emblem and the titles are centred
INDENT = LEFT + 2.5 * CM  # a paragraph's first line
TOP = 2.5 * CM  # of a continuation page (page one's text starts under the emblem)
BOTTOM = 2 * CM

SPEED = "ด่วนที่สุด"
SECRECY = "ลับ"
FAMILY = "Sarabun"  # the bundled face, pinned so the checks do not depend on the fonts installed


class At(enum.Enum):
    """Where the form puts an element, across the page."""

    MARGIN = "starts at the left margin"
    INDENT = "starts a paragraph's indent (2.5 cm) in from the margin"
    LIST = "starts 1 cm in from the margin"
    HANG = "starts where the text after the label above it starts"
    CENTRED = "centred on the text area"
    FROM_CENTRE = "starts at the middle of the text area"
    AXIS = "centred on the signature's axis, in the right half"
    COLUMN = "in the column whose widest line ends at the right margin"


@dataclass(frozen=True)
class Part:
    """One element of a form as printed: its label (เรื่อง, เรียน …) and its text, possibly on several lines."""

    text: str
    at: At = At.MARGIN
    label: str = ""
    size: float = 16
    bold: bool = False
    label_size: float = 16
    label_bold: bool = False
    wrap: At | None = None  # where its second and later lines start, when the form fixes it
    signed_above: bool = False  # the signer's name: the signature's space stands above it

    @property
    def shown(self) -> str:
        return f"{self.label}  {self.text}" if self.label else self.text


@dataclass(frozen=True)
class Form:
    parts: list[Part]
    emblem: tuple[float, str] | None = (3.0, "top-center")  # height in cm, place
    speed: bool = False  # the kind takes a speed class (ชั้นความเร็ว)
    secrecy: bool = False  # and a secrecy class (ชั้นความลับ)
    stamp: bool = False  # the space of a department's stamp on the axis (หนังสือประทับตรา)
    initials: list[str] = field(default_factory=list)  # the initials spots' labels, in the bottom margin


def P(text: str, at: At = At.MARGIN, **kw: Any) -> Part:  # noqa: N802 - reads as a row of the form
    return Part(thai_digits(text), at, **kw)


def paragraphs(kind: str, name: str, numbered: str = "", at: At = At.INDENT, **kw: Any) -> list[Part]:
    """The paragraphs of an example's field as printed: first line indented, the others at the margin."""
    kw.setdefault("wrap", At.MARGIN)
    items = example(kind)[name]
    return [
        P(numbered.format(n=n, item=item) if numbered else item, at, **kw) for n, item in enumerate(items, 1)
    ]


def signature(name: str, *positions: str) -> list[Part]:
    """The signature's space, (the full name) and the position lines, on the axis."""
    return [P(f"({name})", At.AXIS, signed_above=True), *(P(p, At.AXIS) for p in positions)]


ADDRESS = ["ศูนย์ราชการเฉลิมพระเกียรติ ๘๐ พรรษา", "ถนนแจ้งวัฒนะ เขตหลักสี่", "กรุงเทพฯ ๑๐๒๑๐"]
MINISTRY = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
PERMANENT_SECRETARY = f"ปลัด{MINISTRY}"
OWNER = "สำนักงานปลัดกระทรวง กองบริหารงานกลาง"


def head_of_external_letter(number: str) -> list[Part]:
    """ที่ at the margin; the agency and its address in a column that ends at the right margin."""
    return [P(f"ที่ {number}"), P(MINISTRY, At.COLUMN), *(P(line, At.COLUMN) for line in ADDRESS)]


def foot_of_external_letter(*contact: str) -> list[Part]:
    """ส่วนราชการเจ้าของเรื่อง and how to reach it, at the margin."""
    return [P(OWNER), *(P(line) for line in contact)]


def title(text: str) -> Part:
    return P(text, At.CENTRED, bold=True)


FORMS: dict[str, Form] = {
    # หนังสือภายนอก (ข้อ 11): Garuda 3 cm; ที่ | agency and address; date from the middle; เรื่อง, เรียน,
    # อ้างถึง, สิ่งที่ส่งมาด้วย at the margin; paragraphs; closing, signature, name, position on one axis;
    # ส่วนราชการเจ้าของเรื่อง, โทร., โทรสาร, ไปรษณีย์อิเล็กทรอนิกส์ at the margin
    "external-letter": Form(
        [
            *head_of_external_letter("ดศ ๐๒๐๑/๑๒๓"),
            P("๒๔ พฤศจิกายน ๒๕๖๘", At.FROM_CENTRE),
            P("ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์", label="เรื่อง"),
            P("ผู้ว่าราชการจังหวัดเชียงใหม่", label="เรียน"),
            P("หนังสือจังหวัดเชียงใหม่ ที่ ชม 0017/1234 ลงวันที่ 3 พฤศจิกายน 2568", label="อ้างถึง", wrap=At.HANG),
            P("1. กำหนดการประชุม", label="สิ่งที่ส่งมาด้วย"),
            P("2. แบบตอบรับการเข้าร่วมประชุม", At.HANG),
            *paragraphs("external-letter", "body"),
            P("ขอแสดงความนับถือ", At.AXIS),
            *signature("นายสมชาย ใจดี", PERMANENT_SECRETARY),
            *foot_of_external_letter(
                "โทร. 0 2141 6747", "โทรสาร 0 2143 8019", "ไปรษณีย์อิเล็กทรอนิกส์ saraban@mdes.go.th"
            ),
        ],
        speed=True,
        secrecy=True,
    ),
    # หนังสือเวียน: an external letter with a ว number; its list of recipients on a page of its own
    "circular-letter": Form(
        [
            *head_of_external_letter("ดศ ๐๒๐๑/ว ๑๒๔"),
            P("๒๔ พฤศจิกายน ๒๕๖๘", At.FROM_CENTRE),
            P("การรับส่งหนังสือราชการทางระบบสารบรรณอิเล็กทรอนิกส์", label="เรื่อง"),
            P("ผู้ว่าราชการจังหวัด (ตามบัญชีแนบ)", label="เรียน"),
            *paragraphs("circular-letter", "body"),
            P("ขอแสดงความนับถือ", At.AXIS),
            *signature("นายสมชาย ใจดี", PERMANENT_SECRETARY),
            *foot_of_external_letter(
                "โทร. 0 2141 6747", "โทรสาร 0 2143 8019", "ไปรษณีย์อิเล็กทรอนิกส์ saraban@mdes.go.th"
            ),
            title("บัญชีรายชื่อผู้รับหนังสือ"),
            P("แนบท้ายหนังสือ ที่ ดศ ๐๒๐๑/ว ๑๒๔ ลงวันที่ ๒๔ พฤศจิกายน ๒๕๖๘", At.CENTRED),
            *paragraphs("circular-letter", "distribution", "{n}. {item}", At.MARGIN, wrap=None),
        ],
        speed=True,
        secrecy=True,
        initials=["หัวหน้ากลุ่มงานสารบรรณ"],
    ),
    # บันทึกข้อความ (ข้อ 12): Garuda 1.5 cm top left; the heading 29 pt bold; ส่วนราชการ, ที่ | วันที่, เรื่อง
    # with bold 20 pt labels; คำขึ้นต้น; paragraphs; name and position on one axis
    "memo": Form(
        [
            P("บันทึกข้อความ", At.CENTRED, size=29, bold=True),
            P(f"{OWNER}  โทร. 0 2141 6747", label="ส่วนราชการ", label_size=20, label_bold=True, wrap=At.HANG),
            P("ดศ 0201/ว 124", label="ที่", label_size=20, label_bold=True),
            P("24 พฤศจิกายน 2568", At.FROM_CENTRE, label="วันที่", label_size=20, label_bold=True),
            P(
                "ขอความร่วมมือทดสอบระบบสารบรรณอิเล็กทรอนิกส์แบบออฟไลน์",
                label="เรื่อง",
                label_size=20,
                label_bold=True,
                wrap=At.HANG,
            ),
            P("ผู้อำนวยการทุกสำนัก", label="เรียน"),
            *paragraphs("memo", "body"),
            *signature("นางสาวฝ้าย น้ำใจงาม", "ผู้อำนวยการกองบริหารงานกลาง"),
        ],
        emblem=(1.5, "top-left"),
        speed=True,
        secrecy=True,
    ),
    # หนังสือประทับตรา: ที่ at the margin; ถึง; paragraphs; สิ่งที่ส่งมาด้วย; the sending agency's name, the
    # stamp's space, the initials of the officer responsible and the date on one axis; ส่วนราชการเจ้าของเรื่อง
    # and its phone (or its address) at the margin
    "stamped-letter": Form(
        [
            P("ที่ ดศ ๐๒๐๑/๔๕๖"),
            P("สำนักงานจังหวัดลำปาง", label="ถึง"),
            *paragraphs("stamped-letter", "body"),
            P("คู่มือการใช้งานระบบสารบรรณอิเล็กทรอนิกส์ จำนวน 2 ชุด", label="สิ่งที่ส่งมาด้วย"),
            P(MINISTRY, At.AXIS),
            P("ส.จ.", At.AXIS),
            P("๒๔ พฤศจิกายน ๒๕๖๘", At.AXIS),
            *foot_of_external_letter("โทร. 0 2141 6747", "ไปรษณีย์อิเล็กทรอนิกส์ saraban@mdes.go.th"),
        ],
        speed=True,
        secrecy=True,
        stamp=True,
    ),
    # คำสั่ง (ข้อ 14): Garuda; คำสั่ง<agency>, ที่ …/<BE year>, เรื่อง centred; paragraphs; ทั้งนี้ ตั้งแต่ …;
    # สั่ง ณ วันที่ … and the signature on one axis
    "order": Form(
        [
            title(f"คำสั่ง{MINISTRY}"),
            title("ที่ ๑๒/๒๕๖๘"),
            title("เรื่อง  แต่งตั้งคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์"),
            *paragraphs("order", "body"),
            P("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", At.INDENT),
            P("สั่ง ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘", At.AXIS),
            *signature("นายสมชาย ใจดี", PERMANENT_SECRETARY),
        ],
        secrecy=True,
    ),
    # ระเบียบ (ข้อ 15): Garuda; ระเบียบ<agency>, ว่าด้วย … (ฉบับที่ …), พ.ศ. … centred; preamble; ข้อ ๑ …;
    # ประกาศ ณ วันที่ … and the signature on one axis
    "regulation": Form(
        [
            title(f"ระเบียบ{MINISTRY}"),
            title("ว่าด้วยการรับส่งหนังสือราชการทางระบบสารบรรณอิเล็กทรอนิกส์"),
            title("พ.ศ. ๒๕๖๘"),
            *paragraphs("regulation", "preamble"),
            *paragraphs("regulation", "clauses", "ข้อ {n}  {item}"),
            P("ประกาศ ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘", At.AXIS),
            *signature("นายสมชาย ใจดี", PERMANENT_SECRETARY),
        ],
    ),
    # ข้อบังคับ (ข้อ 16): as ระเบียบ
    "bylaw": Form(
        [
            title("ข้อบังคับสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์"),
            title("ว่าด้วยการลงลายมือชื่ออิเล็กทรอนิกส์ของพนักงาน (ฉบับที่ ๒)"),
            title("พ.ศ. ๒๕๖๘"),
            *paragraphs("bylaw", "preamble"),
            *paragraphs("bylaw", "clauses", "ข้อ {n}  {item}"),
            P("ประกาศ ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘", At.AXIS),
            *signature("นางสาวสมศรี รักงาน", "ประธานกรรมการ"),
        ],
    ),
    # ประกาศ (ข้อ 17): Garuda; ประกาศ<agency>, เรื่อง centred; paragraphs; ประกาศ ณ วันที่ … and the signature
    "announcement": Form(
        [
            title(f"ประกาศ{MINISTRY}"),
            title("เรื่อง  การใช้ระบบสารบรรณอิเล็กทรอนิกส์ในการรับส่งหนังสือราชการ"),
            *paragraphs("announcement", "body"),
            P("ประกาศ ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘", At.AXIS),
            *signature("นายสมชาย ใจดี", PERMANENT_SECRETARY),
        ],
        secrecy=True,
    ),
    # แถลงการณ์ (ข้อ 18): Garuda; แถลงการณ์<agency>, เรื่อง, ฉบับที่ centred; paragraphs; the agency and the date
    "statement": Form(
        [
            title(f"แถลงการณ์{MINISTRY}"),
            title("เรื่อง  การหยุดให้บริการระบบสารบรรณอิเล็กทรอนิกส์ชั่วคราว"),
            title("ฉบับที่ ๑"),
            *paragraphs("statement", "body"),
            P(MINISTRY, At.AXIS),
            P("๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘", At.AXIS),
        ],
    ),
    # ข่าว (ข้อ 19): as แถลงการณ์, without the Garuda
    "news": Form(
        [
            title(f"ข่าว{MINISTRY}"),
            title("เรื่อง  การอบรมการลงลายมือชื่ออิเล็กทรอนิกส์แก่เจ้าหน้าที่"),
            title("ฉบับที่ ๑๒/๒๕๖๘"),
            *paragraphs("news", "body"),
            P(MINISTRY, At.AXIS),
            P("๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘", At.AXIS),
        ],
        emblem=None,
    ),
    # หนังสือรับรอง (ข้อ 24): Garuda; ที่ | agency and address; หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า … indented;
    # ให้ไว้ ณ วันที่ … and the signature on one axis
    "certificate": Form(
        [
            *head_of_external_letter("ดศ ๐๒๐๑/๔๕๖"),
            P(f"หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า {example('certificate')['certified']}", At.INDENT, wrap=At.MARGIN),
            *paragraphs("certificate", "body"),
            P("ให้ไว้ ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘", At.AXIS),
            *signature("นายสมชาย ใจดี", "ผู้อำนวยการกองบริหารงานกลาง", f"ปฏิบัติราชการแทน{PERMANENT_SECRETARY}"),
        ],
    ),
    # รายงานการประชุม (ข้อ 25): รายงานการประชุม…, ครั้งที่, เมื่อ, ณ centred; ผู้มาประชุม, ผู้ไม่มาประชุม,
    # ผู้เข้าร่วมประชุม, เริ่มประชุมเวลา at the margin; the agenda; เลิกประชุมเวลา; ผู้จดรายงานการประชุม on the axis
    "minutes": Form(
        [
            title("รายงานการประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์"),
            title("ครั้งที่ ๓/๒๕๖๘"),
            title("เมื่อวันพุธที่ ๑๐ ธันวาคม พ.ศ. ๒๕๖๘"),
            title("ณ ห้องประชุม ๑ ชั้น ๙ อาคารรัฐประศาสนภักดี"),
            P("ผู้มาประชุม", bold=True),
            *paragraphs("minutes", "present", "{n}. {item}", At.LIST, wrap=None),
            P("ผู้ไม่มาประชุม", bold=True),
            *paragraphs("minutes", "absent", "{n}. {item}", At.LIST, wrap=None),
            P("ผู้เข้าร่วมประชุม", bold=True),
            *paragraphs("minutes", "attendees", "{n}. {item}", At.LIST, wrap=None),
            P("เริ่มประชุมเวลา ๐๙.๓๐ น.", bold=True),
            *paragraphs("minutes", "agenda"),
            P("เลิกประชุมเวลา ๑๒.๐๐ น.", bold=True),
            *signature("นางสาวปิ่นแก้ว ศักดิ์ศรี", "นักจัดการงานทั่วไปชำนาญการ"),
            P("ผู้จดรายงานการประชุม", At.AXIS),
        ],
        emblem=None,
        secrecy=True,
    ),
    # บันทึก (ข้อ 26): on memo paper; to whom, the substance, the signer, the date
    "record": Form(
        [
            P("บันทึกข้อความ", At.CENTRED, size=29, bold=True),
            P("ผู้อำนวยการกองบริหารงานกลาง", label="เรียน"),
            *paragraphs("record", "body"),
            P("รายการหนังสือที่ส่งล่าช้า", label="เอกสารประกอบ"),
            *signature("นายปู่ ป่าไม้", "นักวิชาการคอมพิวเตอร์ชำนาญการ"),
            P("๒๕ พฤศจิกายน ๒๕๖๘", At.AXIS),
        ],
        emblem=(1.5, "top-left"),
        speed=True,
        secrecy=True,
    ),
}


# reading the PDF back ------------------------------------------------------------------------------------
@dataclass
class Line:
    """A run of text on one baseline of one page (the cells of a row are lines of their own)."""

    page: int
    y: float  # baseline
    spans: list[dict[str, Any]]

    @property
    def text(self) -> str:
        return "".join(s["text"] for s in self.spans)

    @property
    def x0(self) -> float:
        return float(self.spans[0]["bbox"][0])

    @property
    def x1(self) -> float:
        return float(max(s["bbox"][2] for s in self.spans))

    @property
    def y0(self) -> float:
        return float(min(s["bbox"][1] for s in self.spans))

    @property
    def y1(self) -> float:
        return float(max(s["bbox"][3] for s in self.spans))

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    def x_after(self, label: str) -> float:
        """Where the text after ``label`` and its gap starts."""
        chars = [c for s in self.spans for c in s["chars"]]
        i = len(label)
        while chars[i]["c"].isspace():
            i += 1
        return float(chars[i]["bbox"][0])


def _spans(page: pymupdf.Page) -> Iterator[dict[str, Any]]:
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                span["text"] = "".join(c["c"] for c in span["chars"])
                yield span


def _red(span: dict[str, Any]) -> bool:
    return span["color"] >> 16 > 150 and span["color"] & 0xFF00 < 0x4000


PAGE_NUMBER = re.compile(r"- [๐-๙]+ -")


def _is_flow(span: dict[str, Any]) -> bool:
    """The letter's own text: not a stamp (red), not a label of a spot (8 pt), not a page number, and in the
    letter's face (the viewer's appearance of an empty signature field is not)."""
    if not span["font"].startswith(FAMILY) or _red(span) or span["size"] < 12 or not span["text"].strip():
        return False
    return not PAGE_NUMBER.fullmatch(span["text"].strip())


def _lines(doc: pymupdf.Document) -> list[Line]:
    """The lines of the letter's text in reading order: page by page, top down, left to right; spans of one
    baseline more than 1 cm apart are lines of their own (ที่ and the agency beside it)."""
    out: list[Line] = []
    for number, page in enumerate(doc):
        rows: dict[float, list[dict[str, Any]]] = {}
        for span in _spans(page):
            if _is_flow(span):
                rows.setdefault(round(span["origin"][1], 1), []).append(span)
        for y in sorted(rows):
            spans = sorted(rows[y], key=lambda s: s["bbox"][0])
            line = Line(number, y, [spans[0]])
            for span in spans[1:]:
                if span["bbox"][0] - line.x1 > CM:
                    out.append(line)
                    line = Line(number, y, [])
                line.spans.append(span)
            out.append(line)
    return out


def _flat(text: str) -> str:
    return "".join(canonical_thai(text).split())


def _digits(text: str) -> list[str]:
    """The digits as they are written (canonical_thai reads Thai ones as Latin)."""
    return [c for c in text if c.isdigit()]


@dataclass
class Found:
    part: Part
    lines: list[Line]


def _match(parts: list[Part], lines: list[Line]) -> list[Found]:
    """Each part, in order, to the lines that show it: the page's text is the parts' texts one after
    another, and nothing else."""
    found: list[Found] = []
    i = 0
    for part in parts:
        want = _flat(part.shown)
        got, taken = "", []
        while i < len(lines) and len(got) < len(want):
            taken.append(lines[i])
            got += _flat(lines[i].text)
            i += 1
        assert got == want, f"{part.shown!r} is printed as {' / '.join(ln.text for ln in taken)!r}"
        printed = "".join(ln.text for ln in taken)
        assert _digits(printed) == _digits(part.shown), f"{printed!r}: digits as in {part.shown!r}"
        found.append(Found(part, taken))
    assert i == len(lines), f"more than the form: {[ln.text for ln in lines[i:]]}"
    return found


# the drawing ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory, emblem: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("forms")
    config = folder / "config.toml"
    config.write_text(f'[render]\nfont_families = ["{FAMILY}"]\n', encoding="utf-8")
    out = {}
    for kind, form in FORMS.items():
        data = example(kind)
        if form.speed:
            data["speed"] = SPEED
        if form.secrecy:
            data["secrecy"] = SECRECY
        source = folder / f"{kind}.json"
        source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        pdf = folder / f"{kind}.pdf"
        args = ("draft", "--template", kind, "--data", source, "--out", pdf, "--emblem", emblem)
        code, _, err = run_cli("--config", config, *args)
        assert code == 0, err
        out[kind] = pdf
    return out


def test_every_bundled_kind_is_checked_against_its_form() -> None:
    code, out, _ = run_cli("templates", "--json")
    assert code == 0
    assert {t["id"] for t in json.loads(out)} == set(FORMS)


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_the_example_matches_the_form_element_by_element(drawn: dict[str, Path], kind: str) -> None:
    form = FORMS[kind]
    with pymupdf.open(drawn[kind]) as doc:
        found = _match(form.parts, _lines(doc))
        _check_emblem(doc[0], form)
        _check_stamps(doc, form, found)
        _check_signature(doc, found)

    axis: list[float] = []
    column: list[Line] = []
    for n, item in enumerate(found):
        part, first = item.part, item.lines[0]
        what = f"{part.shown[:40]!r} {part.at.value}"
        for line in item.lines:
            assert line.x0 >= LEFT - 0.5 and line.x1 <= RIGHT + 0.5, f"{line.text!r} stays within the margins"
            assert line.y1 <= PAGE_HEIGHT - BOTTOM + 1, f"{line.text!r} stays above the bottom margin"
            if line.page:
                assert line.y0 >= TOP - 1, f"{line.text!r} stays under a continuation page's top margin"
        match part.at:
            case At.MARGIN:
                assert first.x0 == pytest.approx(LEFT, abs=0.5), what
            case At.INDENT:
                assert first.x0 == pytest.approx(INDENT, abs=0.5), what
            case At.LIST:
                assert first.x0 == pytest.approx(LEFT + CM, abs=0.5), what
            case At.HANG:
                above = found[n - 1]
                start = above.lines[0].x_after(above.part.label) if above.part.label else above.lines[0].x0
                assert first.x0 == pytest.approx(start, abs=0.5), what
            case At.CENTRED:
                assert all(ln.centre == pytest.approx(CENTRE, abs=1.5) for ln in item.lines), what
            case At.FROM_CENTRE:
                assert first.x0 == pytest.approx(CENTRE, abs=0.5), what
            case At.AXIS:
                axis += [ln.centre for ln in item.lines]
            case At.COLUMN:
                column += item.lines
        if part.wrap is At.MARGIN:
            assert all(ln.x0 == pytest.approx(LEFT, abs=0.5) for ln in item.lines[1:]), f"{what}: wrapped"
        elif part.wrap is At.HANG:
            start = first.x_after(part.label)
            assert all(ln.x0 == pytest.approx(start, abs=0.5) for ln in item.lines[1:]), f"{what}: hanging"
        _check_type(item)
    if axis:  # the closing, the signature's name and positions (the date, the stamp) share one centre
        assert max(axis) - min(axis) < 1.0, axis
        assert min(axis) > CENTRE, "the axis stands in the right half"
    if column:  # the agency and its address: one left edge, the widest line ending at the right margin
        assert max(ln.x0 for ln in column) - min(ln.x0 for ln in column) < 0.5
        assert max(ln.x1 for ln in column) == pytest.approx(RIGHT, abs=1.5)


def _check_type(item: Found) -> None:
    part = item.part
    spans = [s for line in item.lines for s in line.spans]
    if part.label:
        head = spans[0]
        assert head["text"].startswith(part.label)
        assert head["size"] == pytest.approx(part.label_size, abs=0.3), f"{part.label!r} size"
        assert bool(head["flags"] & pymupdf.TEXT_FONT_BOLD) is part.label_bold, f"{part.label!r} weight"
        spans = [s for s in spans if s is not head] or spans
        if part.label_size != part.size:  # a label of its own size is a span of its own
            assert head["text"].strip() == part.label
    for span in spans:
        assert span["size"] == pytest.approx(part.size, abs=0.3), f"{span['text']!r} size"
        assert bool(span["flags"] & pymupdf.TEXT_FONT_BOLD) is part.bold, f"{span['text']!r} weight"


def _check_signature(doc: pymupdf.Document, found: list[Found]) -> None:
    """The signer's PDF signature field fills the space above the name, centred on the axis; a kind that is
    not signed reserves none."""
    fields = [
        (n, w.rect) for n, page in enumerate(doc) for w in page.widgets() if w.field_name == "Signature1"
    ]
    names = [item.lines[0] for item in found if item.part.signed_above]
    if not names:
        assert fields == []
        return
    ((page, rect),) = fields
    (name,) = names
    assert page == name.page
    # the space ends at the top of the name's line; the glyphs' box starts a little below it (the line is
    # Word's usWinAscent above the baseline, the font's ascender less)
    assert name.y0 - 5 <= rect.y1 <= name.y0 + 1, "the space ends where the name begins"
    assert rect.height >= 1.5 * CM, "room to sign"
    assert (rect.x0 + rect.x1) / 2 == pytest.approx(name.centre, abs=1), "centred on the axis"


def _check_emblem(page: pymupdf.Page, form: Form) -> None:
    images = page.get_image_info()
    if form.emblem is None:
        assert not images, "no Garuda on this form"
        return
    (image,) = images
    box = pymupdf.Rect(image["bbox"])
    height, place = form.emblem
    assert box.height == pytest.approx(height * CM, abs=0.5), "the Garuda's height"
    assert box.y0 == pytest.approx(1.5 * CM, abs=0.5), "the Garuda 1.5 cm from the top of the page"
    if place == "top-center":
        assert (box.x0 + box.x1) / 2 == pytest.approx(CENTRE, abs=0.5), "the Garuda centred"
    else:
        assert box.x0 == pytest.approx(LEFT, abs=0.5), "the Garuda at the left margin"


def _check_stamps(doc: pymupdf.Document, form: Form, found: list[Found]) -> None:
    """Speed class on page one, red and large; secrecy class red at the top and the bottom centre of every
    page; "- ๒ -" at the top centre of every page after the first; the spots' labels in the bottom margin."""
    pages = [list(_spans(page)) for page in doc]
    first_line = found[0].lines[0]
    for number, spans in enumerate(pages):
        speed = [s for s in spans if s["text"].strip() == SPEED]
        if form.speed and number == 0:
            (stamp,) = speed
            assert _red(stamp) and stamp["flags"] & pymupdf.TEXT_FONT_BOLD
            if (
                form.emblem and form.emblem[1] == "top-left"
            ):  # memo paper: beside the Garuda, before the title
                assert stamp["size"] >= 20
                emblem = pymupdf.Rect(doc[0].get_image_info()[0]["bbox"])
                assert emblem.x1 < stamp["bbox"][0] and stamp["bbox"][2] < first_line.x0
            else:  # at the margin, above the letter's first line
                assert stamp["bbox"][3] <= first_line.y
                assert stamp["size"] == pytest.approx(32, abs=0.5)
                assert stamp["bbox"][0] == pytest.approx(LEFT, abs=0.5)
        else:
            assert not speed
        secrecy = sorted((s for s in spans if s["text"].strip() == SECRECY), key=lambda s: s["bbox"][1])
        if form.secrecy:
            top, bottom = secrecy
            for stamp in (top, bottom):
                assert _red(stamp) and stamp["size"] == pytest.approx(24, abs=0.5)
                assert (stamp["bbox"][0] + stamp["bbox"][2]) / 2 == pytest.approx(PAGE_WIDTH / 2, abs=0.5)
            assert top["bbox"][3] < 2 * CM and bottom["bbox"][1] > PAGE_HEIGHT - 2 * CM
        else:
            assert not secrecy
        numbers = [s for s in spans if PAGE_NUMBER.fullmatch(s["text"].strip())]
        if number:
            (label,) = numbers
            assert label["text"].strip() == f"- {thai_digits(str(number + 1))} -"
            assert (label["bbox"][0] + label["bbox"][2]) / 2 == pytest.approx(CENTRE, abs=1.0)
            assert label["bbox"][3] < 2.5 * CM, "above the body of a continuation page"
        else:
            assert not numbers, "page one carries no page number"
    small = [s for spans in pages for s in spans if s["size"] < 12 and s["text"].strip()]
    small = [s for s in small if s["font"].startswith(FAMILY)]
    labels = [s["text"] for s in small]
    assert labels == [*(["ตราชื่อส่วนราชการ"] if form.stamp else []), *form.initials]
    for span in small:
        if span["text"] in form.initials:
            assert span["bbox"][1] > PAGE_HEIGHT - 2 * CM, "the initials in the bottom margin"
        else:  # the stamp's label, in its circle on the axis with the initials and the date under it
            axis = [ln.centre for item in found if item.part.at is At.AXIS for ln in item.lines]
            assert (span["bbox"][0] + span["bbox"][2]) / 2 == pytest.approx(axis[0], abs=1.0)


def test_the_element_after_a_row_keeps_its_space_before(tmp_path: Path) -> None:
    """The date under ที่ and the agency's address stands its own space_before_pt lower than the row's last
    line, as any element below another: 30 pt more before it bring it, and all under it, 30 pt down."""
    bundled = Path(__file__).resolve().parents[2] / "resources" / "templates" / "external-letter.toml"
    text = bundled.read_text(encoding="utf-8")
    date = '[[elements]]\ntype = "line"\ntext = "{date}"\nx = "center"\nspace_before_pt = 8\n'
    assert date in text
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "external-letter.toml").write_text(text.replace(date, date.replace("= 8", "= 38")), "utf-8")
    source = tmp_path / "letter.json"
    source.write_text(json.dumps(example("external-letter"), ensure_ascii=False), encoding="utf-8")
    tops = []
    for dirs in ([], [str(folder)]):
        config = tmp_path / "config.toml"
        config.write_text(f"[render]\nfont_families = [{FAMILY!r}]\ntemplate_dirs = {dirs!r}\n", "utf-8")
        out = tmp_path / "letter.pdf"
        args = ("draft", "--template", "external-letter", "--data", source, "--out", out)
        code, _, err = run_cli("--config", config, *args)
        assert code == 0, err
        with pymupdf.open(out) as doc:
            lines = _lines(doc)
        address = next(ln for ln in lines if ln.text == ADDRESS[-1])
        rest = [ln.y for ln in lines if ln.page == 0 and ln.y > address.y]
        tops.append((address.y, rest[:3]))  # the date, เรื่อง and เรียน
    (row, below), (row_after, below_after) = tops
    assert row_after == pytest.approx(row, abs=0.1), "the row stays where it was"
    assert [b - a for a, b in zip(below, below_after, strict=True)] == pytest.approx([30, 30, 30], abs=0.3)
