"""Numbering after the signature (``[routing] numbering = "after"``): the letter goes on its route with the
number and the date left as empty form fields (render/blanks.py), and once it is signed the saraban desk
gives it the next number of its series from the leased block and the date (`eoffice-desktop number ID`),
offline, in an incremental update that keeps every signature valid (signing/fill.py, signing/filled.py).
"""

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from eoffice_desktop.domain.fields import FieldType
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.numbering import CIRCULAR_MARK, DocumentNumber
from eoffice_desktop.domain.thai import be_year, thai_date
from eoffice_desktop.drafting import validate_letter
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.templates import Template
from eoffice_desktop.workspace import Workspace

BEFORE, AFTER = "before", "after"


class NumberingError(EOfficeError):
    """A letter that cannot be numbered after its signature (nothing is written, no number is taken)."""


@dataclass(frozen=True)
class Numbered:
    letter_id: str
    number: str  # as printed: Thai digits
    date: str  # as printed: ๕ ธันวาคม ๒๕๖๙
    pdf_sha256: str


def _field(template: Template, kind: FieldType) -> str:
    found = next((f.name for f in template.fields if f.type is kind), None)
    if found is None:
        what = "document number" if kind is FieldType.DOC_NUMBER else "date"
        raise NumberingError(
            f"template {template.id} has no {what}: it cannot be numbered after signing",
            thai=f"แบบหนังสือ {template.id} ไม่มี{'เลขที่หนังสือ' if kind is FieldType.DOC_NUMBER else 'วันที่'}",
        )
    return found


def _provisional_number(text: str) -> str:
    """Any number of the series the letter's number field names, to check the rest of the letter with."""
    from eoffice_desktop.desk.drafts import series_of

    series = series_of(text)
    circular = series.endswith(f"/{CIRCULAR_MARK}")
    return str(DocumentNumber(series.removesuffix(f"/{CIRCULAR_MARK}").strip(), 1, circular))


def blank_pdf(workspace: Workspace, template: Template, data: Mapping[str, Any]) -> bytes:
    """The PDF that goes on the route: the whole letter checked, with its number and date left blank. The
    number field holds the series (ดศ 0201, or ดศ 0201/ว for a circular letter); the date may be absent."""
    from eoffice_desktop.render import render_letter
    from eoffice_desktop.render.blanks import MARKS

    number, date = _field(template, FieldType.DOC_NUMBER), _field(template, FieldType.DATE)
    checked = dict(data)
    checked[number] = _provisional_number(str(data.get(number) or ""))
    checked[date] = dt.date.today().isoformat()
    values = validate_letter(template, checked, workspace.services.templates)
    values[number], values[date] = MARKS["number"], MARKS["date"]
    options = dataclasses.replace(workspace.services.render_options(), embed_data=dict(data))
    return render_letter(template, values, options).pdf


def _letter_data(workspace: Workspace, letter_id: str, pdf: bytes) -> tuple[Template, dict[str, Any]]:
    """The letter's template and data: as stored here, or as the PDF carries them (a letter this
    workstation knows only from its route)."""
    from eoffice_desktop.letterdata import read_letter_data

    record = workspace.letters.get(letter_id)
    data = workspace.letters.data(letter_id)
    template = workspace.services.templates.get(record.template)
    number = _field(template, FieldType.DOC_NUMBER)
    if not data.get(number):
        carried = read_letter_data(pdf)
        if carried is not None and carried[1].get(number):
            template = workspace.services.templates.get(carried[0] or record.template)
            data = {**carried[1], **data}
    if not data.get(number):
        raise NumberingError(
            f"letter {letter_id} names no series to number it in",
            thai="หนังสือนี้ไม่ระบุอักษรย่อและเลขประจำส่วนราชการสำหรับออกเลข",
        )
    return template, data


def _with_era(template: Template, date_field: str) -> bool:
    """The date is written as the template prints it: with พ.ศ. where its text says ``{date:be}`` (orders,
    announcements: "สั่ง ณ วันที่ ๕ ธันวาคม พ.ศ. ๒๕๖๙")."""
    return any(f"{{{date_field}:be}}" in element.text for element in template.elements)


def number_letter(workspace: Workspace, letter_id: str, date: dt.date | None = None) -> Numbered:
    """Give the signed letter ``letter_id`` the next number of its series (offline, from the leased block)
    and ``date`` (default today), filled into its blanks; the letter's number and date follow. A letter
    not signed, or without blanks, or numbered already: NumberingError, and no number is taken."""
    from eoffice_desktop.desk.drafts import series_of, take_number
    from eoffice_desktop.render.field_text import render_field_text
    from eoffice_desktop.signing.fill import blank_spots, fill_blanks
    from eoffice_desktop.store.numbered import record_numbered

    record = workspace.letters.get(letter_id)
    if record.state is not LetterState.SIGNED or not record.signed or record.pdf_sha256 is None:
        raise NumberingError(
            f"letter {letter_id} is not signed ({record.state.value}): the saraban desk numbers a letter "
            "once it is signed",
            thai=f"หนังสือนี้ยังไม่ได้ลงนาม (สถานะ{record.state.thai}) ออกเลขได้เมื่อลงนามแล้ว",
        )
    signed = workspace.store.get_blob(record.pdf_sha256)
    spots = blank_spots(signed)
    if set(spots) != {"number", "date"}:
        raise NumberingError(
            f"letter {letter_id} was numbered before signing: it has no blanks for the number and date",
            thai="หนังสือนี้ออกเลขก่อนลงนามแล้ว ไม่มีช่องเลขที่และวันที่ให้กรอก",
        )
    if any(spot.value is not None for spot in spots.values()):
        raise NumberingError(
            f"letter {letter_id} is numbered already ({spots['number'].value})",
            thai=f"หนังสือนี้ออกเลขแล้ว ({spots['number'].value})",
        )
    template, data = _letter_data(workspace, letter_id, signed)
    number_field, date_field = _field(template, FieldType.DOC_NUMBER), _field(template, FieldType.DATE)
    day = date or dt.date.today()
    series = series_of(str(data[number_field]))
    number = take_number(workspace, series, be_year(day))
    shown = {
        "number": str(DocumentNumber.parse(number)),
        "date": thai_date(day, with_era=_with_era(template, date_field)),
    }
    options = workspace.services.render_options()

    def appearance(text: str, width: float, height: float, size: float) -> bytes:
        return render_field_text(text, width, height, size, options.font_families, options.font_dirs)

    filled = fill_blanks(signed, shown, appearance)
    numbered = {**data, number_field: number, date_field: day.isoformat()}
    stored = record_numbered(workspace.store, workspace.actor, letter_id, filled, numbered)
    assert stored.pdf_sha256 is not None
    return Numbered(letter_id, shown["number"], shown["date"], stored.pdf_sha256)


def awaiting_number(workspace: Workspace, letter_id: str) -> bool:
    """Whether ``letter_id`` is signed with its number and date left blank, for the saraban desk to fill
    (:func:`number_letter`); reads the signed PDF's form (a worker's job)."""
    from eoffice_desktop.signing.fill import blank_spots

    record = workspace.letters.get(letter_id)
    if record.state is not LetterState.SIGNED or not record.signed or record.pdf_sha256 is None:
        return False
    spots = blank_spots(workspace.store.get_blob(record.pdf_sha256))
    return set(spots) == {"number", "date"} and all(spot.value is None for spot in spots.values())
