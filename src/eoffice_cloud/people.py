"""The people of each agency (domain/people.py): who drafts, reviews, signs, keeps the saraban desk.

IT keeps them as a CSV file (``person_id,agency,name,position,unit,roles[,certificates]``; roles and
certificates separated by ``|``; Excel's "CSV UTF-8" is fine) and imports it with ``eoffice-cloud people
import``. As with the directory (directory.py), every row is checked first: one bad row and nothing is
imported, and the error names its line. A person already there is updated, a new one added; people missing
from the file stay (letters and tokens refer to them). An agency the directory does not know yet is added bare
(named by its code), as `token create` does.

A ``certificates`` cell lists the SHA-256 of the person's signing certificates and replaces the ones held; an
empty cell or no such column keeps those held (learnt as they sign: :func:`learn_certificate`).

Every change is a `DirectoryRevision` (directory.note_change): workstations see the directory's version
move and fetch the people again (GET /v1/people's ETag carries it).
"""

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from eoffice_cloud.directory import (
    CODE,
    MAX_NAME,
    DirectoryFileError,
    Imported,
    csv_rows,
    ensure_agency,
    note_change,
    version,
)
from eoffice_cloud.models import Person, Workstation
from eoffice_cloud.storage import CloudStore, UnknownPerson
from eoffice_desktop.domain import people as domain
from eoffice_desktop.domain.errors import DomainError

COLUMNS = ("person_id", "agency", "name", "position", "unit", "roles", "certificates")
REQUIRED = ("person_id", "agency", "name", "roles")
SHA256 = re.compile(r"[0-9a-f]{64}")


class PeopleFileError(DirectoryFileError):
    """A people file that cannot be imported; ``problems`` name their lines."""


@dataclass(frozen=True)
class PersonEntry:
    person: domain.Person
    certificates_given: bool  # False: keep the certificates held
    line: int = field(default=0, compare=False)


def read_people(path: Path) -> list[PersonEntry]:
    """The people of a CSV file, each row checked; raises PeopleFileError naming every bad line (an id of the
    wrong form or twice, no name, an unknown role, an agency code or certificate of the wrong form)."""
    try:
        rows, problems = csv_rows(path, COLUMNS, REQUIRED)
    except DirectoryFileError as exc:
        raise PeopleFileError(path, exc.problems) from exc
    entries: list[PersonEntry] = []
    lines: dict[str, int] = {}
    for line, row in rows:
        person_id, agency, name = row.get("person_id", ""), row.get("agency", ""), row.get("name", "")
        try:
            domain.check_person_id(person_id)
            if person_id in lines:
                problems.append(f"line {line}: person {person_id} is already on line {lines[person_id]}")
            lines.setdefault(person_id, line)
        except DomainError as exc:
            problems.append(f"line {line}: {exc}")
        if not CODE.fullmatch(agency):
            problems.append(f"line {line}: agency {agency!r}: 1-32 Latin letters, digits, '.', '-' or '_'")
        if not name:
            problems.append(f"line {line}: name is empty")
        long = [c for c in ("name", "position", "unit") if len(row.get(c, "")) > MAX_NAME]
        problems += [f"line {line}: {c} is longer than {MAX_NAME} characters" for c in long]
        roles: tuple[domain.Role, ...] = ()
        try:
            roles = domain.parse_roles(row.get("roles", ""))
        except DomainError as exc:
            problems.append(f"line {line}: {exc}")
        given = [c.strip().lower() for c in row.get("certificates", "").split("|") if c.strip()]
        bad = [c for c in given if not SHA256.fullmatch(c)]
        problems += [f"line {line}: certificate {c!r} is not a SHA-256 (64 hex digits)" for c in bad]
        person = domain.Person(
            person_id,
            agency,
            name,
            row.get("position", ""),
            row.get("unit", ""),
            roles,
            tuple(dict.fromkeys(given)),
        )
        entries.append(PersonEntry(person, bool(given), line))
    if not entries and not problems:
        problems.append("no people in the file (only a header)")
    if problems:
        raise PeopleFileError(path, problems)
    return entries


def to_domain(row: Person) -> domain.Person:
    """A stored person as the domain (and the wire) has them."""
    return domain.Person(
        row.person_id,
        row.agency_code,
        row.name,
        row.position,
        row.unit,
        domain.parse_roles(row.roles),
        tuple(json.loads(row.certificates_json or "[]")),
    )


def _roles_text(roles: tuple[domain.Role, ...]) -> str:
    return "|".join(r.value for r in roles)


def import_people(store: CloudStore, path: Path) -> Imported:
    """Add or update the people of ``path`` in one transaction, after checking every row. A person moved to
    another agency takes their person tokens' workstations along."""
    entries = read_people(path)
    with store.sessions.begin() as session:
        existing = {p.person_id: p for p in session.scalars(select(Person))}
        now = dt.datetime.now(dt.UTC)
        added = updated = 0
        for entry in entries:
            person = entry.person
            ensure_agency(session, person.agency)
            row = existing.get(person.person_id)
            certificates = (
                list(person.certificates)
                if entry.certificates_given or row is None
                else json.loads(row.certificates_json or "[]")
            )
            values: dict[str, Any] = {
                "agency_code": person.agency,
                "name": person.name,
                "position": person.position,
                "unit": person.unit,
                "roles": _roles_text(person.roles),
                "certificates_json": json.dumps(certificates),
            }
            if row is None:
                session.add(Person(person_id=person.person_id, updated_at=now, **values))
                added += 1
            elif any(getattr(row, k) != v for k, v in values.items()):
                if row.agency_code != person.agency:
                    session.execute(
                        update(Workstation)
                        .where(Workstation.person_id == person.person_id)
                        .values(agency_code=person.agency)
                    )
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = now
                updated += 1
        if added or updated:
            session.flush()
            note_change(session, f"people {path.name}: {added} added, {updated} updated")
        return Imported(added, updated, len(entries) - added - updated, version(session))


def person(session: Session, person_id: str) -> Person | None:
    """The stored person ``person_id``, in the caller's transaction; None when there is none."""
    return session.get(Person, person_id)


def learn_certificate(session: Session, person_id: str, sha256: str) -> bool:
    """Hold ``sha256`` (a signing certificate's) among ``person_id``'s certificates, in the caller's
    transaction; True when it was new (workstations then fetch the people again). Raises UnknownPerson when
    there is no such person, ValueError when ``sha256`` is not one."""
    digest = sha256.strip().lower()
    if not SHA256.fullmatch(digest):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    row = session.get(Person, person_id)
    if row is None:
        raise UnknownPerson(f"no person {person_id!r} on this server")
    held: list[str] = json.loads(row.certificates_json or "[]")
    if digest in held:
        return False
    row.certificates_json = json.dumps([*held, digest])
    row.updated_at = dt.datetime.now(dt.UTC)
    session.flush()
    note_change(session, f"certificate learnt for {person_id}")
    return True


def people_of(session: Session, agency: str | None = None) -> list[domain.Person]:
    """The people (of ``agency`` when given), by id."""
    statement = select(Person).order_by(Person.person_id)
    if agency is not None:
        statement = statement.where(Person.agency_code == agency)
    return [to_domain(row) for row in session.scalars(statement)]


def snapshot(store: CloudStore, agency: str | None = None) -> dict[str, Any]:
    """The people as workstations get them: the version (the directory's) and each person's wire form."""
    with store.sessions() as session:
        return {"version": version(session), "people": [p.to_wire() for p in people_of(session, agency)]}
