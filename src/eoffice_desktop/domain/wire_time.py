"""Times on the wire: aware datetimes as ISO 8601 in UTC; a naive one read back is taken as UTC."""

import datetime as dt
from typing import Any


def to_wire(at: dt.datetime | None) -> str | None:
    return at.astimezone(dt.UTC).isoformat() if at else None


def from_wire(text: Any) -> dt.datetime | None:
    if not text:
        return None
    at = dt.datetime.fromisoformat(str(text))
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)
