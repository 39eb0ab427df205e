"""Which reserved signature field a signature goes into, and who may certify a letter.

`draft` reserves the signer's field (Signature1) and, as the template declares, the initials fields of the
people a letter passes through (Initials1, Initials2, …). `sign --field NAME` fills one of them; without a
name the signer's field is used while it is empty, else the signature gets a new field of its own.

Certification (DocMDP, "form filling and signing allowed") is for the first signature only: it fixes what
may change afterwards, so the later signatures, in their reserved fields, keep it valid, while any other
change (page content, annotations) breaks it.
"""

from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm, enumerate_sig_fields

from eoffice_desktop.signing.errors import InputRefused
from eoffice_desktop.signing.inputs import empty_signature_field

CERTIFY_PERMISSIONS = MDPPerm.FILL_FORMS
"""What a certified letter still allows: filling in forms and signing (the reserved fields), nothing else."""

FILL_THE_SPOT = SimpleBoxLayoutRule(
    x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID, margins=Margins()
)
"""How the appearance sits in its field: it is made at the field's size, so it fills it (pyHanko's default
5 pt margins would shrink a 1 cm initials stamp by a third)."""


def signature_fields(reader: PdfFileReader) -> dict[str, bool]:
    """Every signature field of the PDF: its name → whether it is signed."""
    return {str(name): value is not None for name, value, _ref in enumerate_sig_fields(reader)}


def choose_field(reader: PdfFileReader, requested: str | None, name: str) -> str | None:
    """The reserved field to sign into: ``requested`` when it exists and is empty (else refused), or without
    a request the signer's field while it is empty; None: the signature makes a field of its own."""
    if requested is None:
        return empty_signature_field(reader)
    found = signature_fields(reader)
    if requested not in found:
        empty = [f for f, signed in found.items() if not signed]
        offer = f"; its empty ones: {', '.join(empty)}" if empty else "; it has no empty one"
        raise InputRefused(
            f"{name} has no signature field {requested!r}{offer}",
            thai=f"{name} ไม่มีช่องลงนามชื่อ {requested}"
            + (f" (ช่องที่ยังว่าง: {', '.join(empty)})" if empty else " (ไม่มีช่องลงนามที่ยังว่าง)"),
        )
    if found[requested]:
        raise InputRefused(
            f"{name}: the signature field {requested!r} is already signed",
            thai=f"{name}: ช่องลงนาม {requested} มีการลงนามแล้ว",
        )
    return requested


def check_may_certify(reader: PdfFileReader, name: str) -> None:
    """Only the first signature of a letter may certify it."""
    if list(reader.embedded_signatures):
        raise InputRefused(
            f"{name} is already signed: only the first signature can certify a letter "
            "(sign without --certify)",
            thai=f"{name} มีลายมือชื่อแล้ว ผู้ลงนามคนแรกเท่านั้นที่รับรองหนังสือ (certify) ได้ ให้ลงนามโดยไม่ใช้ --certify",
        )
