"""The minute (บันทึกเกษียน) of a received letter on one A4 page, with an empty signature field for the head.

What the head writes on a received letter (เกษียนหนังสือ) becomes a PDF of its own: the received letter is
never touched, so its sender's signatures stay valid, and the minute carries the head's signature. The page
names the letter it minutes (receive number, sender, number and date, subject), the saraban officer's summary,
the minute's text, whom it assigns, by when, and the head's name, position and date; above the name, an
empty signature field (``Minute1``) that the head's token signs.

The text is laid out with Qt's text engine like a letter, in the letter's font, and gets the same ToUnicode
and ActualText repair, so its Thai extracts exactly. Nothing here knows about cases or the store: the content
comes ready (desk/minutes.py gathers it).
"""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
    QRawFont,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from eoffice_desktop import __version__
from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES
from eoffice_desktop.domain.thai import thai_date, thai_date_time, thai_digits
from eoffice_desktop.render.actualtext import add_actual_text
from eoffice_desktop.render.contentscan import DrawnLine, scan_pages
from eoffice_desktop.render.errors import RenderError
from eoffice_desktop.render.fonts import FontSet, load_fontset
from eoffice_desktop.render.pdfa import save_archival
from eoffice_desktop.render.qt import RENDERING, PdfInMemory, ensure_gui_app
from eoffice_desktop.render.signature_field import ReservedField, SignatureBox, add_signature_field
from eoffice_desktop.render.tounicode import glyph_texts_of_pdf, write_tounicode
from eoffice_desktop.render.units import A4_HEIGHT_CM, A4_WIDTH_CM, cm, pt, to_pt

HEADING = "บันทึกเกษียนหนังสือ"
MINUTE_FIELD = "Minute1"
"""The signature field the head signs: a minute carries one signature."""

LEFT_CM, RIGHT_CM, TOP_CM, BOTTOM_CM = 3.0, 2.0, 2.5, 2.0  # the regulation's margins
SIZES_PT = (16.0, 15.0, 14.0, 13.0, 12.0)
"""The body's type size: the official 16 pt, smaller only when a long minute would not fit on the page."""
HEADING_PT = 20.0
STAMP_PT = 20.0  # the secrecy and speed classes, red
LABEL_GAP_CM = 0.4
SIGNATURE_LINES = 3.0
"""The signature field's height, in body lines (as the letters reserve it)."""
BOLD_WEIGHT = 600
RED = QColor("#c00000")
RULE = QColor("#808080")

LABELS = {
    "received": "เลขรับ",
    "sender": "จาก",
    "number": "ที่",
    "subject": "เรื่อง",
    "summary": "สรุปเรื่อง",
    "text": "ข้อสั่งการ",
    "assignees": "มอบ",
    "due": "กำหนดเสร็จ",
}


@dataclass(frozen=True)
class MinutedLetter:
    """The received letter as the minute names it (what the receive register holds)."""

    receive_number: str  # เลขรับ, e.g. "12/2569" (drawn in Thai digits)
    subject: str
    sender: str = ""  # the sending agency's name
    number: str = ""  # the sender's ที่
    date: dt.date | None = None  # the sender's ลงวันที่
    received_at: dt.datetime | None = None  # when it was received (aware)
    speed: str | None = None  # ด่วนที่สุด / ด่วนมาก / ด่วน
    secrecy: str | None = None  # ลับ / ลับมาก / ลับที่สุด


@dataclass(frozen=True)
class Assignee:
    """Whom the minute assigns: a person by name and position, or a unit by its name (no position)."""

    name: str
    position: str = ""

    @property
    def shown(self) -> str:
        return f"{self.name} ({self.position})" if self.position else self.name


