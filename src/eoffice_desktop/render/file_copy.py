"""The file copy (สำเนาคู่ฉบับ) of a letter: the letter's own pages, marked as the file copy, with the lines
ร่าง / พิมพ์ / ทาน / ตรวจ (who drafted, typed, proof-read and checked it, and when) that the office keeps on
paper where the people on the letter's way initial.

The letter comes rendered (desk/file_copy.py renders it from its data, without reserved signature fields);
what is added here is drawn on a page of its own with Qt's text engine, given the same ToUnicode and
ActualText repair as a letter (its Thai extracts exactly), and laid over the letter's pages as a form
XObject: the mark "สำเนาคู่ฉบับ" in red at the top right of page one, above the text area, and the block at the
bottom left of the last page, below the letter's text and above a stamp at the page's foot (secrecy). When
the last page has no room left for it, the block goes on a page of its own after the letter. The copy
carries no signature fields: it is not signed (a letter's widgets, if any, are dropped).

Nothing here knows about routes: the lines come ready (desk/file_copy.py).
"""

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QGlyphRun, QPageSize, QPainter, QPen, QRawFont

from eoffice_desktop import __version__
from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES
from eoffice_desktop.render.actualtext import add_actual_text
from eoffice_desktop.render.contentscan import DrawnLine, scan_pages
from eoffice_desktop.render.decorations import draw_text
from eoffice_desktop.render.errors import RenderError
from eoffice_desktop.render.fonts import FontSet, load_fontset
from eoffice_desktop.render.pdfa import drop_unused_colour_resources, save_archival
from eoffice_desktop.render.qt import RENDERING, PdfInMemory, ensure_gui_app
from eoffice_desktop.render.tounicode import glyph_texts_of_pdf, write_tounicode
from eoffice_desktop.render.units import cm, pt, to_pt

MARK = "สำเนาคู่ฉบับ"
RED = QColor("#c00000")
MARK_PT = 18.0
MARK_TOP_CM = 0.5
"""The mark's box from the page's top: above the text area, clear of a secrecy stamp (top centre)."""
MARK_PAD_CM = 0.15
SIZE_PT = 12.0
BOTTOM_CM = 1.0
"""Least space between the block and the page's bottom edge."""
GAP_CM = 0.4
"""Least space between the last text of the letter and the block."""
STAMP_GAP_CM = 0.8
"""Least space between the block and a stamp at the page's foot (a secrecy stamp, big red type)."""
COLUMN_GAP_CM = 0.4
EMPTY_WIDTH_CM = 4.5
"""The dotted line of a line with no one on it yet."""
BOLD_WEIGHT = 600


@dataclass(frozen=True)
class CopyLine:
    label: str  # ร่าง, พิมพ์, ทาน, ตรวจ
    name: str = ""  # empty: no one yet (a dotted line is drawn)
    date: str = ""


@dataclass(frozen=True)
class FileCopyContent:
    lines: tuple[CopyLine, ...]
    left_cm: float = 3.0  # the letter's left margin: the block starts there
    right_cm: float = 2.0  # the letter's right margin: the mark ends there
    bottom_cm: float = 2.0  # the letter's bottom margin: text below it is a stamp the block stays above
    mark: str = MARK
    title: str = ""


@dataclass(frozen=True)
class FileCopyResult:
    pdf: bytes
    pages: int


def render_file_copy(
    letter_pdf: bytes,
    content: FileCopyContent,
    families: tuple[str, ...] = DEFAULT_FAMILIES,
    font_dirs: tuple[Path, ...] = (),
) -> FileCopyResult:
    """``letter_pdf`` marked as the file copy, with ``content``'s lines. Any thread may call it; renderings
    run one at a time."""
    with RENDERING:
        return _render(letter_pdf, content, families, font_dirs)


