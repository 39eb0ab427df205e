"""Read a template definition file (TOML) into a :class:`Template`, rejecting anything malformed."""

import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.fields import Derive, FieldSpec, FieldType
from eoffice_desktop.domain.route_rules import check_steps
from eoffice_desktop.domain.routes import StepSpec
from eoffice_desktop.templates.errors import TemplateError
from eoffice_desktop.templates.model import (
    DEFAULT_RANK,
    INITIALS_PREFIX,
    SIGNER_FIELD,
    Element,
    ElementType,
    EmblemSpec,
    PageSpec,
    StampSpec,
    Template,
)

_TOP_KEYS = {
    "id",
    "title",
    "title_en",
    "kind",
    "description",
    "description_en",
    "rank",
    "fields",
    "elements",
    "page",
    "emblem",
    "stamps",
    "default_route",
}
_FIELD_KEYS = {
    "name",
    "type",
    "required",
    "label",
    "description",
    "label_en",
    "description_en",
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
    _check_texts(data, ("id", "title", "title_en", "kind", "description", "description_en"), where)
    rank = data.get("rank", DEFAULT_RANK)
    if isinstance(rank, bool) or not isinstance(rank, int):
        raise TemplateError(f"{where}: rank must be a whole number")
    fields = tuple(_field(f, f"{where}: fields[{i}]") for i, f in enumerate(data["fields"]))
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise TemplateError(f"{where}: a field is declared twice")
    elements = tuple(Element.parse(e, f"{where}: elements[{i}]") for i, e in enumerate(data["elements"]))
    for i, element in enumerate(elements):
        _check_references(element, fields, f"{where}: elements[{i}]")
    _check_reserved_fields(elements, where)
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
        description_en=str(data.get("description_en", "")),
        rank=rank,
        default_route=_default_route(data.get("default_route", []), where),
    )


def _default_route(raw: Any, where: str) -> tuple[StepSpec, ...]:
    """``["P002:review", "P003:sign"]``, checked by the rules of a route (the last step signs)."""
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise TemplateError(f"{where}: default_route must be a list of steps PERSON:KIND")
    if not raw:
        return ()
    try:
        steps = tuple(StepSpec.parse(text.strip()) for text in raw)
        check_steps(steps, positions=True)
    except DomainError as exc:
        raise TemplateError(f"{where}: default_route: {exc}") from exc
    return steps


def _check_texts(data: Mapping[str, Any], keys: Sequence[str], where: str) -> None:
    for key in keys:
        if key in data and not isinstance(data[key], str):
            raise TemplateError(f"{where}: {key} must be text")


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)(?::[a-z-]+)?\}")


def _check_references(element: Element, fields: Sequence[FieldSpec], where: str) -> None:
    """Every field an element names must be declared: a typo such as ``{subjct}`` would otherwise read as
    an optional field the letter lacks, and the element would silently disappear."""
    by_name = {f.name: f for f in fields}
    scope = by_name
    if element.type is ElementType.SIGNATURE:  # its text is filled from the signer object
        signer = by_name.get(element.field)
        scope = {f.name: f for f in signer.fields} if signer else {}
    names = _PLACEHOLDER.findall(element.text) + _PLACEHOLDER.findall(element.label)
    for name in [element.field] if element.field else []:
        if _resolve(name, by_name) is None:
            raise TemplateError(f"{where}: field '{name}' is not declared in [[fields]]")
    for name in names:
        if _resolve(name, scope) is None:
            raise TemplateError(f"{where}: placeholder {{{name}}} names no declared field")
    for j, cell in enumerate(element.cells):
        for k, sub in enumerate(cell):
            _check_references(sub, fields, f"{where}.cells[{j}][{k}]")


def _check_reserved_fields(elements: Sequence[Element], where: str) -> None:
    """Each PDF signature field a template reserves has a name of its own: `sign --field NAME` must find one
    spot. Initials are numbered (Initials1, Initials2, …) as far as the letter's reviewers go, so no signer's
    field may look like one of them."""
    signers = [e.pdf_field or SIGNER_FIELD for e in elements if e.type is ElementType.SIGNATURE]
    prefixes = [e.pdf_field or INITIALS_PREFIX for e in elements if e.type is ElementType.INITIALS]
    if len(set(signers)) != len(signers) or len(set(prefixes)) != len(prefixes):
        raise TemplateError(f"{where}: two elements reserve the same signature field")
    for name in signers:
        for prefix in prefixes:
            if re.fullmatch(re.escape(prefix) + r"[0-9]+", name):
                raise TemplateError(
                    f"{where}: the signature field {name!r} would clash with the initials fields {prefix}1, …"
                )


def _resolve(dotted: str, fields: Mapping[str, FieldSpec]) -> FieldSpec | None:
    spec = None
    for part in dotted.split("."):
        spec = fields.get(part)
        if spec is None:
            return None
        fields = {f.name: f for f in spec.fields}
    return spec


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
    _check_texts(data, ("name", "label", "description", "label_en", "description_en"), where)
    return FieldSpec(
        name=name,
        type=ftype,
        required=bool(data.get("required", False)),
        label=str(data.get("label", "")),
        description=str(data.get("description", "")),
        label_en=str(data.get("label_en", "")),
        description_en=str(data.get("description_en", "")),
        default=data.get("default"),
        derive=derive,
        choices=tuple(str(c) for c in data.get("choices", ())),
        fields=nested,
    )
