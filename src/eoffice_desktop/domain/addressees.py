"""Whom an internal memo (บันทึกข้อความ) is addressed to inside its agency: units (กลุ่ม/กอง) and people.

A memo goes to the sender's own agency, like any letter to an agency, and names its addressees in the
upload's metadata (``to_units``, ``to_people``). The server checks them against the agency's people; the
receiving workstations keep them, so that each person sees what is addressed to them or their unit. A letter
without addressees is for the whole agency.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.people import check_person_id
from eoffice_desktop.domain.thai import canonical_thai

UNITS_KEY = "to_units"
PEOPLE_KEY = "to_people"
MAX_ADDRESSEES = 200
"""Units and people of one memo, each: more is a mistake (the whole agency is addressed by naming none)."""
MAX_UNIT = 255
"""A unit's name, as the people import accepts it."""


class AddresseeError(DomainError):
    """Addressees that cannot be: too many, a unit name of the wrong form, a person id of the wrong form."""


def unit_key(unit: str) -> str:
    """What two spellings of one unit have in common (sara am, spaces, tone-mark order, case)."""
    return canonical_thai(unit.strip()).casefold()


def _unit(name: Any) -> str:
    if not isinstance(name, str):
        raise AddresseeError("a unit must be given by its name", thai="ต้องระบุชื่อกลุ่ม/กอง")
    unit = " ".join(name.split())
    if not unit or len(unit) > MAX_UNIT or any(ord(c) < 0x20 or ord(c) == 0x7F for c in name.strip()):
        raise AddresseeError(
            f"unit name {name!r} is not valid: 1-{MAX_UNIT} characters on one line",
            thai=f"ชื่อกลุ่ม/กอง {name!r} ไม่ถูกต้อง",
        )
    return unit


def _person(person_id: Any) -> str:
    if not isinstance(person_id, str):
        raise AddresseeError("a person must be given by their id", thai="ต้องระบุรหัสบุคคล")
    try:
        return check_person_id(person_id.strip())
    except DomainError as exc:
        raise AddresseeError(str(exc), thai=exc.thai) from exc


def _listed(values: Iterable[str], what: str, thai: str) -> tuple[str, ...]:
    kept = tuple(dict.fromkeys(values))
    if len(kept) > MAX_ADDRESSEES:
        raise AddresseeError(
            f"at most {MAX_ADDRESSEES} {what} per memo ({len(kept)} given)",
            thai=f"ระบุ{thai}ได้ไม่เกิน {MAX_ADDRESSEES} รายการต่อฉบับ",
        )
    return kept


@dataclass(frozen=True)
class Addressees:
    """Units and people (ids) a memo is addressed to, each once, in the order given; none: the agency."""

    units: tuple[str, ...] = ()
    people: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.units or self.people)

    @classmethod
    def of(cls, units: Iterable[Any] = (), people: Iterable[Any] = ()) -> "Addressees":
        """Checked and tidied (spaces, duplicates); raises AddresseeError."""
        return cls(
            _listed(map(_unit, units), "units", "กลุ่ม/กอง"),
            _listed(map(_person, people), "people", "บุคคล"),
        )

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> "Addressees":
        """The addressees a letter's metadata names (none: the whole agency); raises AddresseeError when
        ``to_units`` or ``to_people`` is there but not a list of valid names."""
        lists = []
        for key in (UNITS_KEY, PEOPLE_KEY):
            value = metadata.get(key)
            if value is None:
                value = []
            if not isinstance(value, list):
                raise AddresseeError(f"{key} must be a list", thai=f"{key} ต้องเป็นรายการ")
            lists.append(value)
        return cls.of(lists[0], lists[1])

    def to_metadata(self) -> dict[str, list[str]]:
        """What the upload's metadata carries (empty: no addressees, the whole agency)."""
        if not self:
            return {}
        return {UNITS_KEY: list(self.units), PEOPLE_KEY: list(self.people)}

    def reaches(self, person_id: str | None, unit: str | None) -> bool:
        """Whether a person (of ``unit``) is among the addressees; everyone is, when there are none."""
        if not self:
            return True
        if person_id and person_id in self.people:
            return True
        return bool(unit) and unit_key(unit or "") in {unit_key(u) for u in self.units}


WHOLE_AGENCY = Addressees()
"""No addressees: a letter for the whole agency."""
