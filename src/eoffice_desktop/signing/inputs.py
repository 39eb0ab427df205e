"""What may be signed: a PDF, with no changes after an earlier signature."""

import io

from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from eoffice_desktop.signing.errors import InputRefused

RESERVED_FIELD = "Signature1"
"""The empty signature field `draft` reserves in a letter's signature block."""


def check_pdf(data: bytes, name: str) -> PdfFileReader:
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise InputRefused(f"{name} is not a PDF", thai=f"{name} ไม่ใช่ไฟล์ PDF")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures: list[EmbeddedPdfSignature] = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise InputRefused(f"{name} is not a readable PDF: {exc}", thai=f"อ่านไฟล์ PDF {name} ไม่ได้") from exc
    for signature in signatures:
        if signature.signed_revision != reader.xrefs.total_revisions - 1 or not _covers_file(signature, data):
            raise InputRefused(
                f"{name} was changed after signature {signature.field_name!r}: sign the unchanged file",
                thai=f"{name} มีการแก้ไขหลังจากลงนาม ({signature.field_name}) แล้ว",
            )
    return reader


def _covers_file(signature: EmbeddedPdfSignature, data: bytes) -> bool:
    byte_range = signature.sig_object["/ByteRange"]
    return int(byte_range[2]) + int(byte_range[3]) == len(data.rstrip(b"\r\n\x00 ")) or int(
        byte_range[2]
    ) + int(byte_range[3]) == len(data)


def reserved_size(reader: PdfFileReader, field: str = RESERVED_FIELD) -> tuple[float, float] | None:
    """Width and height (points) of the empty reserved ``field`` (the signer's unless named), so the
    appearance can be made to fit it."""
    for name, _value, ref in enumerate_sig_fields(reader, filled_status=False):
        if name == field:
            rect = [float(v) for v in ref.get_object().get("/Rect", [])]
            if len(rect) == 4:
                return abs(rect[2] - rect[0]), abs(rect[3] - rect[1])
    return None


def empty_signature_field(reader: PdfFileReader) -> str | None:
    """The reserved field when the letter has it and it is still empty, else None."""
    for name, value, _ref in enumerate_sig_fields(reader, filled_status=False):
        if name == RESERVED_FIELD and value is None:
            return str(name)
    return None
