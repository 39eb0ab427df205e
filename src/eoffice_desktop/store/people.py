"""The people of this workstation's agency kept for offline use, and whom this workstation acts for.

The sync engine replaces the people when the server's have changed (:meth:`People.replace`, with the ETag of
GET /v1/people) and keeps the answer of GET /v1/me (:meth:`People.set_me`); the window and the command line
search them by any part of a Thai name, position, unit or id without the network.
"""

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.people import Person, search_text
from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.store.db import Store, StoreError
from eoffice_desktop.store.models import PersonRecord, SyncState
from eoffice_desktop.store.sorting import thai

ETAG = "people_etag"
ME = "me"  # the answer of GET /v1/me: {"workstation", "agency", "person": wire form or null}


class PeopleError(StoreError):
    """The people the server sent are malformed."""


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _person(row: PersonRecord) -> Person:
    return Person.from_wire(
        {
            "person_id": row.person_id,
            "agency": row.agency,
            "name": row.name,
            "position": row.position,
            "unit": row.unit,
            "roles": row.roles.split("|") if row.roles else [],
            "certificates": row.certificates.split("|") if row.certificates else [],
        }
    )


def _record(person: Person) -> PersonRecord:
    return PersonRecord(
        person_id=person.person_id,
        agency=person.agency,
        name=person.name,
        position=person.position,
        unit=person.unit,
        roles="|".join(r.value for r in person.roles),
        certificates="|".join(person.certificates),
        search_text=search_text(person),
    )


def _from_server(item: Any) -> Person:
    if not isinstance(item, Mapping):
        raise PeopleError("the server's people list holds an entry that is not an object")
    try:
        person = Person.from_wire(item)
    except (KeyError, TypeError, DomainError) as exc:
        raise PeopleError(f"the server sent a malformed person: {exc}") from exc
    if not person.person_id or not person.name:
        raise PeopleError("the server sent a person without an id or a name")
    return person


class People:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _state(self, session: Session, key: str) -> str | None:
        state = session.get(SyncState, key)
        return state.value if state else None

    # what the sync engine keeps

    def etag(self) -> str | None:
        """The version of the people held (the server's ETag), None before the first sync."""
        with self.store.sessions() as session:
            return self._state(session, ETAG)

    def replace(self, answer: Mapping[str, Any]) -> int:
        """Hold the server's people (``etag``, ``people``) instead of those held, in one transaction; returns
        how many there are."""
        listed = answer.get("people")
        if not isinstance(listed, list):
            raise PeopleError("the server's people list is not a list")
        people = {p.person_id: p for p in map(_from_server, listed)}
        with self.store.sessions.begin() as session:
            session.execute(delete(PersonRecord))
            session.add_all(_record(p) for p in people.values())
            etag = answer.get("etag")
            if isinstance(etag, str) and etag:
                session.merge(SyncState(key=ETAG, value=etag))
        return len(people)

    def set_me(self, answer: Mapping[str, Any]) -> Person | None:
        """Keep whom the server says this workstation's token stands for (GET /v1/me); returns them (None: a
        workstation token, which acts for nobody)."""
        raw = answer.get("person")
        person = _from_server(raw) if raw is not None else None
        kept = {
            "workstation": str(answer.get("workstation") or ""),
            "agency": str(answer.get("agency") or ""),
            "person": person.to_wire() if person is not None else None,
        }
        with self.store.sessions.begin() as session:
            session.merge(SyncState(key=ME, value=json.dumps(kept, ensure_ascii=False)))
        return person

    # what the window and the command line read

    def _me(self) -> dict[str, Any]:
        with self.store.sessions() as session:
            text = self._state(session, ME)
        kept: dict[str, Any] = json.loads(text) if text else {}
        return kept

    def me(self) -> Person | None:
        """The person this workstation's token stands for, as the last sync heard it (None: not known)."""
        raw = self._me().get("person")
        return Person.from_wire(raw) if raw else None

    def workstation(self) -> str | None:
        """The name the server knows this workstation's token by (None before the first sync)."""
        return str(self._me().get("workstation") or "") or None

    def get(self, person_id: str) -> Person | None:
        with self.store.sessions() as session:
            row = session.get(PersonRecord, person_id)
            return _person(row) if row is not None else None

    def all(self) -> list[Person]:
        """Everyone held, in Thai dictionary order of their names."""
        return self.search("", limit=None)

    def search(self, text: str, limit: int | None = 50) -> list[Person]:
        """People whose name, position, unit or id hold every word of ``text`` (any part of a word: Thai is
        written without spaces), in Thai dictionary order of their names. No text: everyone."""
        statement = select(PersonRecord)
        for word in canonical_thai(text).casefold().split():
            statement = statement.where(PersonRecord.search_text.like(_like(word), escape="\\"))
        statement = statement.order_by(thai(PersonRecord.name), PersonRecord.person_id).limit(limit)
        with self.store.sessions() as session:
            return [_person(row) for row in session.scalars(statement)]
