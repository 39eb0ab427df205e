"""Fill the number and date blanks of a signed letter in an incremental update that keeps every signature
valid (see signing/filled.py for what a verifier then allows). The appearance of each value is drawn by the
caller (render/field_text.py): the letter's own font, shaped, with its text repaired."""

import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from eoffice_desktop.signing.errors import SigningError
from eoffice_desktop.signing.filled import BLANK_NAMES, BLANK_PARENT

Appearance = Callable[[str, float, float, float], bytes]
"""``(text, width_pt, height_pt, size_pt)`` → a one-page PDF of that size showing ``text``."""

_SIZE = re.compile(r"([0-9.]+)\s+Tf")
DEFAULT_SIZE_PT = 16.0


@dataclass(frozen=True)
class BlankSpot:
    name: str
    width_pt: float
    height_pt: float
    size_pt: float
    value: str | None


class FillError(SigningError):
    """The letter's blanks cannot be filled (nothing is written)."""


def _reader(pdf: bytes) -> PdfFileReader:
    try:
        return PdfFileReader(io.BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError) as exc:
        raise FillError(f"not a readable PDF: {exc}", thai="ไม่ใช่ไฟล์ PDF ที่อ่านได้") from exc


def _kids(root: generic.DictionaryObject) -> dict[str, generic.IndirectObject]:
    found: dict[str, generic.IndirectObject] = {}
    try:
        fields = root["/AcroForm"]["/Fields"]
    except KeyError:
        return found
    for ref in fields:
        parent = ref.get_object()
        if isinstance(parent, generic.DictionaryObject) and parent.get("/T") == BLANK_PARENT:
            for kid_ref in parent.get("/Kids", ()):
                name = str(kid_ref.get_object().get("/T", ""))
                if name in BLANK_NAMES and isinstance(kid_ref, generic.IndirectObject):
                    found[name] = kid_ref
    return found


def _spot(name: str, kid: generic.DictionaryObject) -> BlankSpot:
    x0, y0, x1, y1 = (float(v) for v in kid["/Rect"])
    size = _SIZE.search(str(kid.get("/DA", "")))
    return BlankSpot(
        name,
        abs(x1 - x0),
        abs(y1 - y0),
        float(size.group(1)) if size else DEFAULT_SIZE_PT,
        str(kid["/V"]) if "/V" in kid else None,
    )


def blank_spots(pdf: bytes) -> dict[str, BlankSpot]:
    """The number and date blanks of ``pdf`` by name (``number``, ``date``); empty when it has none."""
    root = _reader(pdf).root
    kids = _kids(root)
    return {name: _spot(name, ref.get_object()) for name, ref in kids.items()}  # type: ignore[no-untyped-call]


def fill_blanks(pdf: bytes, values: Mapping[str, str], appearance: Appearance) -> bytes:
    """``pdf`` with one incremental update that gives each blank in ``values`` its value and an appearance
    drawn by ``appearance``. Every blank named must be there and empty."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    kids = _kids(writer.root)
    for name, text in values.items():
        ref = kids.get(name)
        if ref is None:
            raise FillError(
                f"the letter has no {name} field to fill: it was not made to be numbered after signing",
                thai="หนังสือนี้ไม่มีช่องเลขที่/วันที่ให้กรอกหลังลงนาม (ออกเลขก่อนลงนามแล้ว)",
            )
        kid = ref.get_object()  # type: ignore[no-untyped-call]
        spot = _spot(name, kid)
        if spot.value is not None:
            raise FillError(
                f"the letter's {name} is filled already ({spot.value})",
                thai=f"หนังสือนี้กรอก{'เลขที่' if name == 'number' else 'วันที่'}แล้ว ({spot.value})",
            )
        page = appearance(text, spot.width_pt, spot.height_pt, spot.size_pt)
        stream = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(page), strict=False))
        kid["/V"] = generic.TextStringObject(text)
        kid["/AP"] = generic.DictionaryObject({generic.NameObject("/N"): stream})  # type: ignore[no-untyped-call]
        writer.mark_update(ref)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()