def text_boxes(pdf: bytes, page: int, left: float, right: float) -> list[tuple[float, float]]:
    """The top and bottom (points from the page's top) of every character of the page that reaches between
    ``left`` and ``right`` (points)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    from eoffice_desktop.render.pdfium_access import PDFIUM

    with PDFIUM:
        return _boxes(pdfium.PdfDocument(pdf), page, left, right)


def _boxes(document: Any, page: int, left: float, right: float) -> list[tuple[float, float]]:
    try:
        loaded = document[page]
        height = loaded.get_height()
        text = loaded.get_textpage()
        boxes = []
        for i in range(text.count_chars()):
            x0, y0, x1, y1 = text.get_charbox(i)
            if x1 > x0 and y1 > y0 and x1 >= left and x0 <= right:
                boxes.append((height - y1, height - y0))
        text.close()
        loaded.close()
        return boxes
    finally:
        document.close()


class _Overlay:
    def __init__(self, painter: QPainter, fonts: FontSet, page_height: float) -> None:
        self.painter = painter
        self.fonts = fonts
        self.page_height = page_height
        self.drawn: list[DrawnLine] = []
        self.page = 0

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.fonts.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def _face(self, font: QRawFont) -> str:
        if font.familyName() != self.fonts.family:
            return font.familyName()
        return (self.fonts.bold if font.weight() >= BOLD_WEIGHT else self.fonts.regular).postscript_name

    def text(self, text: str, font: QFont, color: QColor, x: float, top: float) -> QRectF:
        rect, runs = draw_text(self.painter, text, font, color, x=x, top=top)
        glyphs: list[QGlyphRun] = runs
        self.drawn.append(
            DrawnLine(
                page=self.page,
                text=text,
                x0=to_pt(rect.left()),
                y0=to_pt(self.page_height - rect.bottom()),
                x1=to_pt(rect.right()),
                y1=to_pt(self.page_height - rect.top()),
                runs=tuple((self._face(r.rawFont()), tuple(r.glyphIndexes())) for r in glyphs),
            )
        )
        return rect


def _measure(painter: QPainter, text: str, font: QFont) -> tuple[float, float]:
    """Width and height of one line of ``text`` (drawn nowhere: measured by a layout)."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font, painter.device())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e7)
    layout.endLayout()
    return line.naturalTextWidth(), line.height()


def _render(
    letter_pdf: bytes, content: FileCopyContent, families: tuple[str, ...], font_dirs: tuple[Path, ...]
) -> FileCopyResult:
    try:
        letter = pikepdf.open(io.BytesIO(letter_pdf))
    except pikepdf.PdfError as exc:
        raise RenderError(f"the letter's PDF cannot be read: {exc}") from exc
    with letter:
        count = len(letter.pages)
        if not count:
            raise RenderError("the letter's PDF has no pages")
        box = [float(v) for v in letter.pages[-1].mediabox]
        width_pt, height_pt = box[2] - box[0], box[3] - box[1]
        ensure_gui_app()
        fonts = load_fontset(tuple(families), tuple(font_dirs))
        size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "letter")
        target = PdfInMemory(size)
        writer = target.writer
        writer.setCreator(f"eoffice-desktop {__version__}")
        writer.setTitle(content.title or content.mark)
        painter = QPainter(writer)
        height = pt(height_pt)
        overlay = _Overlay(painter, fonts, height)
        try:
            block_page, block_top, block_size = _place_block(letter_pdf, count, overlay, content, height)
            _draw_mark(overlay, content, pt(width_pt))
            writer.newPage()
            overlay.page = 1
            _draw_block(overlay, content, cm(content.left_cm), block_top, block_size)
        finally:
            painter.end()
        with pikepdf.open(io.BytesIO(target.finish())) as drawn:
            scans = scan_pages(drawn, overlay.drawn)
            texts = glyph_texts_of_pdf(drawn, scans, {f.postscript_name: f.path for f in fonts.faces})
            write_tounicode(drawn, texts)
            add_actual_text(drawn, scans, texts)
            drop_unused_colour_resources(drawn)  # its pages become form XObjects in a PDF/A file
            _drop_fields(letter)
            if block_page >= count:
                letter.add_blank_page(page_size=(width_pt, height_pt))
            # the mark under page one's content, so that it comes first in the content's order too; the
            # lines over the last page's, after the letter's text
            first, last = letter.pages[0], letter.pages[block_page]
            first.add_underlay(drawn.pages[0], pikepdf.Rectangle(first.mediabox))
            last.add_overlay(drawn.pages[1], pikepdf.Rectangle(last.mediabox))
            letter.Root.Lang = pikepdf.String("th-TH")
            title = content.title or content.mark
            out = save_archival(letter, title)
            pages = len(letter.pages)
    return FileCopyResult(out, pages)


