"""What the server accepts from a client: every number and text is bounded by what the database columns hold
(PostgreSQL's 32-bit ``integer`` ids, ``String(n)`` lengths, no NUL in text) and by the domain (Buddhist Era
years, running numbers from 1). Input outside these bounds is refused with a 4xx before it reaches the
database, where it would otherwise fail as a 500."""

import json
import math
from typing import Annotated, Any

from pydantic import AfterValidator, Field

MAX_INT32 = 2**31 - 1
"""The largest value of the server's ``Integer`` columns and ids on PostgreSQL (SQLite allows more)."""

BE_YEAR_MIN = 2500
BE_YEAR_MAX = 2700
"""Buddhist Era years a running number may belong to (พ.ศ. 2500 is 1957 CE; 2700 is far ahead)."""

LETTER_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
"""The id a workstation gives a letter (a UUID in practice); Document.client_id is String(64)."""

AGENCY_CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"
"""An agency's routing code, as the directory import accepts it (String(32))."""

PUBLIC_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
"""The server's id of a stored letter: a UUID in its canonical lower-case form (String(36))."""

TEXT_PATTERN = r"^[^\x00-\x1f\x7f]+$"
"""A one-line text: no control characters (PostgreSQL refuses NUL in text)."""

IDEMPOTENCY_KEY_PATTERN = r"^[!-~][ -~]{0,254}$"
"""Printable ASCII, at most 255 characters (IdempotencyRecord.key is String(255))."""

METADATA_MAX_BYTES = 64 * 1024
"""A letter's metadata (its fields, for the recipient's inbox) as UTF-8 JSON; the PDF is the letter."""
METADATA_MAX_DEPTH = 8
METADATA_MAX_INT = 2**63 - 1


def _check_value(value: Any, depth: int) -> None:
    if depth > METADATA_MAX_DEPTH:
        raise ValueError(f"metadata is nested deeper than {METADATA_MAX_DEPTH} levels")
    if isinstance(value, dict):
        for item in value.values():
            _check_value(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_value(item, depth + 1)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueError("metadata holds a number that is not finite (NaN or Infinity is not JSON)")
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > METADATA_MAX_INT:
        raise ValueError("metadata holds an integer outside the 64-bit range")


def check_metadata(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` if it is small, plain JSON (finite numbers, bounded nesting and size), else ValueError."""
    _check_value(value, 1)
    size = len(json.dumps(value, ensure_ascii=False).encode("utf-8"))
    if size > METADATA_MAX_BYTES:
        raise ValueError(f"metadata is {size} bytes as JSON; at most {METADATA_MAX_BYTES} are accepted")
    return value


Metadata = Annotated[
    dict[str, Any],
    AfterValidator(check_metadata),
    Field(
        description=f"the letter's fields as small JSON: at most {METADATA_MAX_BYTES} bytes, "
        f"{METADATA_MAX_DEPTH} levels deep, finite numbers",
    ),
]
Series = Annotated[
    str,
    Field(min_length=1, max_length=64, pattern=TEXT_PATTERN, description="a numbering series, e.g. ดศ 0201"),
]
BeYear = Annotated[int, Field(ge=BE_YEAR_MIN, le=BE_YEAR_MAX, description="a Buddhist Era year (พ.ศ.)")]
RunningNumber = Annotated[int, Field(ge=1, le=MAX_INT32)]
