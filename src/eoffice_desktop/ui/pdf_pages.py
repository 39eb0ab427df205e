"""PDF pages as images, for the draft preview, the letter viewer, the signed-revision view and printing.

The preview shows the very PDF the letter becomes (rasterised by PDFium), not a second rendering that could
drift from it. PDFium is not thread-safe: one lock serialises it; call from worker threads, never the GUI.
"""

from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.render.pdfium_access import PDFIUM

_LOCK = PDFIUM  # shared with render/file_copy.py


class PdfViewError(EOfficeError):
    """The PDF cannot be shown."""


@contextmanager
def _document(pdf: bytes) -> Iterator[pdfium.PdfDocument]:
    """``pdf`` opened for rendering, under the lock."""
    with _LOCK:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise PdfViewError(f"cannot show the PDF: {exc}", thai="แสดงไฟล์ PDF ไม่ได้") from exc
        try:
            # without the form environment PDFium draws no widget annotations: a signature's appearance
            # (it lives in the signature field's widget) would be missing from the page
            document.init_forms()
            yield document
        finally:
            document.close()


def _render(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, prefer_bgrx=True, may_draw_forms=True)
        try:
            pixels = bytes(bitmap.buffer)
            image = QImage(
                pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
            ).copy()  # own the pixels: the buffer goes with the bitmap
        finally:
            bitmap.close()
    finally:
        page.close()
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image


def page_images(pdf: bytes, dpi: float = 96.0, max_pages: int | None = None) -> list[QImage]:
    """Each page (up to ``max_pages``) as an RGB image at ``dpi``."""
    with _document(pdf) as document:
        count = len(document) if max_pages is None else min(len(document), max_pages)
        return [_render(document, index, dpi) for index in range(count)]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points (1/72 inch), as shown (rotation applied)."""
    with _document(pdf) as document:
        sizes = []
        for index in range(len(document)):
            page = document[index]
            sizes.append(page.get_size())
            page.close()
        return sizes


def page_image(pdf: bytes, index: int, dpi: float) -> QImage:
    """Page ``index`` alone: printing holds one page's pixels at a time, and the viewer renders between."""
    with _document(pdf) as document:
        return _render(document, index, dpi)
