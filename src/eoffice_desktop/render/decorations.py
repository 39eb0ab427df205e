"""What is drawn around the body: emblem, page numbers, speed and secrecy stamps, rules."""

import functools
import logging
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGlyphRun, QImage, QPainter, QPen, QTextLayout, QTextOption

from eoffice_desktop.render.errors import RenderError

log = logging.getLogger(__name__)


def draw_text(
    painter: QPainter, text: str, font: QFont, color: QColor, *, x: float, top: float, centre: bool = False
) -> tuple[QRectF, list[QGlyphRun]]:
    """Draw one line of text with its top at ``top``; ``x`` is its left edge, or its centre with ``centre``.

    Text goes through QTextLayout like the body, so it is shaped and mapped to Unicode the same way.
    Returns the line's box and its glyph runs.
    """
    layout = QTextLayout(text, font, painter.device())
    layout.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e7)
    layout.endLayout()
    width = line.naturalTextWidth()
    left = x - width / 2 if centre else x
    painter.save()
    painter.setPen(color)
    line.draw(painter, QPointF(left, top))
    painter.restore()
    return QRectF(left, top, width, line.height()), line.glyphRuns()


def _raster(path: Path) -> QImage:
    """The image at ``path``, read once while the file stays the same (a mail merge draws it on every
    letter): QImage is shared implicitly, so the copy handed out costs nothing."""
    try:
        stat = path.stat()
    except OSError:
        return QImage()
    return QImage(_read_raster(str(path), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=4)
def _read_raster(path: str, _mtime_ns: int, _size: int) -> QImage:
    return QImage(path)


class Emblem:
    """The Garuda artwork IT deploys (PNG, JPEG or SVG), drawn at a fixed height keeping its proportions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._svg = None
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(str(path))
            if not renderer.isValid():
                raise RenderError(f"cannot read the emblem image {path} (not a valid SVG)")
            self._svg = renderer
            size = renderer.defaultSize()
            self.aspect = size.width() / size.height() if size.height() else 1.0
        else:
            image = _raster(path)
            if image.isNull():
                raise RenderError(
                    f"cannot read the emblem image {path} (use PNG, JPEG or SVG)",
                    thai=f"อ่านไฟล์ตราครุฑ {path} ไม่ได้ (ใช้ PNG, JPEG หรือ SVG)",
                )
            self.image = image
            self.aspect = image.width() / image.height()

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        if self._svg is not None:
            self._svg.render(painter, rect)
        else:
            painter.drawImage(rect, self.image)


def draw_rule(painter: QPainter, centre_x: float, y: float, width: float, thickness: float) -> None:
    painter.save()
    pen = QPen(QColor("black"))
    pen.setWidthF(thickness)
    painter.setPen(pen)
    painter.drawLine(QPointF(centre_x - width / 2, y), QPointF(centre_x + width / 2, y))
    painter.restore()
