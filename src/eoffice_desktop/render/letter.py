"""Render a validated letter to PDF bytes: layout, pagination, decorations, then the ToUnicode repair."""

import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
)

from eoffice_desktop import __version__
from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES
from eoffice_desktop.domain.thai import thai_digits
from eoffice_desktop.letterdata import embed_letter_data
from eoffice_desktop.render.actualtext import add_actual_text
from eoffice_desktop.render.blanks import BlankField, add_blank_fields
from eoffice_desktop.render.builder import BuiltDocument, DocumentBuilder, InitialsSpots, StampSpot
from eoffice_desktop.render.contentscan import DrawnLine, scan_pages
from eoffice_desktop.render.decorations import Emblem, draw_rule, draw_text
from eoffice_desktop.render.errors import RenderError
from eoffice_desktop.render.fonts import FontSet, load_fontset
from eoffice_desktop.render.initials import LABEL_SIZE_PT, MARK, draw_spot, spot_rects
from eoffice_desktop.render.justify import draw_justified
from eoffice_desktop.render.paginate import Page, PlacedLine, page_breaks, paginate, placed_lines
from eoffice_desktop.render.pdfa import save_archival
from eoffice_desktop.render.qt import RENDERING, PdfInMemory, ensure_gui_app, thai_line_breaking_available
from eoffice_desktop.render.signature_field import ReservedField, SignatureBox, add_signature_field
from eoffice_desktop.render.tounicode import glyph_texts_of_pdf, write_tounicode
from eoffice_desktop.render.units import A4_HEIGHT_CM, A4_WIDTH_CM, Geometry, cm, pt, to_pt
from eoffice_desktop.templates.model import Template

log = logging.getLogger(__name__)

BOLD_WEIGHT = 600

LEADER_WIDTH_PT = 0.8
"""The dots of a leader: their diameter, and the distance from one to the next."""
LEADER_PITCH_PT = 2.4
LEADER_GAP_PT = 3.0
"""Between a label and the start of its leader."""
LEADER_DROP = 0.9
"""How far below the baseline a leader runs, as a share of the line's descent (clear of Thai lower vowels)."""

SPEED_GAP_CM = 0.4
"""Least space between a memo's speed stamp and the heading beside it."""
SPEED_MIN_PT = 20.0
"""The smallest a speed stamp is set beside a memo's heading (the labels are 20 pt): below, it goes above."""


@dataclass(frozen=True)
class RenderOptions:
    emblem: Path | None = None
    font_families: tuple[str, ...] = DEFAULT_FAMILIES
    font_dirs: tuple[Path, ...] = ()
    embed_data: Mapping[str, Any] | None = (
        None  # the letter's data, carried inside the PDF (see eoffice_desktop.letterdata)
    )


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    pages: int
    signature: SignatureBox | None  # the signer's spot
    font_family: str
    warnings: tuple[str, ...] = field(default_factory=tuple)
    fields: tuple[ReservedField, ...] = ()  # every signature field reserved: the signer's, then initials
    blanks: tuple[BlankField, ...] = ()  # the number and date left for the saraban desk, as text fields


def _geometry(template: Template) -> Geometry:
    p = template.page
    return Geometry(
        page_width=cm(A4_WIDTH_CM),
        page_height=cm(A4_HEIGHT_CM),
        left=cm(p.margin_left_cm),
        right=cm(p.margin_right_cm),
        top=cm(p.margin_top_cm),
        bottom=cm(p.margin_bottom_cm),
        content_top=cm(p.content_top_cm),
    )


