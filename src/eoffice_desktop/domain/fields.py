"""Field declarations of a document kind and validation of letter data against them.

A template declares its fields as data; this module turns raw JSON values into typed values (dates, document
numbers, lists of lines) or raises :class:`FieldError` naming the field.
"""

import datetime as dt
import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eoffice_desktop.domain.errors import DomainError, FieldError
from eoffice_desktop.domain.numbering import DocumentNumber
from eoffice_desktop.domain.salutations import SalutationTable
from eoffice_desktop.domain.thai import BE_YEARS_FROM, latin_digits, parse_date


class FieldType(enum.StrEnum):
    TEXT = "text"  # one line of text
    LINES = "lines"  # a list of lines (an address, a signer's positions)
    PARAGRAPHS = "paragraphs"  # a list of paragraphs (the body)
    LIST = "list"  # a list of items (enclosures)
    DATE = "date"  # 24/11/2569 (day/month/BE or CE year) or ISO YYYY-MM-DD, Latin or Thai digits
    DOC_NUMBER = "doc-number"  # ดศ 0201/123, ดศ 0201/ว 124
    CHOICE = "choice"  # one of `choices`
    OBJECT = "object"  # nested fields (signer, contact)


class Derive(enum.StrEnum):
    """Rules that compute a default from other fields."""

    CLOSING_FOR_SALUTATION = "closing-for-salutation"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    required: bool = False
    label: str = ""
    description: str = ""
    label_en: str = ""  # what the English window shows instead of label and description
    description_en: str = ""
    default: Any = None
    derive: Derive | None = None
    choices: tuple[str, ...] = ()
    fields: tuple["FieldSpec", ...] = ()

    def describe(self) -> dict[str, Any]:
        """A JSON-able description, as `templates --json` prints it."""
        out: dict[str, Any] = {"name": self.name, "type": str(self.type), "required": self.required}
        if self.label:
            out["label"] = self.label
        if self.description:
            out["description"] = self.description
        if self.label_en:
            out["label_en"] = self.label_en
        if self.description_en:
            out["description_en"] = self.description_en
        if self.default is not None:
            out["default"] = self.default
        if self.derive is not None:
            out["default_from"] = str(self.derive)
        if self.choices:
            out["choices"] = list(self.choices)
        if self.fields:
            out["fields"] = [f.describe() for f in self.fields]
        return out


@dataclass(frozen=True)
class ValidationContext:
    salutations: SalutationTable
    extra: Mapping[str, Any] = field(default_factory=dict)


def validate(
    data: Mapping[str, Any], specs: Sequence[FieldSpec], ctx: ValidationContext, *, path: str = ""
) -> dict[str, Any]:
    """Check ``data`` against ``specs`` and return typed values; raise FieldError naming the first bad field.

    Keys starting with ``_`` are comments and ignored; any other unknown key is an error (a typo such as
    ``subjet`` must not silently drop the subject).
    """
    if not isinstance(data, Mapping):
        raise FieldError(path or "(letter)", f"expected an object, got {_kind(data)}")
    known = {s.name for s in specs}
    for key in data:
        if not isinstance(key, str) or (key not in known and not key.startswith("_")):
            where = f"{path}.{key}" if path else str(key)
            raise FieldError(where, f"unknown field (known: {', '.join(sorted(known))})", thai="ไม่รู้จักช่องนี้")
    out: dict[str, Any] = {}
    derived: list[FieldSpec] = []
    for spec in specs:
        where = f"{path}.{spec.name}" if path else spec.name
        raw = data.get(spec.name)
        if _is_blank(raw):
            if spec.default is not None:
                raw = spec.default
            elif spec.derive is not None:
                derived.append(spec)
                continue
            elif spec.required:
                raise FieldError(where, "required field is missing or empty", thai="ต้องกรอกช่องนี้")
            else:
                continue
        out[spec.name] = _convert(raw, spec, where, ctx)
    for spec in derived:
        out[spec.name] = _derive(spec, out, ctx, path)
    return out


