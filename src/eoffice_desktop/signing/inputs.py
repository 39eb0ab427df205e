"""What may be signed: a PDF, with nothing after an earlier signature but further signatures, document
timestamps and validation data."""

import io

from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm, enumerate_sig_fields
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from eoffice_desktop.signing.errors import InputRefused
from eoffice_desktop.signing.revisions import ENCRYPTED, Problem, after_signing

RESERVED_FIELD = "Signature1"
"""The empty signature field `draft` reserves in a letter's signature block."""


def check_pdf(data: bytes, name: str) -> PdfFileReader:
    """The reader of a PDF that may be signed: readable, not encrypted, and after each earlier signature
    nothing but what the same rule as `verify` allows (signatures, document timestamps, validation data)."""
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise InputRefused(f"{name} is not a PDF", thai=f"{name} ไม่ใช่ไฟล์ PDF")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            raise InputRefused(
                f"{name}: {ENCRYPTED.english}: ask for the letter without a password",
                thai=f"{name}: {ENCRYPTED.thai} ขอไฟล์หนังสือที่ไม่มีรหัสผ่าน",
            )
        signatures: list[EmbeddedPdfSignature] = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise InputRefused(f"{name} is not a readable PDF: {exc}", thai=f"อ่านไฟล์ PDF {name} ไม่ได้") from exc
    for signature in signatures:
        if signature.docmdp_level is MDPPerm.NO_CHANGES:
            raise InputRefused(
                f"{name} is certified by {signature.field_name!r} with no change allowed after it: it cannot "
                "be signed again",
                thai=f"{name} ได้รับการรับรองโดย {signature.field_name} แบบห้ามแก้ไขใด ๆ จึงลงนามเพิ่มไม่ได้",
            )
        try:
            problem = after_signing(signature, data)
        except (PdfReadError, ValueError, KeyError) as exc:
            problem = Problem(f"its structure cannot be read ({exc})", "อ่านโครงสร้างไฟล์ไม่ได้")
        if problem is not None:
            raise InputRefused(
                f"{name} was changed after signature {signature.field_name!r}: {problem.english}; "
                "sign the unchanged file",
                thai=f"{name} มีการแก้ไขหลังจากลงนาม ({signature.field_name}) แล้ว: {problem.thai}",
            )
    return reader


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
