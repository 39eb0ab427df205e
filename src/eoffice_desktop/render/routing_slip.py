"""The routing slip (บันทึกการเสนอ): a letter's way on A4 pages, for the file or a reader without the program.

A heading, what the letter is (subject, number, drafter, state), then a table with one row per history entry
and per step still to come: who acted (name, position, รักษาราชการแทน …), what they did, when, their comment
and the verdict on their signature. The text is laid out with Qt's text engine like a letter and gets the
same ToUnicode and ActualText repair, so its Thai extracts exactly. A row too tall for the rest of a page
moves to the next one; one taller than a page is split between pages. The header row repeats on each page.

The content comes ready to print (desk/routing_slip.py formats it); nothing here knows about routes.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from eoffice_desktop import __version__
from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES
from eoffice_desktop.render.actualtext import add_actual_text
from eoffice_desktop.render.contentscan import DrawnLine, scan_pages
from eoffice_desktop.render.fonts import FontSet, load_fontset
from eoffice_desktop.render.pdfa import save_archival
from eoffice_desktop.render.qt import RENDERING, PdfInMemory, ensure_gui_app
from eoffice_desktop.render.tounicode import glyph_texts_of_pdf, write_tounicode
from eoffice_desktop.render.units import A4_HEIGHT_CM, A4_WIDTH_CM, cm, pt, to_pt

COLUMNS = (
    ("ลำดับ", 1.3),
    ("ผู้ดำเนินการ", 3.7),
    ("การดำเนินการ", 2.8),
    ("วันเวลา", 2.6),
    ("ความเห็น", 4.5),
    ("ผลตรวจลายมือชื่อ", 3.1),
)
"""The table's columns: heading and width in cm (18 cm: the text width between the margins)."""

LEFT_CM, RIGHT_CM, TOP_CM, BOTTOM_CM = 1.8, 1.2, 1.8, 2.2
SIZE_PT = 12.0
HEADER_PT = 11.0  # the table's header row
HEADING_PT = 18.0
PAD_CM = 0.12
BOLD_WEIGHT = 600
SHADE = QColor("#e8e8e8")


@dataclass(frozen=True)
class SlipRow:
    number: str  # ลำดับ
    actor: str  # ผู้ดำเนินการ: lines separated by newlines
    action: str  # การดำเนินการ
    when: str  # วันเวลา
    comment: str  # ความเห็น
    verdict: str  # ผลตรวจลายมือชื่อ

    def cells(self) -> tuple[str, ...]:
        return (self.number, self.actor, self.action, self.when, self.comment, self.verdict)


@dataclass(frozen=True)
class SlipContent:
    heading: str  # บันทึกการเสนอ
    facts: tuple[tuple[str, str], ...]  # label and text: เรื่อง …, ที่ …, ผู้ร่าง …
    rows: tuple[SlipRow, ...]
    footer: str = ""  # e.g. when it was printed
    title: str = ""  # the PDF's title


@dataclass(frozen=True)
class SlipResult:
    pdf: bytes
    pages: int


@dataclass
class _Line:
    """One laid-out line of text; ``layout`` keeps the Qt objects alive."""

    layout: QTextLayout
    line: QTextLine
    text: str


@dataclass
class _Row:
    cells: list[list[_Line]]
    header: bool = False

    @property
    def depth(self) -> int:
        return max((len(c) for c in self.cells), default=0)


@dataclass
class _Piece:
    """The part of a row on one page: lines [start, end) of each cell, from ``top``."""

    row: _Row
    start: int
    end: int
    top: float