@dataclass(frozen=True)
class MinuteContent:
    letter: MinutedLetter
    text: str  # the minute as the head wrote it; a newline starts a new line
    head_name: str
    head_position: tuple[str, ...]  # position lines (รักษาราชการแทน … among them when acting)
    date: dt.date  # the minute's date (Thai time)
    summary: str = ""  # สรุปเรื่อง of the saraban officer
    assignees: tuple[Assignee, ...] = ()
    due: dt.date | None = None
    field_name: str = MINUTE_FIELD
    heading: str = HEADING


@dataclass(frozen=True)
class MinuteResult:
    pdf: bytes
    field: ReservedField  # the empty signature field, above the head's name
    size_pt: float  # the body's type size it took to fit on one page


def due_text(due: dt.date) -> str:
    """``ภายในวันที่ ๑๕ ธันวาคม ๒๕๖๙``."""
    return f"ภายในวันที่ {thai_date(due)}"


def facts(content: MinuteContent) -> list[tuple[str, str]]:
    """The labelled rows of the page, in order: label and text (already in Thai digits)."""
    letter = content.letter
    received = thai_digits(letter.receive_number)
    if letter.received_at is not None:
        received += f"  รับเมื่อ {thai_date_time(letter.received_at)}"
    rows = [(LABELS["received"], received)]
    if letter.sender:
        rows.append((LABELS["sender"], letter.sender))
    number = thai_digits(letter.number) if letter.number else ""
    if letter.date is not None:
        number = f"{number}  ลงวันที่ {thai_date(letter.date)}".strip()
    if number:
        rows.append((LABELS["number"], number))
    rows.append((LABELS["subject"], thai_digits(letter.subject)))
    if content.summary.strip():
        rows.append((LABELS["summary"], thai_digits(content.summary.strip())))
    return rows


def orders(content: MinuteContent) -> list[tuple[str, str]]:
    """The minute's own rows: its text, whom it assigns (numbered when several), by when."""
    rows = [(LABELS["text"], thai_digits(content.text.strip()))]
    people = content.assignees
    if len(people) == 1:
        rows.append((LABELS["assignees"], thai_digits(people[0].shown)))
    elif people:
        listed = "\n".join(thai_digits(f"{n}. {a.shown}") for n, a in enumerate(people, start=1))
        rows.append((LABELS["assignees"], listed))
    if content.due is not None:
        rows.append((LABELS["due"], due_text(content.due)))
    return rows


@dataclass
class _Line:
    """One laid-out line; ``layout`` keeps the Qt objects alive (a QTextLine outliving it crashes)."""

    layout: QTextLayout
    line: QTextLine
    text: str

    @property
    def width(self) -> float:
        return self.line.naturalTextWidth()


@dataclass
class _Row:
    label: _Line | None
    lines: list[_Line]


class _Page:
    def __init__(self, device: QPaintDevice, fonts: FontSet, size_pt: float) -> None:
        self.device = device
        self.fonts = fonts
        self.size_pt = size_pt
        self.page_height = cm(A4_HEIGHT_CM)
        self.left, self.top = cm(LEFT_CM), cm(TOP_CM)
        self.width = cm(A4_WIDTH_CM) - cm(LEFT_CM) - cm(RIGHT_CM)
        self.bottom = self.page_height - cm(BOTTOM_CM)
        self.drawn: list[DrawnLine] = []
        probe = self.one(
            "ก่ำ", self.font(size_pt)
        )  # held while measured: a QTextLine outliving its layout crashes
        self.line_height = probe.line.height()

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.fonts.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def lines(self, text: str, font: QFont, width: float) -> list[_Line]:
        """``text`` broken into lines ``width`` wide (Thai at word boundaries); a newline starts a line, and
        an empty line of the text stays an empty line."""
        out = []
        for paragraph in text.split("\n"):
            layout = QTextLayout(paragraph, font, self.device)
            option = QTextOption(Qt.AlignmentFlag.AlignLeft)
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
            layout.endLayout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                out.append(
                    _Line(layout, line, paragraph[line.textStart() : line.textStart() + line.textLength()])
                )
        return out

    def one(self, text: str, font: QFont) -> _Line:
        """``text`` on one line, however long."""
        return self.lines(text, font, 1e7)[0]

    def _face(self, font: QRawFont) -> str:
        if font.familyName() != self.fonts.family:
            return font.familyName()  # a fallback font Qt picked; its codes are matched by shape
        return (self.fonts.bold if font.weight() >= BOLD_WEIGHT else self.fonts.regular).postscript_name

    def draw(self, painter: QPainter, item: _Line, x: float, top: float) -> None:
        if not item.text.strip():
            return
        line = item.line
        line.draw(painter, QPointF(x - line.x(), top - line.y()))
        runs: list[QGlyphRun] = line.glyphRuns()
        self.drawn.append(
            DrawnLine(
                page=0,
                text=item.text,
                x0=to_pt(x),
                y0=to_pt(self.page_height - top - line.height()),
                x1=to_pt(x + item.width),
                y1=to_pt(self.page_height - top),
                runs=tuple((self._face(r.rawFont()), tuple(r.glyphIndexes())) for r in runs),
            )
        )

    def box(self, x0: float, top: float, x1: float, bottom: float) -> SignatureBox:
        """Device units, top-left origin → PDF points, bottom-left origin."""
        return SignatureBox(
            0, (to_pt(x0), to_pt(self.page_height - bottom), to_pt(x1), to_pt(self.page_height - top))
        )


