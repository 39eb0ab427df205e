"""Read a template definition file (TOML) into a :class:`Template`, rejecting anything malformed."""

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from eoffice_desktop.domain.fields import Derive, FieldSpec, FieldType
from eoffice_desktop.templates.errors import TemplateError
from eoffice_desktop.templates.model import Element, EmblemSpec, PageSpec, StampSpec, Template

_TOP_KEYS = {
    "id",
    "title",
    "title_en",
    "kind",
    "description",
    "fields",
    "elements",
    "page",
    "emblem",
    "stamps",
}
_FIELD_KEYS = {
    "name",
    "type",
    "required",
    "label",
    "description",
    "default",
    "default_from",
    "choices",
    "fields",
}


def load_template(path: Path) -> Template:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"cannot read template {path}: {exc}") from exc
    return parse_template(data, str(path))


def parse_template(data: Mapping[str, Any], where: str) -> Template:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise TemplateError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("id", "title", "kind", "fields", "elements"):
        if key not in data:
            raise TemplateError(f"{where}: missing '{key}'")
    fields = tuple(_field(f, f"{where}: fields[{i}]") for i, f in enumerate(data["fields"]))
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise TemplateError(f"{where}: a field is declared twice")
    elements = tuple(Element.parse(e, f"{where}: elements[{i}]") for i, e in enumerate(data["elements"]))
    emblem = data.get("emblem", {})
    return Template(
        id=str(data["id"]),
        title=str(data["title"]),
        title_en=str(data.get("title_en", "")),
        kind=str(data["kind"]),
        description=str(data.get("description", "")),
        fields=fields,
        elements=elements,
        page=PageSpec.parse(data.get("page", {}), f"{where}: page"),
        emblem=None if emblem is False else EmblemSpec.parse(emblem, f"{where}: emblem"),
        stamps=StampSpec.parse(data.get("stamps", {}), f"{where}: stamps"),
    )


def _field(data: Mapping[str, Any], where: str) -> FieldSpec:
    if not isinstance(data, Mapping):
        raise TemplateError(f"{where}: expected a table")
    unknown = set(data) - _FIELD_KEYS
    if unknown:
        raise TemplateError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    try:
        ftype = FieldType(data["type"])
        derive = Derive(data["default_from"]) if "default_from" in data else None
        name = str(data["name"])
    except KeyError as exc:
        raise TemplateError(f"{where}: missing {exc}") from exc
    except ValueError as exc:
        raise TemplateError(f"{where}: {exc}") from exc
    nested = tuple(_field(f, f"{where}.fields[{i}]") for i, f in enumerate(data.get("fields", ())))
    if ftype is FieldType.OBJECT and not nested:
        raise TemplateError(f"{where}: an object field needs its own fields")
    if ftype is FieldType.CHOICE and not data.get("choices"):
        raise TemplateError(f"{where}: a choice field needs choices")
    return FieldSpec(
        name=name,
        type=ftype,
        required=bool(data.get("required", False)),
        label=str(data.get("label", "")),
        description=str(data.get("description", "")),
        default=data.get("default"),
        derive=derive,
        choices=tuple(str(c) for c in data.get("choices", ())),
        fields=nested,
    )