class _Slip:
    def __init__(self, writer: QPdfWriter, fonts: FontSet) -> None:
        self.writer = writer
        self.device: QPaintDevice = writer
        self.fonts = fonts
        self.page_width, self.page_height = cm(A4_WIDTH_CM), cm(A4_HEIGHT_CM)
        self.left, self.top = cm(LEFT_CM), cm(TOP_CM)
        self.width = self.page_width - cm(LEFT_CM) - cm(RIGHT_CM)
        self.bottom = self.page_height - cm(BOTTOM_CM)
        self.widths = [cm(w) for _, w in COLUMNS]
        self.pad = cm(PAD_CM)
        self.drawn: list[DrawnLine] = []
        self._page = 0
        self.line_height = self.size("ก่ำ", self.font(SIZE_PT))[1]

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.fonts.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def lines(self, text: str, font: QFont, width: float) -> list[_Line]:
        """``text`` broken into lines ``width`` wide (Thai at word boundaries; a newline starts a line)."""
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
                shown = paragraph[line.textStart() : line.textStart() + line.textLength()]
                if shown.strip():
                    out.append(_Line(layout, line, shown))
        return out

    def size(self, text: str, font: QFont) -> tuple[float, float]:
        """Width and height of ``text`` on one line (the layout is held while it is measured: a QTextLine
        outliving its layout crashes)."""
        found = self.lines(text, font, 1e7)
        if not found:
            return 0.0, 0.0
        item = found[0]
        return item.line.naturalTextWidth(), item.line.height()

    def row(self, cells: Sequence[str], header: bool = False) -> _Row:
        font = self.font(HEADER_PT if header else SIZE_PT, bold=header)
        return _Row(
            [self.lines(text, font, w - 2 * self.pad) for text, w in zip(cells, self.widths, strict=True)],
            header,
        )

    # drawing ---------------------------------------------------------------------------------------------

    def _face(self, font: QRawFont) -> str:
        if font.familyName() != self.fonts.family:
            return font.familyName()
        return (self.fonts.bold if font.weight() >= BOLD_WEIGHT else self.fonts.regular).postscript_name

    def draw(self, painter: QPainter, item: _Line, x: float, top: float) -> None:
        line = item.line
        line.draw(painter, QPointF(x - line.x(), top - line.y()))
        runs: list[QGlyphRun] = line.glyphRuns()
        self.drawn.append(
            DrawnLine(
                page=self._page,
                text=item.text,
                x0=to_pt(x),
                y0=to_pt(self.page_height - top - line.height()),
                x1=to_pt(x + line.naturalTextWidth()),
                y1=to_pt(self.page_height - top),
                runs=tuple((self._face(r.rawFont()), tuple(r.glyphIndexes())) for r in runs),
            )
        )

    def text(
        self, painter: QPainter, text: str, font: QFont, x: float, top: float, centre: bool = False
    ) -> float:
        """One line (no wrapping) at ``top``; returns the next line's top."""
        found = self.lines(text, font, 1e7)
        if not found:
            return top
        item = found[0]
        left = x - item.line.naturalTextWidth() / 2 if centre else x
        self.draw(painter, item, left, top)
        return top + item.line.height()

    def piece(self, painter: QPainter, piece: _Piece) -> float:
        """Draw ``piece``; returns its bottom."""
        height = (piece.end - piece.start) * self.line_height + 2 * self.pad
        bottom = piece.top + height
        if piece.row.header:
            painter.fillRect(QRectF(self.left, piece.top, self.width, height), SHADE)
        pen = QPen(QColor("black"))
        pen.setWidthF(pt(0.5))
        painter.setPen(pen)
        painter.drawLine(QPointF(self.left, piece.top), QPointF(self.left + self.width, piece.top))
        painter.drawLine(QPointF(self.left, bottom), QPointF(self.left + self.width, bottom))
        x = self.left
        painter.drawLine(QPointF(x, piece.top), QPointF(x, bottom))
        for cell, width in zip(piece.row.cells, self.widths, strict=True):
            for n, item in enumerate(cell[piece.start : piece.end]):
                self.draw(painter, item, x + self.pad, piece.top + self.pad + n * self.line_height)
            x += width
            painter.drawLine(QPointF(x, piece.top), QPointF(x, bottom))
        return bottom

    def height(self, lines: int) -> float:
        return lines * self.line_height + 2 * self.pad