class _LetterPainter:
    def __init__(self, template: Template, values: Mapping[str, Any], fonts: FontSet, emblem: Emblem | None):
        self.template = template
        self.values = values
        self.fonts = fonts
        self.emblem = emblem
        self.geometry = _geometry(template)
        self.red = QColor(template.stamps.color)
        self.drawn: list[DrawnLine] = []
        self.blanks: list[BlankField] = []
        self._page = 0

    def _face(self, font: QRawFont) -> str:
        """Which embedded face a glyph run uses: the PostScript name the PDF font will carry."""
        if font.familyName() != self.fonts.family:
            return font.familyName()  # a fallback font Qt picked; its codes are matched by shape
        return (self.fonts.bold if font.weight() >= BOLD_WEIGHT else self.fonts.regular).postscript_name

    def _record(self, text: str, rect: QRectF, runs: list[QGlyphRun]) -> None:
        g = self.geometry
        self.drawn.append(
            DrawnLine(
                page=self._page,
                text=text,
                x0=to_pt(rect.left()),
                y0=to_pt(g.page_height - rect.bottom()),
                x1=to_pt(rect.right()),
                y1=to_pt(g.page_height - rect.top()),
                runs=tuple((self._face(r.rawFont()), tuple(r.glyphIndexes())) for r in runs),
            )
        )

    def _text(
        self, text: str, font: QFont, color: QColor, *, x: float, top: float, centre: bool = False
    ) -> None:
        rect, runs = draw_text(self._painter, text, font, color, x=x, top=top, centre=centre)
        self._record(text, rect, runs)

    def paint(self, writer: QPdfWriter, built: BuiltDocument, pages: list[Page]) -> list[ReservedField]:
        """Paint the pages; return the signature fields to reserve, the signer's first."""
        painter = QPainter(writer)
        self._painter = painter
        g = self.geometry
        reserved: list[ReservedField] = []
        # the initials go with the signature: on the tail's page, before any list attached after it
        tail_page = max(
            (n for n, page in enumerate(pages) for placed in page.lines if placed.tail),
            default=len(pages) - 1,
        )
        try:
            for number, page in enumerate(pages):
                if number:
                    writer.newPage()
                self._page = number
                self._decorate(painter, number, len(pages), self._heading(page) if number == 0 else None)
                shift = g.body_top(number) - page.start
                for placed in page.lines:
                    line = placed.layout.lineAt(placed.line)
                    origin = QPointF(g.left + placed.origin.x(), shift + placed.origin.y() + placed.drop)
                    if placed.justified:
                        doc = placed.doc or built.doc
                        text = doc.findBlockByNumber(placed.block).text()
                        runs = draw_justified(painter, line, text, origin)
                    else:
                        line.draw(painter, origin)
                        runs = line.glyphRuns()
                    left, right = placed.column
                    box = QRectF(g.left + left, origin.y() + line.y(), right - left, line.height())
                    self._record(placed.text, box, runs)
                    self._blanks(number, placed, built, origin.x(), g.left + right, box)
                    self._leader(painter, placed, built, origin, g.left + right)
                for rule in built.rules:
                    for placed in page.lines:
                        if placed.block == rule.block:
                            y = shift + (placed.top + placed.bottom) / 2
                            draw_rule(painter, g.left + g.text_width / 2, y, rule.width, pt(0.75))
                spot = built.signature
                if spot is not None:
                    for placed in page.lines:
                        if placed.block == spot.name_block and placed.line == 0:
                            top = shift + placed.top - spot.space
                            area = QRectF(g.left + spot.left, top, spot.width, spot.space)
                            reserved.insert(0, ReservedField(spot.field_name, self._box(number, area)))
                for stamp in built.stamps:
                    for placed in page.lines:
                        if placed.block == stamp.block and placed.line == 0:
                            self._stamp(painter, stamp, shift + placed.top)
                if built.initials is not None and number == tail_page:
                    reserved += self._initials(painter, number, built.initials)
        finally:
            painter.end()
        return reserved

    def _blanks(
        self, number: int, placed: PlacedLine, built: BuiltDocument, left: float, right: float, box: QRectF
    ) -> None:
        """The blanks set on this line: from where the blank starts to the end of the line's column."""
        line = placed.layout.lineAt(placed.line)
        for blank in built.blanks:
            if blank.doc is not placed.doc or blank.block != placed.block:
                continue
            if not line.textStart() <= blank.position <= line.textStart() + line.textLength():
                continue
            found = line.cursorToX(blank.position)  # PySide6: (x, position)
            x = float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]
            area = QRectF(left + x, box.top(), right - left - x, box.height())
            self.blanks.append(BlankField(blank.name, self._box(number, area), blank.size_pt))

    def _leader(
        self, painter: QPainter, placed: PlacedLine, built: BuiltDocument, origin: QPointF, right: float
    ) -> None:
        """The dotted line under a line of a memo's head (ส่วนราชการ, ที่, วันที่, เรื่อง), as on the form: from
        after the label (on the first line; from the text's start on the others) to the column's end."""
        leader = next((ld for ld in built.leaders if ld.doc is placed.doc and ld.block == placed.block), None)
        if leader is None:
            return
        line = placed.layout.lineAt(placed.line)
        start = leader.label if placed.line == 0 and leader.label else line.textStart()
        found = line.cursorToX(start)  # PySide6: (x, position)
        x = float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]
        left = origin.x() + x + (pt(LEADER_GAP_PT) if placed.line == 0 and leader.label else 0.0)
        y = origin.y() + line.y() + line.ascent() + line.descent() * LEADER_DROP
        if right < self.geometry.left + self.geometry.text_width - 1:  # a cell's: stop short of the next one
            right -= pt(LEADER_GAP_PT)
        if right - left < pt(6):
            return
        painter.save()
        pen = QPen(QColor("black"))
        pen.setWidthF(pt(LEADER_WIDTH_PT))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setDashPattern([0.01, LEADER_PITCH_PT / LEADER_WIDTH_PT])
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.restore()

    def _box(self, page: int, rect: QRectF) -> SignatureBox:
        """A rectangle in device units, top-left origin → the PDF's points, bottom-left origin."""
        g = self.geometry
        return SignatureBox(
            page=page,
            rect=(
                to_pt(rect.left()),
                to_pt(g.page_height - rect.bottom()),
                to_pt(rect.right()),
                to_pt(g.page_height - rect.top()),
            ),
        )

    def _initials(self, painter: QPainter, number: int, spots: InitialsSpots) -> list[ReservedField]:
        keep_clear = None
        secrecy = self.values.get(self.template.stamps.secrecy_field)
        if secrecy:
            metrics = QFontMetricsF(self._font(self.template.stamps.secrecy_size_pt), painter.device())
            keep_clear = metrics.horizontalAdvance(str(secrecy)) / 2
        font = self._font(LABEL_SIZE_PT, False)
        metrics = QFontMetricsF(font, painter.device())
        reserved = []
        for name, label, rect in zip(
            spots.field_names, spots.labels, spot_rects(self.geometry, spots, keep_clear), strict=True
        ):
            draw_spot(painter, rect)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, rect.width())
            self._text(shown, font, MARK, x=rect.center().x(), top=rect.bottom() + pt(1), centre=True)
            reserved.append(ReservedField(name, self._box(number, rect)))
        return reserved

    def _stamp(self, painter: QPainter, stamp: StampSpot, bottom: float) -> None:
        """The place of the department's stamp: a thin dotted grey circle ending at ``bottom``, its label
        inside, discreet as the initials spots are; the stamp is set over it."""
        g = self.geometry
        rect = QRectF(
            g.left + stamp.centre - stamp.diameter / 2,
            bottom - stamp.diameter,
            stamp.diameter,
            stamp.diameter,
        )
        painter.save()
        pen = QPen(MARK)
        pen.setWidthF(pt(0.5))
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        painter.restore()
        font = self._font(LABEL_SIZE_PT, False)
        height = QFontMetricsF(font, painter.device()).height()
        self._text(
            stamp.label, font, MARK, x=rect.center().x(), top=rect.center().y() - height / 2, centre=True
        )

    def _font(self, size: float, bold: bool = True) -> QFont:
        font = QFont(self.fonts.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def _speed_beside_emblem(
        self, painter: QPainter, speed: str, left: float, top: float, heading: tuple[QRectF, float] | None
    ) -> None:
        """The speed stamp between a top-left emblem and the heading (บันทึกข้อความ), never over the heading:
        smaller type when the gap is narrow; above the emblem's band, at the margin, when even the smallest
        size does not fit there."""
        size = self.template.stamps.speed_size_pt
        width = QFontMetricsF(self._font(size), painter.device()).horizontalAdvance(speed)
        room = heading[0].left() - cm(SPEED_GAP_CM) - left if heading is not None else width
        if width > room:
            size = max(size * room / width, 0.0)
        if size >= SPEED_MIN_PT:
            font = self._font(size)
            if heading is not None:  # on the heading's baseline
                y = heading[1] - QFontMetricsF(font, painter.device()).ascent()
            else:
                y = top - pt(4)
            self._text(speed, font, self.red, x=left, top=y)
            return
        font = self._font(SPEED_MIN_PT)
        line = QFontMetricsF(font, painter.device()).height()
        self._text(speed, font, self.red, x=self.geometry.left, top=max(top - line, cm(0.2)))

    def _heading(self, page: Page) -> tuple[QRectF, float] | None:
        """The box of page one's first line of text (the heading of a memo), in device units."""
        if not page.lines:
            return None
        placed = page.lines[0]
        line = placed.layout.lineAt(placed.line)
        g = self.geometry
        found = line.cursorToX(line.textStart())  # PySide6: (x, position)
        x = float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]
        shift = g.body_top(0) - page.start
        left = g.left + placed.origin.x() + x
        box = QRectF(left, shift + placed.top, line.naturalTextWidth(), placed.bottom - placed.top)
        return box, shift + placed.baseline

    def _decorate(
        self, painter: QPainter, number: int, count: int, heading: tuple[QRectF, float] | None = None
    ) -> None:
        g, t = self.geometry, self.template
        centre = g.left + g.text_width / 2
        if number == 0 and t.emblem is not None:
            height = cm(t.emblem.height_cm)
            top = cm(t.emblem.top_cm)
            if self.emblem is not None:
                width = height * self.emblem.aspect
                left = centre - width / 2 if t.emblem.position == "top-center" else g.left
                self.emblem.draw(painter, QRectF(left, top, width, height))
            speed = self.values.get(t.stamps.speed_field)
            if speed:
                font = self._font(t.stamps.speed_size_pt)
                if t.emblem.position == "top-center":
                    self._text(speed, font, self.red, x=g.left, top=top + height / 2 - pt(24))
                else:  # beside a top-left emblem, before the heading
                    width = height * (self.emblem.aspect if self.emblem else 1.0)
                    self._speed_beside_emblem(painter, speed, g.left + width + cm(0.4), top, heading)
        if number > 0:
            label = thai_digits(t.page.page_number.format(page=number + 1, pages=count))
            font = self._font(t.page.font_size_pt, False)
            self._text(label, font, QColor("black"), x=centre, top=cm(t.page.page_number_top_cm), centre=True)
        secrecy = self.values.get(t.stamps.secrecy_field)
        if secrecy:
            font = self._font(t.stamps.secrecy_size_pt)
            page_centre = g.page_width / 2
            self._text(secrecy, font, self.red, x=page_centre, top=cm(0.3), centre=True)
            self._text(secrecy, font, self.red, x=page_centre, top=g.page_height - cm(1.5), centre=True)


