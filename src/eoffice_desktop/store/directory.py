"""The agency directory kept for offline use: names and places of the agencies letters go to, the recipient
groups (กลุ่มส่ง) the server publishes and the user's own, and the recipients sent to lately.

The sync engine replaces the directory when the server's has changed (:meth:`Directory.replace`); the window
searches it by any part of a Thai name or code without the network. :meth:`Directory.thai_name` gives an
agency's Thai name by code for lists that show senders.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.store.db import Store, StoreError
from eoffice_desktop.store.models import (
    DirectoryAgency,
    OutboxItem,
    RecipientGroup,
    RecipientGroupMember,
    SyncState,
)
from eoffice_desktop.store.sorting import thai

ETAG = "directory_etag"
OWN_AGENCY = "own_agency"
RECENT_SCAN = 500  # outbox rows looked at for the recent recipients
MAX_GROUP_NAME = 200


class DirectoryError(StoreError):
    """The directory the server sent is malformed, or a group cannot be saved."""


@dataclass(frozen=True)
class AgencyEntry:
    code: str
    name_th: str
    name_en: str | None = None
    parent: str | None = None
    ministry: str | None = None
    department: str | None = None
    listed: bool = True  # False: a code the directory held does not know (named by its code)

    @property
    def place(self) -> str:
        """Where it sits, for a second line beside its name: department and ministry."""
        return " · ".join(p for p in (self.department, self.ministry) if p)


@dataclass(frozen=True)
class GroupRecord:
    name: str
    published: bool  # from the server: read-only here, replaced on sync
    members: tuple[str, ...]  # agency codes, in order


def _entry(row: DirectoryAgency) -> AgencyEntry:
    return AgencyEntry(row.code, row.name_th, row.name_en, row.parent, row.ministry, row.department)


def searchable(text: str) -> str:
    """The form both the search text and the query take: canonical Thai (sara am, tone order, digits),
    case-folded, whitespace collapsed."""
    return canonical_thai(text).casefold()


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def thai_names_in(session: Session, codes: Iterable[str]) -> dict[str, str]:
    """The Thai names of those of ``codes`` in the directory, within the caller's transaction."""
    wanted = set(codes)
    if not wanted:
        return {}
    rows = session.execute(
        select(DirectoryAgency.code, DirectoryAgency.name_th).where(DirectoryAgency.code.in_(wanted))
    )
    return {code: name for code, name in rows}


