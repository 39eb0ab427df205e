"""A chained history held on a workstation (a route's, a case's) as the server sends it: it only grows."""

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session

from eoffice_desktop.domain.history_chain import check_chain

log = logging.getLogger(__name__)


class EntryRow(Protocol):
    entry_json: str


def grow_history(
    session: Session,
    rows: Sequence[EntryRow],
    history: Sequence[Mapping[str, Any]],
    entry: Mapping[str, Any] | None,
    new_row: Callable[[Mapping[str, Any]], Any],
    name: str,
) -> None:
    """The history held (``rows``, in order) grows: a longer chained history replaces it, one more entry
    that follows its last is appended; anything else waits for the next full history."""
    held = [json.loads(r.entry_json) for r in rows]
    if len(history) > len(held):
        for r in rows:
            session.delete(r)
        session.flush()
        for e in history:
            session.add(new_row(e))
        held = [dict(e) for e in history]
    if entry is not None and not any(e.get("hash") == entry.get("hash") for e in held):
        if check_chain([*held, entry]):
            session.add(new_row(entry))
        else:
            log.info("history entry %s of %s waits for the full history", entry.get("seq"), name)
