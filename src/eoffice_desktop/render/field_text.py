"""The appearance of a filled blank (the number or the date the saraban desk gives a signed letter): a small
one-page PDF with one line of Thai, shaped and drawn by the same text engine as the letter and given the same
ToUnicode repair, so that it looks like the letter's own text and extracts exactly. The page becomes the
field's appearance stream.
"""

import io
from pathlib import Path

import pikepdf
from PySide6.QtCore import QPointF, QSizeF
from PySide6.QtGui import QColor, QFont, QPageSize, QPainter

from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES
from eoffice_desktop.render.actualtext import add_actual_text
from eoffice_desktop.render.contentscan import DrawnLine, scan_pages
from eoffice_desktop.render.decorations import draw_text
from eoffice_desktop.render.fonts import load_fontset
from eoffice_desktop.render.pdfa import drop_unused_colour_resources
from eoffice_desktop.render.qt import RENDERING, PdfInMemory, ensure_gui_app
from eoffice_desktop.render.tounicode import glyph_texts_of_pdf, write_tounicode
from eoffice_desktop.render.units import pt, to_pt


def render_field_text(
    text: str,
    width_pt: float,
    height_pt: float,
    size_pt: float,
    families: tuple[str, ...] = DEFAULT_FAMILIES,
    font_dirs: tuple[Path, ...] = (),
) -> bytes:
    """A PDF page of ``width_pt`` × ``height_pt`` with ``text`` at ``size_pt``, its line's top at the page's
    top and its left edge at the page's left: where the letter would have set it."""
    with RENDERING:
        return _render(text, width_pt, height_pt, size_pt, families, font_dirs)


def _render(
    text: str,
    width_pt: float,
    height_pt: float,
    size_pt: float,
    families: tuple[str, ...],
    font_dirs: tuple[Path, ...],
) -> bytes:
    ensure_gui_app()
    fonts = load_fontset(families, font_dirs)
    target = PdfInMemory(QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "field"))
    height = pt(height_pt)
    painter = QPainter(target.writer)
    try:
        font = QFont(fonts.family)
        font.setPointSizeF(size_pt)
        rect, runs = draw_text(painter, text, font, QColor("black"), x=0.0, top=0.0)
        drawn = DrawnLine(
            page=0,
            text=text,
            x0=0.0,
            y0=to_pt(height - rect.bottom()),
            x1=width_pt,
            y1=to_pt(height - rect.top()),
            runs=tuple((fonts.regular.postscript_name, tuple(r.glyphIndexes())) for r in runs),
        )
        painter.drawPoint(QPointF(0, 0))  # keeps Qt from trimming an otherwise empty page
    finally:
        painter.end()
    with pikepdf.open(io.BytesIO(target.finish())) as pdf:
        scans = scan_pages(pdf, [drawn])
        texts = glyph_texts_of_pdf(pdf, scans, {f.postscript_name: f.path for f in fonts.faces})
        write_tounicode(pdf, texts)
        add_actual_text(pdf, scans, texts)
        drop_unused_colour_resources(pdf)  # it becomes an appearance in a PDF/A letter
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()
