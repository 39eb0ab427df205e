"""Addressing a memo inside the agency before it is queued (domain/addressees.py): units and people of the
sender's own agency, checked offline against the people sync keeps (store/people.py).

A memo with addressees goes to this workstation's own agency. Before the first sync the people are not held
and the own agency may not be known: the addressees are queued as given and the server judges them (it
also takes the sender's agency as the recipient when none is named).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from eoffice_desktop.domain.addressees import WHOLE_AGENCY, AddresseeError, Addressees, unit_key
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.directory import Directory
from eoffice_desktop.store.people import People


class AddresseeRefused(EOfficeError):
    """Units or people a memo cannot be addressed to: unknown, malformed, or beside another agency."""


@dataclass(frozen=True)
class Addressed:
    """Where a letter goes: the agencies (the own one alone for a memo with addressees, or none when it is
    not known yet), the addressees as the agency spells its units, and the people's names (for the send
    register)."""

    recipients: list[str]
    addressees: Addressees = WHOLE_AGENCY
    names: dict[str, str] = field(default_factory=dict)


def own_agency(store: Store) -> str | None:
    """This workstation's agency code as the last sync heard it (None before the first sync)."""
    own = Directory(store).own_agency()
    if own:
        return own
    me = People(store).me()
    return me.agency if me is not None else None


def address(
    store: Store, recipients: Sequence[str], units: Iterable[str] = (), people: Iterable[str] = ()
) -> Addressed:
    """``recipients`` (agency codes) and a memo's ``units`` and ``people`` (ids), checked offline; raises
    AddresseeRefused (English and Thai) naming what is wrong. Nothing is written."""
    try:
        addressees = Addressees.of(units, people)
    except AddresseeError as exc:
        raise AddresseeRefused(str(exc), thai=exc.thai) from exc
    if not addressees:
        return Addressed(list(recipients))
    own = own_agency(store)
    others = [code for code in recipients if own and code != own]
    if others:
        listed = ", ".join(others)
        raise AddresseeRefused(
            f"units and people are addressed inside your own agency ({own}), not with {listed}: "
            "queue the letter to other agencies separately",
            thai=f"ส่งถึงกลุ่ม/กองหรือบุคคลได้เฉพาะภายในหน่วยงานของท่าน ({own}) ไม่ใช่ {listed}: ส่งถึงหน่วยงานอื่นแยกต่างหาก",
        )
    going = [own] if own else list(recipients)
    held = People(store)
    if held.etag() is None:  # no people yet: the server judges
        return Addressed(going, addressees)
    everyone = {p.person_id: p for p in held.all()}
    unknown_people = [p for p in addressees.people if p not in everyone]
    if unknown_people:
        listed = ", ".join(unknown_people)
        raise AddresseeRefused(
            f"no person {listed} in your agency (see `people search`; sync to update the people)",
            thai=f"ไม่พบบุคคลรหัส {listed} ในหน่วยงานของท่าน (ดูด้วยคำสั่ง people search หรือซิงก์เพื่อปรับปรุง)",
        )
    spelt = {unit_key(p.unit): p.unit for p in everyone.values() if p.unit.strip()}
    unknown_units = [u for u in addressees.units if unit_key(u) not in spelt]
    if unknown_units:
        listed = ", ".join(unknown_units)
        raise AddresseeRefused(
            f"no unit {listed} in your agency (units are those of its people: see `people list`)",
            thai=f"ไม่พบกลุ่ม/กอง {listed} ในหน่วยงานของท่าน (ดูด้วยคำสั่ง people list)",
        )
    units_spelt = tuple(dict.fromkeys(spelt[unit_key(u)] for u in addressees.units))
    names = {p: everyone[p].name for p in addressees.people}
    return Addressed(going, Addressees(units_spelt, addressees.people), names)
