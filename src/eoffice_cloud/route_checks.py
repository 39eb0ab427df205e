"""What the server checks of the PDF an action on a route carries (docs/routing.md).

A submitted version must be a PDF. An initials or a signature must be the route's current PDF with an
incremental update that adds a signature into the step's reserved field: the new file begins with the
current one's bytes, its newest signature is valid by the letters' rules (verification.py; skipped by a
server that accepts letters unverified), and its signer's certificate is one the server knows for the person
(the first one is learnt).
"""

import hashlib
import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader

from eoffice_cloud.models import Person
from eoffice_cloud.verification import LetterVerifier, Refusal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewSignature:
    """The signature an approve or sign added: its field and its signer's certificate (SHA-256 of the DER),
    None when a server accepting letters unverified could not read one."""

    field: str | None
    certificate: str | None


def not_a_pdf(pdf: bytes) -> Refusal | None:
    if b"%PDF-" in pdf[:1024]:
        return None
    return Refusal("not_a_pdf", "the version submitted is not a PDF file", "ไฟล์ที่เสนอไม่ใช่ไฟล์ PDF")


def check_signed(
    current: bytes,
    signed: bytes,
    field: str,
    verifier: LetterVerifier | None,
    accepts: Callable[[str], bool] | None = None,
) -> Refusal | NewSignature:
    """The refusal of ``signed`` as the next version after ``current``, signed into ``field`` (or a field
    ``accepts``: a step signing again gets a field of its own); else what was added."""
    if len(signed) <= len(current) or not signed.startswith(current):
        return Refusal(
            "not_incremental",
            "the PDF is not the route's current version with a signature added to it (an incremental update)",
            "ไฟล์นี้ไม่ใช่ฉบับปัจจุบันของหนังสือที่เพิ่มลายมือชื่อต่อท้าย (ต้องลงนามบนฉบับล่าสุดโดยไม่แก้ไขเนื้อหา)",
        )
    if verifier is not None:
        refusal = verifier.check(signed)
        if refusal is not None:
            return refusal
    found = newest_signature(signed, len(current))
    if found is None:
        if verifier is None:
            return NewSignature(None, None)
        return Refusal(
            "unsigned",
            "the update adds no signature to the letter",
            "ไฟล์นี้ไม่มีลายมือชื่อที่เพิ่มเข้ามาใหม่",
        )
    if found.field != field and not (found.field and accepts and accepts(found.field)):
        return Refusal(
            "wrong_field",
            f"the new signature is in the field {found.field!r}; this step signs {field!r}",
            f"ลายมือชื่อใหม่อยู่ในช่อง {found.field} แต่ขั้นนี้ต้องลงในช่อง {field}",
        )
    return found


def newest_signature(pdf: bytes, after: int) -> NewSignature | None:
    """The signature whose signed bytes reach past ``after`` (the previous version's length), or None."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        for embedded in reader.embedded_regular_signatures:
            byte_range = list(embedded.sig_object["/ByteRange"])
            if int(byte_range[2]) + int(byte_range[3]) <= after:
                continue
            cert = hashlib.sha256(embedded.signer_cert.dump()).hexdigest()
            return NewSignature(str(embedded.field_name), cert)
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError):
        log.debug("no readable signature in a route's PDF", exc_info=True)
    return None


def certificate_refusal(person: Person, certificate: str | None) -> Refusal | None:
    """422 not_their_certificate when the server knows certificates for ``person`` and ``certificate`` is
    none of them."""
    known = json.loads(person.certificates_json or "[]")
    if certificate is None or not known or certificate in known:
        return None
    return Refusal(
        "not_their_certificate",
        f"the signature is made with a certificate the server does not know for {person.person_id}",
        f"ลายมือชื่อนี้ไม่ได้ทำด้วยใบรับรองที่ลงทะเบียนไว้ของ {person.name}",
    )
