"""The server's tables (the schema's history is in eoffice_cloud/migrations: change both together)."""

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Agency(Base):
    """An agency of the directory (ทะเบียนหน่วยงาน): its routing code, Thai name and place. IT imports them from
    CSV (directory.py); `token create` adds a bare row (name = code) for a code it has not seen."""

    __tablename__ = "agencies"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")  # the Thai name (name_th in the CSV)
    name_en: Mapped[str | None] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(String(32))  # code of the agency it belongs to
    ministry: Mapped[str | None] = mapped_column(Text)  # กระทรวง, in Thai
    department: Mapped[str | None] = mapped_column(Text)  # กรม or equivalent, in Thai
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class RecipientGroup(Base):
    """A group of recipients IT publishes (กลุ่มส่ง, e.g. every district office of a province)."""

    __tablename__ = "recipient_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)


class RecipientGroupMember(Base):
    __tablename__ = "recipient_group_members"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("recipient_groups.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"))


class DirectoryRevision(Base):
    """One per change of the directory (agencies or groups); the newest id is the directory's version, which
    workstations hold to fetch it again only when it changed."""

    __tablename__ = "directory_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change: Mapped[str] = mapped_column(Text)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Person(Base):
    """A person of an agency (domain/people.py): who drafts, reviews, signs, keeps the saraban desk. IT
    imports them from CSV; their signing certificates are learnt as they sign (or imported)."""

    __tablename__ = "people"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), index=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[str] = mapped_column(Text, default="")  # "drafter|reviewer", as in the CSV
    certificates_json: Mapped[str] = mapped_column(Text, default="[]")  # SHA-256 of their certificates
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Workstation(Base):
    """Who a token stands for: a workstation (machine-level sync), or a person on a workstation
    (``person_id``: every action taken with the token is that person's)."""

    __tablename__ = "workstations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.person_id"), index=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)  # the token itself is never stored
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Document(Base):
    """A delivered letter, routed to the recipient agency's inbox."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)  # also the changes cursor
    public_id: Mapped[str] = mapped_column(String(36), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[str] = mapped_column(String(64), index=True)  # the letter id the workstation made
    sender_workstation: Mapped[int] = mapped_column(ForeignKey("workstations.id"))
    sender_agency: Mapped[str] = mapped_column(String(32))
    recipient_agency: Mapped[str | None] = mapped_column(String(32), index=True)
    metadata_json: Mapped[str] = mapped_column(Text, default="{}")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class IdempotencyRecord(Base):
    """One per (workstation, Idempotency-Key): the request's fingerprint and, once done, the first answer."""

    __tablename__ = "idempotency"
    __table_args__ = (UniqueConstraint("workstation_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workstation_id: Mapped[int] = mapped_column(ForeignKey("workstations.id"))
    key: Mapped[str] = mapped_column(String(255))
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))  # processing | done
    status_code: Mapped[int | None] = mapped_column(Integer)
    response_json: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class NumberSeries(Base):
    """The next free running number of a series in a year (ดศ 0201, 2569)."""

    __tablename__ = "number_series"

    series: Mapped[str] = mapped_column(String(64), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_free: Mapped[int] = mapped_column(Integer)


class NumberBlock(Base):
    """Running numbers [first, last] of a series leased to one workstation."""

    __tablename__ = "number_blocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    series: Mapped[str] = mapped_column(String(64), index=True)
    year: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    workstation_id: Mapped[int] = mapped_column(ForeignKey("workstations.id"))
    leased_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class IssuedNumber(Base):
    """Numbers a workstation reports as used (a number is issued once, ever)."""

    __tablename__ = "issued_numbers"
    __table_args__ = (UniqueConstraint("series", "year", "running"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    series: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column(Integer)
    running: Mapped[int] = mapped_column(Integer)
    workstation_id: Mapped[int] = mapped_column(ForeignKey("workstations.id"))
    reported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class FeedEvent(Base):
    """What the changes feed delivers, in order: letters, routes and cases for an agency (a secret letter's
    items only for their readers), number blocks for a workstation, templates for everyone. Its
    id is the feed's cursor."""

    __tablename__ = "feed_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # letter | route | case | number-block | template
    agency_code: Mapped[str | None] = mapped_column(String(32), index=True)
    workstation_id: Mapped[int | None] = mapped_column(Integer, index=True)
    payload_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    secret: Mapped[bool] = mapped_column(Boolean, default=False)  # only for its readers (FeedReader)
    document_id: Mapped[str | None] = mapped_column(String(64), index=True)  # a letter item's letter


class FeedReader(Base):
    """A person a secret feed item (a letter classed ลับ, ลับมาก or ลับที่สุด, its route or case) may reach:
    only their person tokens get it."""

    __tablename__ = "feed_readers"

    event_id: Mapped[int] = mapped_column(ForeignKey("feed_events.id"), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class Blob(Base):
    """A letter PDF, by its SHA-256 (eoffice_cloud.blobs): in the database, so every instance serves it."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SeriesOwner(Base):
    """The agency a number series belongs to: only its workstations lease or report numbers of it. Set by
    IT (`series assign`), or by the first lease of a series nobody owned."""

    __tablename__ = "series_owners"

    series: Mapped[str] = mapped_column(String(64), primary_key=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"))
    how: Mapped[str] = mapped_column(String(16))  # assigned | claimed | migration
    since: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RouteRow(Base):
    """A letter's route (domain/routes.py) as the server holds it: the latest snapshot, who holds it now."""

    __tablename__ = "routes"

    letter_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the drafter's letter id
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), index=True)
    drafter: Mapped[str] = mapped_column(String(64))
    route_json: Mapped[str] = mapped_column(Text)  # Route.to_wire()
    letter_json: Mapped[str] = mapped_column(Text, default="{}")  # subject, speed, secret, template
    revision: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    holder: Mapped[str | None] = mapped_column(String(64), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RouteEntry(Base):
    """One entry of a route's history, chained by hash (domain.history_chain.chain_hash): an action
    accepted, or a late one kept as a note. ``answer_json`` is the answer its action got,
    given again to a replay."""

    __tablename__ = "route_entries"
    __table_args__ = (UniqueConstraint("letter_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    letter_id: Mapped[str] = mapped_column(ForeignKey("routes.letter_id"))
    seq: Mapped[int] = mapped_column(Integer)
    action_id: Mapped[str] = mapped_column(String(64), unique=True)
    entry_json: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))  # accepted | noted
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    answer_json: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RoutePdf(Base):
    """A version of a route's letter (submitted or signed into): its bytes are in blobs, by SHA-256."""

    __tablename__ = "route_pdfs"

    letter_id: Mapped[str] = mapped_column(ForeignKey("routes.letter_id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class CaseRow(Base):
    """An incoming letter's way (domain/cases.py) at the agency it was delivered to: the latest snapshot.
    ``case_id`` is the letter's server id (documents.public_id)."""

    __tablename__ = "cases"

    case_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), index=True)
    case_json: Mapped[str] = mapped_column(Text)  # Case.to_wire()
    revision: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    secret: Mapped[bool] = mapped_column(Boolean, default=False)  # the letter is classed ลับ or above
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class CaseEntry(Base):
    """One entry of a case's history, chained by hash as a route's: an action accepted, or a late one kept
    as a note; ``answer_json`` is the answer its action got, given again to a replay."""

    __tablename__ = "case_entries"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id"))
    seq: Mapped[int] = mapped_column(Integer)
    action_id: Mapped[str] = mapped_column(String(64), unique=True)
    entry_json: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))  # accepted | noted
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    answer_json: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class CaseMinute(Base):
    """A signed minute of a case: its bytes are in blobs, by SHA-256."""

    __tablename__ = "case_minutes"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
