"""The people of an agency: who drafts, who checks and initials, who signs, who keeps the saraban desk.

IT keeps them on the central server (imported from CSV); workstations hold a copy for offline use. Every
action on a letter's way is attributed to a person, never to a workstation.
"""

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.thai import canonical_thai


class Role(enum.StrEnum):
    DRAFTER = "drafter"  # ผู้ร่าง
    REVIEWER = "reviewer"  # ผู้ตรวจ / ลงนามย่อ
    SIGNER = "signer"  # ผู้มีอำนาจลงนาม
    SARABAN = "saraban"  # เจ้าหน้าที่สารบรรณ

    @property
    def thai(self) -> str:
        return _ROLE_THAI[self]


_ROLE_THAI = {
    Role.DRAFTER: "ผู้ร่าง",
    Role.REVIEWER: "ผู้ตรวจ",
    Role.SIGNER: "ผู้ลงนาม",
    Role.SARABAN: "สารบรรณ",
}

PERSON_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
"""A person's id: what IT gives (an employee number, a login name), at most 64 characters."""

_PERSON_ID = re.compile(PERSON_ID_PATTERN)


class PersonError(DomainError):
    """A person's record breaks a rule (an id, a role)."""


def check_person_id(person_id: str) -> str:
    if not _PERSON_ID.match(person_id):
        raise PersonError(
            f"person id {person_id!r} is not valid: letters, digits, '.', '_' or '-', at most 64",
            thai=f"รหัสบุคคล {person_id!r} ไม่ถูกต้อง: ใช้ตัวอักษรอังกฤษ ตัวเลข . _ - ไม่เกิน ๖๔ ตัว",
        )
    return person_id


def parse_roles(text: str | Iterable[str]) -> tuple[Role, ...]:
    """``drafter|reviewer`` (the CSV form) or a list of names → roles, in the order of :class:`Role`."""
    names = [t.strip() for t in (text.split("|") if isinstance(text, str) else text) if t.strip()]
    roles: set[Role] = set()
    for name in names:
        try:
            roles.add(Role(name.casefold()))
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise PersonError(
                f"unknown role {name!r} (known: {known})", thai=f"ไม่รู้จักบทบาท {name!r} (ที่มี: {known})"
            ) from None
    return tuple(r for r in Role if r in roles)


@dataclass(frozen=True)
class Person:
    person_id: str
    agency: str
    name: str  # with the title of address, as it is printed: นางสาวสมใจ ตั้งใจ
    position: str = ""  # ตำแหน่ง
    unit: str = ""  # กลุ่ม / กอง
    roles: tuple[Role, ...] = ()
    certificates: tuple[str, ...] = field(default=())  # SHA-256 of the signing certificates known for them

    def to_wire(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "agency": self.agency,
            "name": self.name,
            "position": self.position,
            "unit": self.unit,
            "roles": [r.value for r in self.roles],
            "certificates": list(self.certificates),
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> "Person":
        return cls(
            person_id=str(data["person_id"]),
            agency=str(data["agency"]),
            name=str(data["name"]),
            position=str(data.get("position") or ""),
            unit=str(data.get("unit") or ""),
            roles=parse_roles(data.get("roles") or ()),
            certificates=tuple(str(c) for c in data.get("certificates") or ()),
        )

    @property
    def label(self) -> str:
        """How the person is named in lists and messages: name, position."""
        return f"{self.name}, {self.position}" if self.position else self.name


def search_text(person: Person) -> str:
    """What a Thai search looks in: any part of the name, position, unit or id (canonical, case-folded)."""
    return canonical_thai(" ".join((person.name, person.position, person.unit, person.person_id))).casefold()


def matches(person: Person, query: str) -> bool:
    """Every word of ``query`` is found in the person's search text."""
    haystack = search_text(person)
    return all(word in haystack for word in canonical_thai(query).casefold().split())


POSITION_MARK = "@"
"""A step given as a position in a unit, ``ผู้อำนวยการกอง@กองกลาง``, rather than a person's id: default routes
then outlive the people who hold the positions."""


def is_position(holder: str) -> bool:
    return POSITION_MARK in holder


def _same(a: str, b: str) -> bool:
    return canonical_thai(a.strip()).casefold() == canonical_thai(b.strip()).casefold()


def holder_of(holder: str, people: Iterable[Person]) -> Person:
    """The one person who holds ``POSITION@UNIT`` among ``people`` (Thai compared canonically); a
    PersonError names the position when nobody or several people hold it."""
    position, _, unit = holder.partition(POSITION_MARK)
    if not position.strip() or not unit.strip():
        raise PersonError(
            f"a position is POSITION@UNIT, e.g. ผู้อำนวยการกอง@กองกลาง (got {holder!r})",
            thai=f"ตำแหน่งต้องเขียนเป็น ตำแหน่ง@หน่วยงาน เช่น ผู้อำนวยการกอง@กองกลาง (ได้ {holder!r})",
        )
    found = [p for p in people if _same(p.position, position) and _same(p.unit, unit)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise PersonError(
            f"nobody known here holds the position {position.strip()} in {unit.strip()} (sync to update the "
            "people)",
            thai=f"ไม่พบผู้ดำรงตำแหน่ง{position.strip()} ใน{unit.strip()} (ซิงก์เพื่อปรับปรุงรายชื่อบุคลากร)",
        )
    names = ", ".join(f"{p.name} ({p.person_id})" for p in found)
    raise PersonError(
        f"several people hold the position {position.strip()} in {unit.strip()}: {names}; name the person",
        thai=f"มีผู้ดำรงตำแหน่ง{position.strip()} ใน{unit.strip()} หลายคน: {names} กรุณาระบุตัวบุคคล",
    )
