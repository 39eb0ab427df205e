"""Where the reviewers' initials (ลงนามย่อ) spots go: a row in the bottom margin of the last page.

On paper the people a letter passes through initial the file copy at its foot; here each gets an empty
signature field there. The row sits below the text area, so the body, closing and signature block keep the
regulation layout, and it keeps clear of the secrecy stamp at the bottom centre.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from eoffice_desktop.render.builder import InitialsSpots
from eoffice_desktop.render.units import Geometry, cm, pt

GAP_CM = 0.3
"""Between two spots."""

TOP_GAP_CM = 0.1
"""Between the text area and the row: the labels under the spots stay half a centimetre from the edge."""

CLEAR_CM = 1.0
"""Least space between the row and the secrecy stamp at the bottom centre."""

MARK = QColor("#8c8c8c")
"""The grey of the dotted line and the label: seen by whoever initials, discreet on the page."""

LABEL_SIZE_PT = 8.0


def spot_rects(geometry: Geometry, spots: InitialsSpots, keep_clear: float | None) -> list[QRectF]:
    """One rectangle per spot, left to right from the left margin. ``keep_clear``: the half-width of a
    stamp centred on the page (secrecy) that the row must not reach; spots narrow to fit when needed."""
    g = geometry
    gap = cm(GAP_CM)
    end = g.left + g.text_width
    if keep_clear is not None:
        end = min(end, g.page_width / 2 - keep_clear - cm(CLEAR_CM))
    count = len(spots.field_names)
    width = min(spots.width, (end - g.left - gap * (count - 1)) / count)
    top = g.page_height - g.bottom + cm(TOP_GAP_CM)
    return [QRectF(g.left + i * (width + gap), top, width, spots.height) for i in range(count)]


def draw_spot(painter: QPainter, rect: QRectF) -> None:
    """A thin dotted grey line to initial on; the label goes under it."""
    painter.save()
    pen = QPen(MARK)
    pen.setWidthF(pt(0.5))
    pen.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
    painter.restore()
