"""Which recipients a memo would leave its agency for.

A บันทึกข้อความ (หนังสือภายใน) is for correspondence within one ministry, department or province (ระเบียบงาน
สารบรรณ ข้อ 12; the memo template's description says so). The agency directory draws that tree with its parent
links and names each agency's ministry and department: agencies under the same top agency (a province's
district offices under its provincial hall, say), of the same department or of the same ministry are inside;
any other agency, and any the directory does not know, is outside.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """Where an agency sits: the code of the agency above it, its department and its ministry."""

    parent: str | None = None
    department: str | None = None
    ministry: str | None = None


def top(code: str, places: Mapping[str, Place]) -> str:
    """The agency at the top of ``code``'s chain of parents (itself when it has none)."""
    seen = {code}
    while (place := places.get(code)) is not None and place.parent and place.parent not in seen:
        code = place.parent
        seen.add(code)
    return code


def outside(own: str | None, recipients: Sequence[str], places: Mapping[str, Place]) -> list[str]:
    """Those of ``recipients`` outside the organisation of ``own`` (every one when ``own`` is unknown)."""
    if own is None:
        return list(recipients)
    own_top = top(own, places)
    mine = places.get(own, Place())
    found = []
    for code in recipients:
        place = places.get(code)
        if code == own or (place is not None and _inside(place, mine, top(code, places) == own_top)):
            continue
        found.append(code)
    return found


def _inside(place: Place, own: Place, same_tree: bool) -> bool:
    same_department = bool(own.department) and place.department == own.department
    same_ministry = bool(own.ministry) and place.ministry == own.ministry
    return same_tree or same_department or same_ministry
