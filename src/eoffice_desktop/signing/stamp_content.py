"""A signature appearance from a PDF held in memory.

pyHanko's ``StaticStampStyle.from_pdf_file`` (``content.ImportedPdfPage``) reads its page from a file name;
this is the same import, over bytes, through ``PdfContent``'s public parts (``writer``, ``resources``,
``box``) and the writer's ``import_page_as_xobject``: no temporary file.
"""

import binascii
import io
import uuid

from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.stamp import StaticStampStyle

from eoffice_desktop.signing.reserved import FILL_THE_SPOT


class ImportedPdfBytes(PdfContent):
    """The first page of a PDF given as bytes, as a form XObject sized like the page."""

    def __init__(self, data: bytes, page_ix: int = 0) -> None:
        super().__init__()
        self.data = data
        self.page_ix = page_ix

    def render(self) -> bytes:
        if self.writer is None:
            raise ValueError("PDF writer is not set")
        reader = PdfFileReader(io.BytesIO(self.data))
        xobject = self.writer.import_page_as_xobject(reader, page_ix=self.page_ix)
        name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[name.decode("ascii")] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name + b" Do"


def stamp_style(pdf: bytes) -> StaticStampStyle:
    """The appearance of one signature: ``pdf``'s first page, borderless. Made per document (its resources
    belong to the document it is drawn into)."""
    return StaticStampStyle(background=ImportedPdfBytes(pdf), border_width=0, background_layout=FILL_THE_SPOT)
