"""The number and the date left blank for the saraban desk (numbering after the signature).

The letter's values carry a private-use mark where the number or the date goes; the layout sets a no-break
space there instead (a line keeps its height and its label), and the place becomes an empty text field of
the PDF, ``eoffice.number`` or ``eoffice.date``, that `eoffice-desktop number` fills once the letter is
signed. The labels (ที่, วันที่) stay printed.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf
from PySide6.QtGui import QTextDocument

from eoffice_desktop.render.signature_field import SignatureBox

FIELD_PARENT = "eoffice"
"""The parent field of the blanks: their full names are ``eoffice.number`` and ``eoffice.date``."""

MARKS = {"number": "\ue000", "date": "\ue001"}
"""What a letter's value holds for a blank (values formatted keep private-use characters as they are)."""

SHOWN = "\u00a0"
"""What the layout sets in a blank's place."""

_NAMES = {mark: name for name, mark in MARKS.items()}


@dataclass(frozen=True)
class Blank:
    """Where a blank is in the laid-out letter: ``position`` in block ``block`` of ``doc``."""

    name: str  # "number" or "date"
    doc: QTextDocument
    block: int
    position: int
    size_pt: float


def shown_blanks(text: str) -> tuple[str, list[tuple[str, int]]]:
    """``text`` with its marks set as :data:`SHOWN`, and which blank is at which index."""
    found = [(_NAMES[c], i) for i, c in enumerate(text) if c in _NAMES]
    if not found:
        return text, []
    return "".join(SHOWN if c in _NAMES else c for c in text), found


@dataclass(frozen=True)
class BlankField:
    """A blank as the PDF's text field: its widget's box, and the type size the filled text gets."""

    name: str
    box: SignatureBox
    size_pt: float


READ_ONLY = 1
"""/Ff bit 1: a viewer does not let a person type into the field; `number` fills it."""


def default_appearance(size_pt: float) -> str:
    """The field's /DA: its type size; the appearance itself is drawn with the letter's own font."""
    return f"/Helv {size_pt:g} Tf 0 g"


def add_blank_fields(pdf: pikepdf.Pdf, blanks: Sequence[BlankField]) -> None:
    """Empty text fields ``eoffice.number`` and ``eoffice.date`` (kids of one ``eoffice`` field) with a
    widget each where the blank is; no value and no appearance until they are filled."""
    parent = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String(FIELD_PARENT), Kids=pikepdf.Array()))
    for blank in blanks:
        page = pdf.pages[blank.box.page]
        widget = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Tx,
                T=pikepdf.String(blank.name),
                Parent=parent,
                Ff=READ_ONLY,
                DA=pikepdf.String(default_appearance(blank.size_pt)),
                Rect=pikepdf.Array([round(v, 2) for v in blank.box.rect]),
                F=4,  # print
                P=page.obj,
            )
        )
        parent.Kids.append(widget)
        annots = page.obj.get("/Annots")
        if annots is None:
            page.obj.Annots = pikepdf.Array([widget])
        else:
            annots.append(widget)
    acroform = pdf.Root.get("/AcroForm")
    if acroform is None:
        acroform = pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array())
    acroform.Fields.append(parent)
    helvetica = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    acroform.DR = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pdf.make_indirect(helvetica)))
    acroform.DA = pikepdf.String(default_appearance(blanks[0].size_pt))
