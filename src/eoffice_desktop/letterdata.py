"""The letter's data travels inside its PDF, as an attached JSON file.

`queue add` reads number, date, subject and recipient from it for the send register and the e-CMS fields.
Signing appends to the PDF incrementally, so the attachment survives and is covered by the signature.
"""

import io
import json
from collections.abc import Mapping
from typing import Any

import pikepdf

ATTACHMENT = "eoffice-letter.json"
FORMAT = 1


def embed_letter_data(pdf: pikepdf.Pdf, template: str, data: Mapping[str, Any]) -> None:
    payload = json.dumps(
        {"format": FORMAT, "template": template, "data": dict(data)},
        ensure_ascii=False,
        indent=1,
        default=str,
    ).encode("utf-8")
    pdf.attachments[ATTACHMENT] = pikepdf.AttachedFileSpec(
        pdf,
        payload,
        filename=ATTACHMENT,
        mime_type="application/json",
        description="eoffice-desktop letter data",
    )


def read_letter_data(pdf_bytes: bytes) -> tuple[str, dict[str, Any]] | None:
    """(template, data) from a PDF made by `draft`, or None when it carries none."""
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            spec = pdf.attachments.get(ATTACHMENT)
            if spec is None:
                return None
            document = json.loads(spec.get_file().read_bytes())
    except (pikepdf.PdfError, ValueError, KeyError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
        return None
    return str(document.get("template", "")), document["data"]
