"""The agency directory (ทะเบียนหน่วยงาน) and the recipient groups IT publishes (กลุ่มส่ง).

IT keeps both as CSV files (Excel's "CSV UTF-8" is fine: a byte-order mark is skipped) and imports them with
``eoffice-cloud directory import`` and ``eoffice-cloud directory groups``. Every row is checked before
anything is written: one bad row and the import changes nothing, and the error names the file's line.

Agencies (``code,name_th[,name_en,parent,ministry,department]``): a code already there is updated, a new one
added; agencies missing from the file stay (letters and workstations refer to them). Groups (``group,code``,
one row per member, in the order the send dialog adds them): the file is the whole list of published groups,
so a group left out of it is withdrawn.

Each change that alters anything writes a `DirectoryRevision`; the newest one is the directory's version.
"""

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from eoffice_cloud.models import Agency, DirectoryRevision, RecipientGroup, RecipientGroupMember
from eoffice_cloud.storage import CloudStore

AGENCY_COLUMNS = ("code", "name_th", "name_en", "parent", "ministry", "department")
AGENCY_REQUIRED = ("code", "name_th")
GROUP_COLUMNS = ("group", "code")
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
THAI = re.compile(r"[\u0e01-\u0e4f]")
MAX_NAME = 255
MAX_PROBLEMS = 20  # shown at once; the rest are counted


class DirectoryFileError(ValueError):
    """A directory or groups file that cannot be imported; ``problems`` name their lines."""

    def __init__(self, path: Path, problems: Sequence[str]) -> None:
        shown = list(problems[:MAX_PROBLEMS])
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"… and {len(problems) - MAX_PROBLEMS} more")
        super().__init__(f"{path}: nothing was imported:\n" + "\n".join(f"  {p}" for p in shown))
        self.problems = list(problems)


@dataclass(frozen=True)
class AgencyEntry:
    code: str
    name_th: str
    name_en: str | None = None
    parent: str | None = None
    ministry: str | None = None
    department: str | None = None
    line: int = field(default=0, compare=False)  # in the file it came from


@dataclass(frozen=True)
class Imported:
    added: int
    updated: int
    unchanged: int
    version: int