def render_letter(
    template: Template, values: Mapping[str, Any], options: RenderOptions = RenderOptions()
) -> RenderResult:
    """Render validated ``values`` (see :func:`eoffice_desktop.domain.fields.validate`) with ``template``.

    Any thread may call it; renderings run one at a time."""
    with RENDERING:
        return _render_letter(template, values, options)


def _render_letter(template: Template, values: Mapping[str, Any], options: RenderOptions) -> RenderResult:
    ensure_gui_app()
    warnings: list[str] = []
    if not thai_line_breaking_available():
        warnings.append("Thai word breaking is unavailable (install libthai0): lines break only at spaces")
    fonts = load_fontset(tuple(options.font_families), tuple(options.font_dirs))
    emblem = Emblem(options.emblem) if options.emblem else None
    if template.emblem is not None and emblem is None:
        warnings.append("no emblem image configured: the emblem space is left empty (use --emblem PATH)")

    target = PdfInMemory(QPageSize(QPageSize.PageSizeId.A4))
    writer = target.writer
    writer.setCreator(f"eoffice-desktop {__version__}")
    writer.setTitle(str(values.get("subject", template.title)))

    painter_ = _LetterPainter(template, values, fonts, emblem)
    builder = DocumentBuilder(writer, fonts.family, template.page, painter_.geometry)
    built = builder.add(template.elements, values)
    lines = placed_lines(built)
    pages = paginate(lines, painter_.geometry, page_breaks(built, lines))
    reserved = painter_.paint(writer, built, pages)
    signer_field = built.signature.field_name if built.signature else None
    signature = next((r.box for r in reserved if r.name == signer_field), None)
    written = target.finish()  # QPainter.end() in paint() has finished the PDF
    try:
        pdf = pikepdf.open(io.BytesIO(written))
    except pikepdf.PdfError as exc:  # pragma: no cover - Qt wrote something unreadable
        raise RenderError(f"the PDF writer produced an unreadable file: {exc}") from exc
    with pdf:
        sources = {face.postscript_name: face.path for face in fonts.faces}
        scans = scan_pages(pdf, painter_.drawn)
        texts = glyph_texts_of_pdf(pdf, scans, sources)
        write_tounicode(pdf, texts)
        add_actual_text(pdf, scans, texts)
        for spot in reserved:
            add_signature_field(pdf, spot.box, spot.name)
        if painter_.blanks:
            add_blank_fields(pdf, painter_.blanks)
        pdf.Root.Lang = pikepdf.String("th-TH")
        if options.embed_data is not None:
            embed_letter_data(pdf, template.id, options.embed_data)
        out = save_archival(pdf)
    for warning in warnings:
        log.debug("%s", warning)
    return RenderResult(
        out, len(pages), signature, fonts.family, tuple(warnings), tuple(reserved), tuple(painter_.blanks)
    )