def _text(value: Any, what: str, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise DirectoryError(f"the server's directory has an agency without {what}")
        return None
    if not isinstance(value, str):
        raise DirectoryError(f"the server's directory has a {what} that is not text: {value!r}")
    return value


class Directory:
    def __init__(self, store: Store) -> None:
        self.store = store

    # what the sync engine keeps

    def _state(self, key: str) -> str | None:
        with self.store.sessions() as session:
            state = session.get(SyncState, key)
            return state.value if state else None

    def etag(self) -> str | None:
        """The version of the directory held (the server's ETag), None before the first sync."""
        return self._state(ETAG)

    def own_agency(self) -> str | None:
        """This workstation's agency code, as the server knows its token; None before the first sync."""
        return self._state(OWN_AGENCY)

    def replace(self, directory: Mapping[str, Any]) -> int:
        """Hold ``directory`` (the server's: ``etag``, ``agency``, ``agencies``, ``groups``) instead of the
        one held, in one transaction; the user's own groups stay. Returns the number of agencies."""
        agencies: dict[str, DirectoryAgency] = {}
        for item in directory.get("agencies") or []:
            if not isinstance(item, Mapping):
                raise DirectoryError("the server's directory lists an agency that is not an object")
            code = _text(item.get("code"), "code", required=True)
            name = _text(item.get("name_th"), "Thai name", required=True)
            assert code is not None and name is not None
            fields = {k: _text(item.get(k), k) for k in ("name_en", "parent", "ministry", "department")}
            words = (name, code, *(v for k, v in fields.items() if k != "parent" and v))  # name first
            agencies[code] = DirectoryAgency(
                code=code, name_th=name, search_text=searchable(" ".join(words)), **fields
            )
        groups: dict[str, RecipientGroup] = {}
        for item in directory.get("groups") or []:
            name = _text(item.get("name") if isinstance(item, Mapping) else None, "group name", required=True)
            assert name is not None
            if name in groups:
                raise DirectoryError(f"the server's directory has two groups named {name!r}")
            members = item.get("members") or []
            if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
                raise DirectoryError(f"the server's group {name!r} has malformed members")
            kept = [m for m in dict.fromkeys(members) if m in agencies]
            groups[name] = RecipientGroup(
                name=name,
                published=True,
                members=[RecipientGroupMember(position=i, agency_code=m) for i, m in enumerate(kept)],
            )
        with self.store.sessions.begin() as session:
            session.execute(delete(DirectoryAgency))
            session.add_all(agencies.values())
            for old in session.scalars(select(RecipientGroup).where(RecipientGroup.published.is_(True))):
                session.delete(old)
            session.flush()
            session.add_all(groups.values())
            for key, value in ((ETAG, directory.get("etag")), (OWN_AGENCY, directory.get("agency"))):
                if isinstance(value, str) and value:
                    session.merge(SyncState(key=key, value=value))
        return len(agencies)

    # what the window and the lists read

    def count(self) -> int:
        with self.store.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(DirectoryAgency)) or 0)

    def search(self, text: str, limit: int = 50) -> list[AgencyEntry]:
        """Agencies whose code, Thai or English name, department or ministry hold every word of ``text``
        (any part of a word: Thai is written without spaces). An exact code comes first, then codes and names
        that start with the text, then those holding it whole, then the rest, each in Thai dictionary order.
        No text: the whole directory."""
        query = searchable(text)
        statement = select(DirectoryAgency)
        for word in query.split():
            statement = statement.where(DirectoryAgency.search_text.like(_like(word), escape="\\"))
        if query:
            starts = _like(query)[1:]
            rank = case(
                (func.lower(DirectoryAgency.code) == query, 0),
                (func.lower(DirectoryAgency.code).like(starts, escape="\\"), 1),
                (DirectoryAgency.search_text.like(starts, escape="\\"), 2),  # the name starts with it
                (DirectoryAgency.search_text.like(_like(query), escape="\\"), 3),  # the words together
                else_=4,
            )
            statement = statement.order_by(rank)
        statement = statement.order_by(thai(DirectoryAgency.name_th), DirectoryAgency.code).limit(limit)
        with self.store.sessions() as session:
            return [_entry(row) for row in session.scalars(statement)]

    def get(self, code: str) -> AgencyEntry | None:
        with self.store.sessions() as session:
            row = session.get(DirectoryAgency, code)
            return _entry(row) if row is not None else None

    def entries(self, codes: Sequence[str]) -> list[AgencyEntry]:
        """The entries of ``codes`` in that order; a code the directory lacks gets an entry named by it and
        not ``listed``."""
        with self.store.sessions() as session:
            found = session.scalars(select(DirectoryAgency).where(DirectoryAgency.code.in_(set(codes))))
            rows = {row.code: row for row in found}
            return [_entry(rows[c]) if c in rows else AgencyEntry(c, c, listed=False) for c in codes]

    def thai_name(self, code: str) -> str | None:
        """The Thai name of the agency ``code`` (e.g. an inbox letter's sender), from the directory held
        (offline); None when the directory does not know the code."""
        return self.thai_names([code]).get(code)

    def thai_names(self, codes: Iterable[str]) -> dict[str, str]:
        """:meth:`thai_name` of many codes in one query (a page of a list); unknown codes are left out."""
        with self.store.sessions() as session:
            return thai_names_in(session, codes)

    def recent(self, limit: int = 8) -> list[AgencyEntry]:
        """The agencies letters were queued to lately, the latest first."""
        with self.store.sessions() as session:
            codes = session.scalars(
                select(OutboxItem.recipient_agency)
                .where(OutboxItem.recipient_agency.is_not(None))
                .order_by(OutboxItem.id.desc())
                .limit(RECENT_SCAN)
            )
            latest = [c for c in dict.fromkeys(codes) if c][:limit]
        return self.entries(latest)

    # groups

    def groups(self) -> list[GroupRecord]:
        """The published groups, then the user's own, each in Thai dictionary order."""
        with self.store.sessions() as session:
            rows = session.scalars(
                select(RecipientGroup).order_by(RecipientGroup.published.desc(), thai(RecipientGroup.name))
            )
            return [GroupRecord(g.name, g.published, tuple(m.agency_code for m in g.members)) for g in rows]

    def save_group(self, name: str, codes: Sequence[str]) -> GroupRecord:
        """Save ``codes`` as the user's own group ``name`` (a group of theirs with that name is replaced)."""
        name = " ".join(name.split())
        members = list(dict.fromkeys(codes))
        if not name:
            raise DirectoryError("a group needs a name", thai="กรุณาตั้งชื่อกลุ่มส่ง")
        if len(name) > MAX_GROUP_NAME:
            raise DirectoryError("the group's name is too long", thai="ชื่อกลุ่มส่งยาวเกินไป")
        if not members:
            raise DirectoryError("a group needs recipients", thai="กลุ่มส่งต้องมีผู้รับอย่างน้อยหนึ่งหน่วยงาน")
        with self.store.sessions.begin() as session:
            published = session.scalar(
                select(RecipientGroup.id).where(
                    RecipientGroup.published.is_(True), RecipientGroup.name == name
                )
            )
            if published is not None:
                raise DirectoryError(
                    f"a published group is named {name!r}: choose another name",
                    thai=f"มีกลุ่มส่งจากส่วนกลางชื่อ {name} แล้ว กรุณาใช้ชื่ออื่น",
                )
            group = session.scalar(
                select(RecipientGroup).where(RecipientGroup.published.is_(False), RecipientGroup.name == name)
            )
            if group is None:
                group = RecipientGroup(name=name, published=False)
                session.add(group)
            group.members.clear()
            session.flush()  # the old members' keys are free before the new ones take them
            group.members.extend(
                RecipientGroupMember(position=i, agency_code=c) for i, c in enumerate(members)
            )
        return GroupRecord(name, False, tuple(members))

    def delete_group(self, name: str) -> bool:
        """Delete the user's own group ``name``; published groups are the server's. False: no such group."""
        with self.store.sessions.begin() as session:
            group = session.scalar(
                select(RecipientGroup).where(RecipientGroup.published.is_(False), RecipientGroup.name == name)
            )
            if group is None:
                return False
            session.delete(group)
            return True