def _clean(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def csv_rows(
    path: Path, columns: Sequence[str], required: Sequence[str]
) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """The (line, row) pairs of a UTF-8 CSV file (BOM or not) whose header names ``columns``, blank rows
    skipped, and the problems of the file's form (a bad header raises at once: no row can be read)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DirectoryFileError(path, [f"cannot read the file: {exc.strerror or exc}"]) from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DirectoryFileError(
            path, [f'line {line}: not UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)")']
        ) from exc
    reader = csv.reader(io.StringIO(content, newline=""))
    header = [_clean(h).lower() for h in next(reader, [])]
    known = ", ".join(columns)
    problems = [f"line 1: unknown column {h!r} (known: {known})" for h in header if h not in columns]
    problems += [f"line 1: the column {c!r} is missing" for c in required if c not in header]
    if len(set(header)) != len(header):
        problems.append("line 1: a column is named twice")
    if problems:
        raise DirectoryFileError(path, problems)
    rows: list[tuple[int, dict[str, str]]] = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if any(c.strip() for c in cells[len(header) :]):
            problems.append(f"line {reader.line_num}: more cells than the header has columns")
        rows.append((reader.line_num, {h: _clean(c) for h, c in zip(header, cells, strict=False)}))
    return rows, problems


def read_agencies(path: Path) -> list[AgencyEntry]:
    """The agencies of a directory CSV file, each row checked; raises DirectoryFileError naming every bad
    line (a code twice, a code or name of the wrong form, a parent that is the agency itself)."""
    rows, problems = csv_rows(path, AGENCY_COLUMNS, AGENCY_REQUIRED)
    entries: list[AgencyEntry] = []
    lines: dict[str, int] = {}
    for line, row in rows:
        code, name = row.get("code", ""), row.get("name_th", "")
        if not CODE.fullmatch(code):
            problems.append(
                f"line {line}: code {code!r}: 1-32 Latin letters, digits, '.', '-' or '_', no spaces"
            )
        elif code in lines:
            problems.append(f"line {line}: code {code} is already on line {lines[code]}")
        else:
            lines[code] = line
        if not name:
            problems.append(f"line {line}: name_th is empty")
        elif not THAI.search(name):
            problems.append(f"line {line}: name_th {name!r} has no Thai letters")
        long = [c for c in AGENCY_COLUMNS if len(row.get(c, "")) > MAX_NAME]
        problems += [f"line {line}: {c} is longer than {MAX_NAME} characters" for c in long]
        parent = row.get("parent") or None
        if parent is not None and parent == code:
            problems.append(f"line {line}: an agency cannot be its own parent")
        entries.append(
            AgencyEntry(
                code,
                name,
                row.get("name_en") or None,
                parent,
                row.get("ministry") or None,
                row.get("department") or None,
                line,
            )
        )
    if not entries and not problems:
        problems.append("no agencies in the file (only a header)")
    if problems:
        raise DirectoryFileError(path, problems)
    return entries


def _cycle(code: str, parents: dict[str, str | None]) -> bool:
    seen = {code}
    current = parents.get(code)
    while current is not None:
        if current in seen:
            return True
        seen.add(current)
        current = parents.get(current)
    return False


def version(session: Session) -> int:
    """The directory's version: the newest revision (0 before the first)."""
    return int(session.scalar(select(func.max(DirectoryRevision.id))) or 0)


def note_change(session: Session, change: str) -> None:
    session.add(DirectoryRevision(change=change, made_at=dt.datetime.now(dt.UTC)))


def ensure_agency(session: Session, code: str) -> None:
    """A row for ``code`` (named by its code until the directory is imported), for `token create`."""
    if session.get(Agency, code) is None:
        session.add(Agency(code=code, name=code, updated_at=dt.datetime.now(dt.UTC)))
        session.flush()
        note_change(session, f"agency {code} added by token create")


def import_agencies(store: CloudStore, path: Path) -> Imported:
    """Add or update the agencies of ``path`` in one transaction, after checking every row and that each
    parent is in the file or already in the directory (and no chain of parents runs in a circle)."""
    entries = read_agencies(path)
    with store.sessions.begin() as session:
        existing = {a.code: a for a in session.scalars(select(Agency))}
        parents: dict[str, str | None] = {code: a.parent for code, a in existing.items()}
        parents.update({e.code: e.parent for e in entries})
        problems = [
            f"line {e.line}: parent {e.parent} is neither in the file nor in the directory"
            for e in entries
            if e.parent is not None and e.parent not in parents
        ]
        problems += [
            f"line {e.line}: the parents of {e.code} run in a circle"
            for e in entries
            if not problems and _cycle(e.code, parents)
        ]
        if problems:
            raise DirectoryFileError(path, problems)
        now = dt.datetime.now(dt.UTC)
        added = updated = 0
        for entry in entries:
            values = {
                "name": entry.name_th,
                "name_en": entry.name_en,
                "parent": entry.parent,
                "ministry": entry.ministry,
                "department": entry.department,
            }
            row = existing.get(entry.code)
            if row is None:
                session.add(Agency(code=entry.code, updated_at=now, **values))
                added += 1
            elif any(getattr(row, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = now
                updated += 1
        if added or updated:
            session.flush()
            note_change(session, f"{path.name}: {added} added, {updated} updated")
        return Imported(added, updated, len(entries) - added - updated, version(session))


def import_groups(store: CloudStore, path: Path) -> dict[str, list[str]]:
    """Make the groups of ``path`` the published groups (a group not in the file is withdrawn); every member
    must be an agency of the directory. Returns the groups with their members."""
    groups: dict[str, list[str]] = {}
    with store.sessions.begin() as session:
        known = set(session.scalars(select(Agency.code)))
        rows, problems = csv_rows(path, GROUP_COLUMNS, GROUP_COLUMNS)
        for line, row in rows:
            name, code = row.get("group", ""), row.get("code", "")
            if not name:
                problems.append(f"line {line}: the group's name is empty")
            elif len(name) > MAX_NAME:
                problems.append(f"line {line}: the group's name is longer than {MAX_NAME} characters")
            if code not in known:
                problems.append(f"line {line}: no agency with code {code!r} in the directory")
            members = groups.setdefault(name, [])
            if code not in members:
                members.append(code)
        if not groups and not problems:
            problems.append("no groups in the file (only a header)")
        if problems:
            raise DirectoryFileError(path, problems)
        if _groups(session) != groups:
            session.execute(delete(RecipientGroupMember))
            session.execute(delete(RecipientGroup))
            for name, members in groups.items():
                group = RecipientGroup(name=name)
                session.add(group)
                session.flush()
                session.add_all(
                    RecipientGroupMember(group_id=group.id, position=i, agency_code=code)
                    for i, code in enumerate(members)
                )
            note_change(session, f"{path.name}: {len(groups)} groups")
    return groups


def _groups(session: Session) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    statement = (
        select(RecipientGroup.name, RecipientGroupMember.agency_code)
        .join(RecipientGroupMember, RecipientGroupMember.group_id == RecipientGroup.id)
        .order_by(RecipientGroup.name, RecipientGroupMember.position)
    )
    for name, code in session.execute(statement):
        groups.setdefault(name, []).append(code)
    return groups


def current_version(store: CloudStore) -> int:
    with store.sessions() as session:
        return version(session)


def snapshot(store: CloudStore) -> dict[str, Any]:
    """The whole directory as workstations get it: its version, the agencies, the groups."""
    with store.sessions() as session:
        agencies = [
            {
                "code": a.code,
                "name_th": a.name,
                "name_en": a.name_en,
                "parent": a.parent,
                "ministry": a.ministry,
                "department": a.department,
            }
            for a in session.scalars(select(Agency).order_by(Agency.code))
        ]
        groups = [{"name": name, "members": members} for name, members in _groups(session).items()]
        return {"version": version(session), "agencies": agencies, "groups": groups}
