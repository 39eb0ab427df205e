"""Reserve the signature spots of a letter as empty PDF signature fields, for `sign` to fill in: the signer's
(Signature1) and the initials spots a template declares (Initials1, Initials2, …)."""

from dataclasses import dataclass

import pikepdf

from eoffice_desktop.templates.model import SIGNER_FIELD

SIGNATURE_FIELD = SIGNER_FIELD


@dataclass(frozen=True)
class SignatureBox:
    page: int  # zero-based
    rect: tuple[float, float, float, float]  # PDF points, origin bottom-left: x0, y0, x1, y1


@dataclass(frozen=True)
class ReservedField:
    name: str
    box: SignatureBox


def add_signature_field(pdf: pikepdf.Pdf, box: SignatureBox, name: str = SIGNATURE_FIELD) -> None:
    page = pdf.pages[box.page]
    widget = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Sig,
            T=pikepdf.String(name),
            Rect=pikepdf.Array([round(v, 2) for v in box.rect]),
            F=4,  # print
            P=page.obj,
        )
    )
    annots = page.obj.get("/Annots")
    if annots is None:
        page.obj.Annots = pikepdf.Array([widget])
    else:
        annots.append(widget)
    acroform = pdf.Root.get("/AcroForm")
    if acroform is None:
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([widget]))
    else:
        acroform.Fields.append(widget)