def _plan(slip: _Slip, header: _Row, rows: Sequence[_Row], first_top: float) -> list[list[_Piece]]:
    """The pieces of each page: the header row first, then what fits; a row that fits a fresh page is not
    split, a taller one is split at the lines that fit."""
    pages: list[list[_Piece]] = []
    top = first_top

    def new_page(at: float) -> float:
        pages.append([_Piece(header, 0, header.depth, at)])
        return at + slip.height(header.depth)

    y = new_page(top)
    fresh = y
    for row in rows:
        start = 0
        depth = max(row.depth, 1)
        while start < depth:
            room = int((slip.bottom - y - 2 * slip.pad) // slip.line_height)
            left = depth - start
            if left <= room:
                pages[-1].append(_Piece(row, start, depth, y))
                y += slip.height(left)
                start = depth
                continue
            whole_page = int((slip.bottom - fresh - 2 * slip.pad) // slip.line_height)
            if (left <= whole_page or room < 1) and y > fresh:
                y = fresh = new_page(slip.top)
                continue
            take = max(room, 1)
            pages[-1].append(_Piece(row, start, start + take, y))
            start += take
            y = fresh = new_page(slip.top)
    return pages


def render_routing_slip(
    content: SlipContent, families: tuple[str, ...] = DEFAULT_FAMILIES, font_dirs: tuple[str, ...] = ()
) -> SlipResult:
    """The slip of ``content`` as an A4 PDF. Any thread may call it; renderings run one at a time."""
    with RENDERING:
        return _render(content, families, font_dirs)


def _render(content: SlipContent, families: tuple[str, ...], font_dirs: tuple[str, ...]) -> SlipResult:
    from pathlib import Path

    ensure_gui_app()
    fonts = load_fontset(tuple(families), tuple(Path(d) for d in font_dirs))
    target = PdfInMemory(QPageSize(QPageSize.PageSizeId.A4))
    writer = target.writer
    writer.setCreator(f"eoffice-desktop {__version__}")
    writer.setTitle(content.title or content.heading)
    slip = _Slip(writer, fonts)
    bold = slip.font(SIZE_PT, bold=True)
    regular = slip.font(SIZE_PT)

    # page one's head: measured first, so the table starts below it
    facts: list[tuple[_Line | None, list[_Line], float]] = []
    for label, text in content.facts:
        shown = f"{label}  "
        found = slip.lines(shown, bold, 1e7)
        label_line = found[0] if found else None
        indent = label_line.line.naturalTextWidth() if label_line else 0.0
        facts.append((label_line, slip.lines(text, regular, slip.width - indent), indent))
    head = slip.top + slip.size(content.heading, slip.font(HEADING_PT, True))[1] + pt(6)
    head += sum(max(len(lines), 1) for _, lines, _ in facts) * slip.line_height + pt(8)

    header = slip.row([name for name, _ in COLUMNS], header=True)
    rows = [slip.row(r.cells()) for r in content.rows]
    pages = _plan(slip, header, rows, head)

    painter = QPainter(writer)
    try:
        for number, pieces in enumerate(pages):
            if number:
                writer.newPage()
            slip._page = number
            if number == 0:
                _head(painter, slip, content, facts)
            for piece in pieces:
                slip.piece(painter, piece)
            _foot(painter, slip, content, number, len(pages))
    finally:
        painter.end()
    with pikepdf.open(io.BytesIO(target.finish())) as pdf:
        scans = scan_pages(pdf, slip.drawn)
        texts = glyph_texts_of_pdf(pdf, scans, {f.postscript_name: f.path for f in fonts.faces})
        write_tounicode(pdf, texts)
        add_actual_text(pdf, scans, texts)
        pdf.Root.Lang = pikepdf.String("th-TH")
        out = save_archival(pdf)
    return SlipResult(out, len(pages))


def _head(
    painter: QPainter, slip: _Slip, content: SlipContent, facts: list[tuple[_Line | None, list[_Line], float]]
) -> None:
    painter.setPen(QColor("black"))
    top = slip.text(
        painter, content.heading, slip.font(HEADING_PT, True), slip.left + slip.width / 2, slip.top, True
    )
    top += pt(6)
    for label, lines, indent in facts:
        if label is not None:
            slip.draw(painter, label, slip.left, top)
        for n, item in enumerate(lines):
            slip.draw(painter, item, slip.left + indent, top + n * slip.line_height)
        top += max(len(lines), 1) * slip.line_height


def _foot(painter: QPainter, slip: _Slip, content: SlipContent, number: int, count: int) -> None:
    from eoffice_desktop.domain.thai import thai_digits

    painter.setPen(QColor("black"))
    font = slip.font(SIZE_PT - 2)
    top = slip.bottom + cm(0.5)
    if content.footer:
        slip.text(painter, content.footer, font, slip.left, top)
    label = thai_digits(f"หน้า {number + 1}/{count}")
    width = slip.size(label, font)[0]
    slip.text(painter, label, font, slip.left + slip.width - width, top)
