"""The office's profile in a new letter: its agency, letter code, address, owner unit, contacts and default
signer go into the template's fields that take them, as values the user may still change.

A template takes a profile value by the field's name and type (below); a field the template lacks is skipped,
and a field the profile leaves empty keeps the template's own default.
"""

from collections.abc import Mapping
from typing import Any

from eoffice_desktop.config import Profile, Signer
from eoffice_desktop.domain.fields import FieldSpec, FieldType
from eoffice_desktop.templates import Template

# dotted field → (the profile's attribute, the field type that takes it)
PROFILE_FIELDS: Mapping[str, tuple[str, FieldType]] = {
    "agency": ("agency", FieldType.TEXT),
    "address": ("address", FieldType.LINES),
    "owner_unit": ("owner_unit", FieldType.TEXT),
    "contact.phone": ("phone", FieldType.TEXT),
    "contact.fax": ("fax", FieldType.TEXT),
    "contact.email": ("email", FieldType.TEXT),
}
SIGNER_FIELD = "signer"  # an object field with "name" (text) and "positions" (lines)


def _spec(template: Template, dotted: str) -> FieldSpec | None:
    specs: tuple[FieldSpec, ...] = template.fields
    found = None
    for part in dotted.split("."):
        found = next((s for s in specs if s.name == part), None)
        if found is None:
            return None
        specs = found.fields
    return found


def _put(data: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, leaf = dotted.split(".")
    for parent in parents:
        data = data.setdefault(parent, {})
    data[leaf] = value


def takes_signers(template: Template) -> bool:
    """Whether the template has a signer whose name and positions a profile's signer fills."""
    name, positions = _spec(template, f"{SIGNER_FIELD}.name"), _spec(template, f"{SIGNER_FIELD}.positions")
    return (
        name is not None
        and name.type is FieldType.TEXT
        and positions is not None
        and positions.type is FieldType.LINES
    )


def signer_data(signer: Signer) -> dict[str, Any]:
    """The signer object as a letter holds it."""
    return {"name": signer.name, "positions": list(signer.positions)}


def profile_data(
    template: Template, profile: Profile, *, signer: int = 0, series: bool = True
) -> dict[str, Any]:
    """A new letter's data from ``profile``: its values in the fields of ``template`` that take them.

    ``signer`` picks one of the profile's signers (the first by default). With ``series``, every document
    number field starts with the agency's letter code (``ดศ 0201``), so a number can be taken at once; the
    command line, which has no "take a number" button, leaves it out.
    """
    data: dict[str, Any] = {}
    for dotted, (attribute, kind) in PROFILE_FIELDS.items():
        value = getattr(profile, attribute)
        spec = _spec(template, dotted)
        if value and spec is not None and spec.type is kind:
            _put(data, dotted, list(value) if isinstance(value, tuple) else value)
    if series and profile.agency_code:
        for spec in template.fields:
            if spec.type is FieldType.DOC_NUMBER:
                data[spec.name] = profile.agency_code
    if profile.signers and takes_signers(template):
        chosen = profile.signers[signer] if 0 <= signer < len(profile.signers) else profile.signers[0]
        data[SIGNER_FIELD] = signer_data(chosen)
    return data


def with_profile(template: Template, profile: Profile, data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with the profile's values in the top-level fields it leaves out (a field it gives, even an
    object such as the signer, is kept whole). No partial document number is added."""
    merged = profile_data(template, profile, series=False)
    merged.update(data)
    return merged