_Columns = tuple[float, float, float, float]  # label width, name width, line height, block width


def _place_block(
    letter_pdf: bytes, count: int, overlay: _Overlay, content: FileCopyContent, height: float
) -> tuple[int, float, _Columns]:
    """Which page the block goes on, its top (device units) and its columns: the bottom of the last page, or
    of a page of its own after the letter when the last page's text reaches down to where it would be."""
    font = overlay.font(SIZE_PT)
    labels = max((_measure(overlay.painter, line.label, font)[0] for line in content.lines), default=0.0)
    names = max(
        (_measure(overlay.painter, line.name, font)[0] for line in content.lines if line.name),
        default=0.0,
    )
    names = max(names, cm(EMPTY_WIDTH_CM))
    dates = max((_measure(overlay.painter, line.date, font)[0] for line in content.lines), default=0.0)
    line_height = _measure(overlay.painter, "ก่ำ", font)[1]
    gap = cm(COLUMN_GAP_CM)
    width = labels + gap + names + gap + dates
    block_height = line_height * len(content.lines)
    left = cm(content.left_cm)
    boxes = text_boxes(letter_pdf, count - 1, to_pt(left) - 2, to_pt(left + width) + 2)
    text_end = to_pt(height - cm(content.bottom_cm))
    body = [bottom for top, bottom in boxes if top < text_end]
    below = [top for top, _bottom in boxes if top >= text_end]  # a secrecy stamp at the foot: stay above it
    bottom = height - cm(BOTTOM_CM)
    if below:
        bottom = min(bottom, pt(min(below)) - cm(STAMP_GAP_CM))
    top = bottom - block_height
    columns = (labels, names, line_height, width)
    if body and pt(max(body)) + cm(GAP_CM) > top:
        return count, height - cm(BOTTOM_CM) - block_height, columns
    return count - 1, top, columns


def _draw_mark(overlay: _Overlay, content: FileCopyContent, page_width: float) -> None:
    """The mark in a red frame, its right edge on the right margin, above the text area."""
    font = overlay.font(MARK_PT, bold=True)
    width, line = _measure(overlay.painter, content.mark, font)
    pad = cm(MARK_PAD_CM)
    right = page_width - cm(content.right_cm)
    frame = QRectF(right - width - 2 * pad, cm(MARK_TOP_CM), width + 2 * pad, line + pad)
    painter = overlay.painter
    painter.save()
    pen = QPen(RED)
    pen.setWidthF(pt(1.2))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(frame, pt(3), pt(3))
    painter.restore()
    overlay.text(content.mark, font, RED, frame.left() + pad, frame.top() + pad / 2)


def _draw_block(overlay: _Overlay, content: FileCopyContent, left: float, top: float, size: _Columns) -> None:
    labels, names, line_height, _width = size
    font = overlay.font(SIZE_PT)
    black = QColor("black")
    gap = cm(COLUMN_GAP_CM)
    for n, line in enumerate(content.lines):
        y = top + n * line_height
        overlay.text(line.label, font, black, left, y)
        x = left + labels + gap
        if line.name:
            overlay.text(line.name, font, black, x, y)
        else:
            _dots(overlay.painter, x, x + cm(EMPTY_WIDTH_CM), y + line_height * 0.78)
        if line.date:
            overlay.text(line.date, font, black, x + names + gap, y)


def _dots(painter: QPainter, left: float, right: float, y: float) -> None:
    painter.save()
    pen = QPen(QColor("black"))
    pen.setWidthF(pt(0.8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setDashPattern([0.01, 3.0])
    painter.setPen(pen)
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.restore()


def _drop_fields(pdf: pikepdf.Pdf) -> None:
    """No signature fields, no blanks: the file copy is not signed."""
    if "/AcroForm" in pdf.Root:
        del pdf.Root["/AcroForm"]
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        kept = [a for a in annots if a.get("/Subtype") != pikepdf.Name.Widget]
        if kept:
            page.obj.Annots = pikepdf.Array(kept)
        else:
            del page.obj["/Annots"]
