"""Memos inside an agency (domain/addressees.py): an upload naming units or people goes to the sender's own
agency, and names only units and people the agency has (people.py). No HTTP here (see letters.py)."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_cloud.models import Person
from eoffice_desktop.domain.addressees import Addressees, unit_key


def _refusal(error: str, detail: str, reason_th: str) -> dict[str, Any]:
    return {"error": error, "detail": detail, "reason_th": reason_th}


def recipient_of(recipient: str | None, sender_agency: str, addressees: Addressees) -> str | None:
    """The agency whose feed gets the letter: the one named, else the sender's own for a memo with
    addressees (a workstation that has not synced yet does not know its agency's code)."""
    return recipient or (sender_agency if addressees else None)


def refusal(
    session: Session, sender_agency: str, recipient: str | None, addressees: Addressees
) -> tuple[Addressees, dict[str, Any] | None]:
    """The addressees as the agency spells its units, and why they are refused (None: accepted)."""
    if not addressees:
        return addressees, None
    if recipient != sender_agency:
        return addressees, _refusal(
            "addressees_outside_agency",
            f"units and people are addressed inside the sender's own agency {sender_agency!r}, "
            f"not in {recipient!r}",
            "ส่งถึงกลุ่ม/กองหรือบุคคลได้เฉพาะภายในหน่วยงานของผู้ส่งเอง",
        )
    rows = session.execute(
        select(Person.person_id, Person.unit).where(Person.agency_code == sender_agency)
    ).all()
    people = {person_id for person_id, _unit in rows}
    units = {unit_key(unit): unit for _id, unit in rows if unit.strip()}
    unknown_people = [p for p in addressees.people if p not in people]
    if unknown_people:
        listed = ", ".join(unknown_people)
        return addressees, _refusal(
            "unknown_person",
            f"no person {listed} in agency {sender_agency!r}",
            f"ไม่พบบุคคลรหัส {listed} ในหน่วยงาน",
        )
    unknown_units = [u for u in addressees.units if unit_key(u) not in units]
    if unknown_units:
        listed = ", ".join(unknown_units)
        return addressees, _refusal(
            "unknown_unit",
            f"no unit {listed} among the people of agency {sender_agency!r}",
            f"ไม่พบกลุ่ม/กอง {listed} ในหน่วยงาน",
        )
    spelt = Addressees(tuple(dict.fromkeys(units[unit_key(u)] for u in addressees.units)), addressees.people)
    return spelt, None