@dataclass
class _Plan:
    page: _Page
    heading: _Line
    facts: list[_Row]
    orders: list[_Row]
    indent: float
    signature: list[_Line]  # (name), position lines, date
    height: float  # from the top margin to the last line of the signature block

    @property
    def fits(self) -> bool:
        return self.page.top + self.height <= self.page.bottom


SECTION_GAP_PT = 10.0
HEADING_GAP_PT = 12.0


def _plan(device: QPaintDevice, fonts: FontSet, content: MinuteContent, size_pt: float) -> _Plan:
    page = _Page(device, fonts, size_pt)
    bold, regular = page.font(size_pt, bold=True), page.font(size_pt)
    fact_rows, order_rows = facts(content), orders(content)
    labels = {label: page.one(label, bold) for label, _ in (*fact_rows, *order_rows)}
    indent = max(line.width for line in labels.values()) + cm(LABEL_GAP_CM)

    def rows(found: list[tuple[str, str]]) -> list[_Row]:
        return [_Row(labels[label], page.lines(text, regular, page.width - indent)) for label, text in found]

    heading = page.one(content.heading, page.font(HEADING_PT, bold=True))
    made_facts, made_orders = rows(fact_rows), rows(order_rows)
    signature = page.lines(thai_digits(f"({content.head_name})"), regular, page.width)
    for text in (*content.head_position, thai_date(content.date)):
        signature += page.lines(thai_digits(text), regular, page.width)
    count = sum(max(len(r.lines), 1) for r in (*made_facts, *made_orders))
    height = (
        heading.line.height()
        + pt(HEADING_GAP_PT)
        + count * page.line_height
        + 2 * pt(SECTION_GAP_PT)
        + (SIGNATURE_LINES + len(signature)) * page.line_height
    )
    return _Plan(page, heading, made_facts, made_orders, indent, signature, height)


def render_minute(
    content: MinuteContent, families: tuple[str, ...] = DEFAULT_FAMILIES, font_dirs: tuple[Path, ...] = ()
) -> MinuteResult:
    """The minute as a one-page A4 PDF with its empty signature field. A minute too long for one page even in
    small type raises RenderError. Any thread may call it; renderings run one at a time."""
    if not content.text.strip():
        raise RenderError("a minute needs its text", thai="ต้องระบุข้อความเกษียน")
    with RENDERING:
        return _render(content, families, font_dirs)


