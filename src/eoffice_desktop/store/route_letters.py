"""What a route's news does to the letter held here: signed on its way, the sender's workstation gets it as a
signed letter (made here when this workstation never had it), ready for the send queue; returned, the
drafter's letter goes back to draft as a new version."""

import logging
from collections.abc import Mapping
from typing import Any

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.routes import Route, RouteState
from eoffice_desktop.store.db import Store, StoreError
from eoffice_desktop.store.letters import LetterRecord, LetterRepository

log = logging.getLogger(__name__)


def letter_data(info: Mapping[str, Any]) -> dict[str, Any]:
    """The data of a letter this workstation knows only from its route (subject, speed, secrecy)."""
    data: dict[str, Any] = {"subject": str(info.get("subject") or "")}
    if info.get("speed"):
        data["speed"] = info["speed"]
    if info.get("secret"):
        data["secrecy"] = info["secret"]
    return data


def follow(
    store: Store, actor: str, route: Route, info: Mapping[str, Any], person: str | None
) -> LetterRecord | None:
    """Bring the letter held here in line with ``route`` (as this workstation shows it); ``person``: whom
    this workstation acts for (None: unknown, then only a letter drafted here in ROUTING follows). Returns
    the letter when it changed."""
    letters = LetterRepository(store, actor)
    try:
        record: LetterRecord | None = letters.get(route.letter_id)
    except StoreError:
        record = None
    routing = record is not None and record.state is LetterState.ROUTING
    if route.state is RouteState.SIGNED:
        sender = route.send_by or route.drafter
        if person != sender and not (person is None and routing and route.send_by is None):
            return None
        if record is not None and record.state not in (LetterState.ROUTING, LetterState.DRAFT):
            return None  # signed here already, queued or sent
        if route.pdf_sha256 is None or not store.blob_path(route.pdf_sha256).is_file():
            log.info("signed letter %s waits for its PDF", route.letter_id)
            return None
        if record is None:
            letters.create(str(info.get("template") or "external-letter"), letter_data(info), route.letter_id)
        return letters.set_pdf(route.letter_id, store.get_blob(route.pdf_sha256), signed=True)
    if route.state is RouteState.RETURNED and routing and person in (None, route.drafter):
        comment = next((s.comment for s in route.steps if s.comment), None)
        return letters.reopen(route.letter_id, comment)
    return None