def _derive(spec: FieldSpec, values: Mapping[str, Any], ctx: ValidationContext, path: str) -> Any:
    where = f"{path}.{spec.name}" if path else spec.name
    if spec.derive is Derive.CLOSING_FOR_SALUTATION:
        salutation = values.get("salutation", ctx.salutations.default_salutation)
        try:
            return ctx.salutations.closing_for(str(salutation))
        except DomainError as exc:
            raise FieldError(where, exc.message, thai=exc.thai) from exc
    raise FieldError(where, f"unknown default rule {spec.derive!r}")  # pragma: no cover


def _convert(raw: Any, spec: FieldSpec, where: str, ctx: ValidationContext) -> Any:
    match spec.type:
        case FieldType.TEXT:
            return _text(raw, where)
        case FieldType.LINES | FieldType.LIST | FieldType.PARAGRAPHS:
            return _string_list(raw, where, split=spec.type is not FieldType.PARAGRAPHS)
        case FieldType.DATE:
            return _date(raw, where)
        case FieldType.DOC_NUMBER:
            try:
                return DocumentNumber.parse(_text(raw, where))
            except DomainError as exc:
                raise FieldError(where, exc.message, thai=exc.thai) from exc
        case FieldType.CHOICE:
            value = _text(raw, where)
            if value not in spec.choices:
                raise FieldError(where, f"{value!r} is not one of: {', '.join(spec.choices)}")
            return value
        case FieldType.OBJECT:
            return validate(raw, spec.fields, ctx, path=where)
    raise FieldError(where, f"unsupported field type {spec.type!r}")  # pragma: no cover


def _text(raw: Any, where: str) -> str:
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise FieldError(where, f"expected text, got {_kind(raw)}")
    text = " ".join(str(raw).split())
    if not text:
        raise FieldError(where, "must not be empty", thai="ต้องไม่ว่าง")
    return text


def _string_list(raw: Any, where: str, *, split: bool) -> list[str]:
    """A list of strings; one string is accepted too (split on line breaks for line lists)."""
    if isinstance(raw, str):
        items: list[Any] = raw.splitlines() if split else [p for p in raw.split("\n\n")]
    elif isinstance(raw, list):
        items = raw
    else:
        raise FieldError(where, f"expected a list of text, got {_kind(raw)}")
    out = []
    for i, item in enumerate(items):
        if isinstance(item, str) and not item.strip():
            continue
        out.append(_text(item, f"{where}[{i}]"))
    if not out:
        raise FieldError(where, "must not be empty", thai="ต้องไม่ว่าง")
    return out


def _date(raw: Any, where: str) -> dt.date:
    if not isinstance(raw, str):
        raise FieldError(where, f"expected a date such as 24/11/2569 or 2026-11-24, got {_kind(raw)}")
    text = latin_digits(raw.strip())
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) and int(text[:4]) >= BE_YEARS_FROM:
        raise FieldError(
            where,
            f"date {raw!r} looks like a Buddhist Era year in ISO form: write 24/11/2569, or the Common Era "
            "year in ISO form (2026-11-24)",
            thai=f"วันที่ {raw!r} ใช้ปี พ.ศ. ในรูปแบบ ค.ศ.: พิมพ์เป็น วว/ดด/ปปปป (พ.ศ.) เช่น ๒๔/๑๑/๒๕๖๙",
        )
    date = parse_date(text)
    if date is None:
        raise FieldError(
            where,
            f"not a date: {raw!r}; write day/month/year (Buddhist Era), e.g. 24/11/2569, or 2026-11-24",
            thai=f"วันที่ไม่ถูกต้อง {raw!r}: พิมพ์เป็น วว/ดด/ปปปป (พ.ศ.) เช่น ๒๔/๑๑/๒๕๖๙",
        )
    return date


def _is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str | list | dict) and not raw)


def _kind(raw: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(raw), type(raw).__name__
    )