def _render(content: MinuteContent, families: tuple[str, ...], font_dirs: tuple[Path, ...]) -> MinuteResult:
    ensure_gui_app()
    fonts = load_fontset(tuple(families), tuple(font_dirs))
    target = PdfInMemory(QPageSize(QPageSize.PageSizeId.A4))
    writer = target.writer
    writer.setCreator(f"eoffice-desktop {__version__}")
    writer.setTitle(f"{content.heading} {content.letter.subject}".strip())
    plan = next(
        (p for p in (_plan(writer, fonts, content, s) for s in SIZES_PT) if p.fits),
        None,
    )
    if plan is None:
        raise RenderError(
            "the minute does not fit on one page: shorten its text or the summary",
            thai="ข้อความเกษียนยาวเกินหนึ่งหน้า กรุณาย่อข้อความหรือสรุปเรื่องให้สั้นลง",
        )
    painter = QPainter(writer)
    try:
        field = _paint(painter, plan, content)
    finally:
        painter.end()
    page = plan.page
    with pikepdf.open(io.BytesIO(target.finish())) as pdf:
        scans = scan_pages(pdf, page.drawn)
        texts = glyph_texts_of_pdf(pdf, scans, {f.postscript_name: f.path for f in fonts.faces})
        write_tounicode(pdf, texts)
        add_actual_text(pdf, scans, texts)
        add_signature_field(pdf, field.box, field.name)
        pdf.Root.Lang = pikepdf.String("th-TH")
        out = save_archival(pdf)
    return MinuteResult(out, field, page.size_pt)


def _paint(painter: QPainter, plan: _Plan, content: MinuteContent) -> ReservedField:
    page = plan.page
    letter = content.letter
    centre = page.left + page.width / 2
    if letter.secrecy:
        stamp = page.font(STAMP_PT, bold=True)
        painter.setPen(RED)
        mark = page.one(letter.secrecy, stamp)
        page.draw(painter, mark, cm(A4_WIDTH_CM) / 2 - mark.width / 2, cm(0.6))
        page.draw(painter, mark, cm(A4_WIDTH_CM) / 2 - mark.width / 2, page.bottom + cm(0.5))
    if letter.speed:
        painter.setPen(RED)
        page.draw(painter, page.one(letter.speed, page.font(STAMP_PT, bold=True)), page.left, page.top)
    painter.setPen(QColor("black"))
    top = page.top
    page.draw(painter, plan.heading, centre - plan.heading.width / 2, top)
    top += plan.heading.line.height() + pt(HEADING_GAP_PT)
    top = _rows(painter, plan, plan.facts, top)
    top += pt(SECTION_GAP_PT)
    _rule(painter, page, top - pt(SECTION_GAP_PT) / 2)
    top = _rows(painter, plan, plan.orders, top)
    top += pt(SECTION_GAP_PT)
    # the signature block: the right half of the text, as a letter's (wider when a position line needs it),
    # its lines centred; the field above the name
    widest = max(item.width for item in plan.signature) + cm(0.5)
    block_left = page.left + page.width - min(max(page.width / 2, widest), page.width)
    block_centre = (block_left + page.left + page.width) / 2
    field_top = top
    top += SIGNATURE_LINES * page.line_height
    field = ReservedField(content.field_name, page.box(block_left, field_top, page.left + page.width, top))
    painter.setPen(QColor("black"))
    for item in plan.signature:
        page.draw(painter, item, block_centre - item.width / 2, top)
        top += page.line_height
    return field


def _rows(painter: QPainter, plan: _Plan, rows: Sequence[_Row], top: float) -> float:
    page = plan.page
    for row in rows:
        if row.label is not None:
            page.draw(painter, row.label, page.left, top)
        for n, item in enumerate(row.lines):
            page.draw(painter, item, page.left + plan.indent, top + n * page.line_height)
        top += max(len(row.lines), 1) * page.line_height
    return top


def _rule(painter: QPainter, page: _Page, y: float) -> None:
    painter.save()
    pen = QPen(RULE)
    pen.setWidthF(pt(0.5))
    painter.setPen(pen)
    painter.drawLine(QPointF(page.left, y), QPointF(page.left + page.width, y))
    painter.restore()
