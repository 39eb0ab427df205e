"""PDF pages as images, for the draft preview and the signed-revision view.

The preview shows the very PDF the letter becomes (rasterised by PDFium), not a second rendering that could
drift from it. PDFium is not thread-safe: one lock serialises it; call from worker threads, never the GUI.
"""

import threading

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

from eoffice_desktop.errors import EOfficeError

_LOCK = threading.Lock()


class PdfViewError(EOfficeError):
    """The PDF cannot be shown."""


def page_images(pdf: bytes, dpi: float = 96.0, max_pages: int | None = None) -> list[QImage]:
    """Each page (up to ``max_pages``) as an RGB image at ``dpi``."""
    with _LOCK:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise PdfViewError(f"cannot show the PDF: {exc}", thai="แสดงไฟล์ PDF ไม่ได้") from exc
        try:
            # without the form environment PDFium draws no widget annotations: a signature's appearance
            # (it lives in the signature field's widget) would be missing from the signed revision
            document.init_forms()
            count = len(document) if max_pages is None else min(len(document), max_pages)
            images = []
            for index in range(count):
                page = document[index]
                bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, prefer_bgrx=True)
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBX8888,
                ).copy()  # own the pixels: the buffer goes with the bitmap
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                images.append(image)
                bitmap.close()
                page.close()
            return images
        finally:
            document.close()
