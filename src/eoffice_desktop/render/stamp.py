"""The visible signature's appearance: a small one-page PDF with Thai lines, made once per batch.

pyHanko imports this page into every signed letter as a form XObject, so its fonts are subset once per batch
instead of once per letter, and the Thai text gets the same shaping and text repair as the letter itself.
A handwritten-signature image, when the signer has one, is drawn above the lines; it carries no text, so the
lines extract exactly as they do without it.
"""

import io
from collections.abc import Sequence

import pikepdf
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageSize, QPaintDevice, QPainter, QPen

from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES
from eoffice_desktop.render.actualtext import add_actual_text
from eoffice_desktop.render.contentscan import DrawnLine, scan_pages
from eoffice_desktop.render.decorations import draw_text
from eoffice_desktop.render.fonts import load_fontset
from eoffice_desktop.render.pdfa import drop_unused_colour_resources
from eoffice_desktop.render.qt import RENDERING, PdfInMemory, ensure_gui_app
from eoffice_desktop.render.tounicode import glyph_texts_of_pdf, write_tounicode
from eoffice_desktop.render.units import pt, to_pt

INK = "#1f3a93"  # the blue of a signature, so the digital signature is told apart from printed text

MIN_SIZE_PT = 7.0
"""The smallest type of a stamp: a small spot (initials) gets fewer lines rather than smaller type."""
LEADING = 1.55  # line height / type size (Thai marks above and below need the room)


def lines_that_fit(lines: Sequence[str], height_pt: float) -> list[str]:
    """The lines a stamp ``height_pt`` high can hold: when a small spot (initials) cannot take them all, the
    position lines between the name (first) and the time (last) are left out, the last of them first."""
    kept = list(lines)
    while len(kept) > 2 and len(kept) * MIN_SIZE_PT * LEADING > height_pt - 2:
        del kept[-2]
    return kept


IMAGE_SHARE = 0.38
"""Of the stamp's height, what a handwritten-signature image gets above the lines (about)."""


def render_stamp(
    lines: Sequence[str],
    width_pt: float,
    height_pt: float,
    families: tuple[str, ...] = DEFAULT_FAMILIES,
    image: bytes | None = None,
) -> bytes:
    """A PDF page of ``width_pt`` × ``height_pt`` with ``lines`` centred, the first one bold; ``image`` (a
    PNG, see :func:`eoffice_desktop.render.signature_image.signature_png`) is drawn above them, scaled to fit
    and keeping its proportions."""
    with RENDERING:
        return _render_stamp(lines, width_pt, height_pt, families, image)


def _render_stamp(
    lines: Sequence[str],
    width_pt: float,
    height_pt: float,
    families: tuple[str, ...],
    image_data: bytes | None,
) -> bytes:
    ensure_gui_app()
    fonts = load_fontset(families)
    target = PdfInMemory(QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "stamp"))
    width, height = pt(width_pt), pt(height_pt)
    image = QImage.fromData(image_data) if image_data else None
    if image is not None and image.isNull():
        image = None
    if image is None:
        size = max(MIN_SIZE_PT, min(13.0, height_pt / (len(lines) * 1.6 + 0.6)))
    else:  # smaller lines at the foot, so that the handwriting gets a useful height above them
        size = max(8.0, min(11.0, (height_pt * (1 - IMAGE_SHARE) - 3) / (len(lines) * 1.55)))
    size = _narrow_enough(lines, fonts.family, size, width - pt(4), target.writer)
    painter = QPainter(target.writer)
    drawn: list[DrawnLine] = []
    ink = QColor(INK)
    try:
        pen = QPen(ink)
        pen.setWidthF(pt(0.6))
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(pt(1), pt(1), width - pt(2), height - pt(2)), pt(4), pt(4))
        line_height = pt(size * LEADING)
        top = (height - line_height * len(lines)) / 2
        if image is not None:
            top = max(pt(2), height - line_height * len(lines) - pt(2))
            _draw_image(painter, image, QRectF(pt(6), pt(3), width - pt(12), top - pt(2)))
        for index, text in enumerate(lines):
            font = QFont(fonts.family)
            font.setPointSizeF(size)
            font.setBold(index == 0)
            rect, runs = draw_text(
                painter, text, font, ink, x=width / 2, top=top + index * line_height, centre=True
            )
            face = fonts.bold if index == 0 else fonts.regular
            drawn.append(
                DrawnLine(
                    page=0,
                    text=text,
                    x0=0.0,
                    y0=to_pt(height - rect.bottom()),
                    x1=width_pt,
                    y1=to_pt(height - rect.top()),
                    runs=tuple((face.postscript_name, tuple(r.glyphIndexes())) for r in runs),
                )
            )
        painter.drawPoint(QPointF(0, 0))  # keeps Qt from trimming an otherwise empty page
    finally:
        painter.end()
    with pikepdf.open(io.BytesIO(target.finish())) as pdf:
        scans = scan_pages(pdf, drawn)
        texts = glyph_texts_of_pdf(pdf, scans, {f.postscript_name: f.path for f in fonts.faces})
        write_tounicode(pdf, texts)
        add_actual_text(pdf, scans, texts)
        drop_unused_colour_resources(pdf)  # it becomes an appearance in a PDF/A letter
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def _narrow_enough(
    lines: Sequence[str], family: str, size: float, width: float, device: QPaintDevice
) -> float:
    """``size``, or smaller so that the widest line (the first, bold) fits ``width`` (device units)."""
    widest = 0.0
    for index, text in enumerate(lines):
        font = QFont(family)
        font.setPointSizeF(size)
        font.setBold(index == 0)
        widest = max(widest, QFontMetricsF(font, device).horizontalAdvance(text))
    return size if widest <= width else max(MIN_SIZE_PT - 1, size * width / widest)


def _draw_image(painter: QPainter, image: QImage, room: QRectF) -> None:
    """``image`` as large as fits in ``room`` with its proportions, centred, its foot on the room's foot
    (where the hand signs: just above the name)."""
    if room.width() <= 0 or room.height() <= 0:
        return
    scale = min(room.width() / image.width(), room.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    painter.drawImage(
        QRectF(room.center().x() - width / 2, room.bottom() - height, width, height),
        image,
    )
