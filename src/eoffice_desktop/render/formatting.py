"""Turn letter values into the text a template element shows: Thai digits, BE dates, document numbers."""

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from eoffice_desktop.domain.numbering import DocumentNumber
from eoffice_desktop.domain.thai import thai_date, thai_digits

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)(?::([a-z-]+))?\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


class MissingValue(LookupError):
    """A placeholder names an optional field the letter does not have: the element is left out."""


def lookup(values: Mapping[str, Any], dotted: str) -> Any:
    current: Any = values
    for part in dotted.split("."):
        if not isinstance(current, Mapping) or part not in current:
            raise MissingValue(dotted)
        current = current[part]
    return current


def format_value(value: Any, spec: str | None = None) -> str:
    """``spec``: ``be`` writes dates with พ.ศ.; ``weekday`` with the day of the week and พ.ศ.; ``latin``
    keeps Latin digits (e-mail addresses); ``nobreak`` joins the words with no-break spaces (a phone number
    never splits over two lines)."""
    if isinstance(value, dt.date):
        return thai_date(value, with_era=spec in ("be", "weekday"), with_weekday=spec == "weekday")
    if isinstance(value, DocumentNumber):
        return str(value)
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    if spec == "nobreak":
        text = text.replace(" ", "\u00a0")
    return text if spec == "latin" else thai_digits(text)


def _optional(match: re.Match[str], values: Mapping[str, Any]) -> str:
    try:
        return _PLACEHOLDER.sub(lambda m: format_value(lookup(values, m[1]), m[2]), match[1])
    except MissingValue:
        return ""


def fill(template: str, values: Mapping[str, Any]) -> str:
    """Replace ``{field}``/``{field.sub:spec}`` placeholders; raise MissingValue for an absent field.

    A part in square brackets is optional: ``{agency}[  โทร. {contact.phone}]`` drops the phone part when the
    letter has no phone, instead of dropping the whole element.
    """
    template = _OPTIONAL.sub(lambda m: _optional(m, values), template)
    return _PLACEHOLDER.sub(lambda m: format_value(lookup(values, m[1]), m[2]), template)
