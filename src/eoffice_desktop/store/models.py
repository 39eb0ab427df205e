"""Tables of the local store. Letters carry the DGA e-CMS interchange fields, so an e-CMS adapter needs no
schema change."""

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Letter(Base):
    __tablename__ = "letters"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # client-made UUID
    template: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    # e-CMS letter fields
    number: Mapped[str | None] = mapped_column(String(64), index=True)  # เลขที่หนังสือ (ID)
    letter_date: Mapped[dt.date | None] = mapped_column(Date)  # CorrespondenceDate
    subject: Mapped[str] = mapped_column(Text, default="")
    secret_code: Mapped[str | None] = mapped_column(String(16))  # ชั้นความลับ
    speed_code: Mapped[str | None] = mapped_column(String(16))  # ชั้นความเร็ว
    sender_given_name: Mapped[str | None] = mapped_column(String(128))
    sender_family_name: Mapped[str | None] = mapped_column(String(128))
    sender_job_title: Mapped[str | None] = mapped_column(Text)
    sender_ministry_id: Mapped[str | None] = mapped_column(String(32))
    sender_department_id: Mapped[str | None] = mapped_column(String(32))
    receiver_given_name: Mapped[str | None] = mapped_column(String(128))
    receiver_family_name: Mapped[str | None] = mapped_column(String(128))
    receiver_job_title: Mapped[str | None] = mapped_column(Text)
    receiver_ministry_id: Mapped[str | None] = mapped_column(String(32))
    receiver_department_id: Mapped[str | None] = mapped_column(String(32))
    reference: Mapped[str | None] = mapped_column(Text)  # ReferenceCorrespondence (อ้างถึง)
    attachment_text: Mapped[str | None] = mapped_column(Text)  # สิ่งที่ส่งมาด้วย
    send_date: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    description: Mapped[str | None] = mapped_column(Text)
    # the (first) recipient's routing code; a letter to several agencies has an outbox row for each
    recipient_agency: Mapped[str | None] = mapped_column(String(32))
    reject_reason: Mapped[str | None] = mapped_column(Text)

    versions: Mapped[list["LetterVersion"]] = relationship(
        back_populates="letter", order_by="LetterVersion.number", cascade="all, delete-orphan"
    )


class LetterVersion(Base):
    """A draft version is editable; a signed one never changes (editing makes the next version)."""

    __tablename__ = "letter_versions"
    __table_args__ = (UniqueConstraint("letter_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    letter_id: Mapped[str] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    data_json: Mapped[str] = mapped_column(Text)  # the letter's data (what `draft` renders)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))  # the rendered or signed PDF in the blob store
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    letter: Mapped[Letter] = relationship(back_populates="versions")
    attachments: Mapped[list["Attachment"]] = relationship(cascade="all, delete-orphan")
    signatures: Mapped[list["SignatureRecord"]] = relationship(cascade="all, delete-orphan")


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("letter_versions.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(Text)
    mime_type: Mapped[str] = mapped_column(String(128))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)


class SignatureRecord(Base):
    __tablename__ = "signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("letter_versions.id", ondelete="CASCADE"), index=True)
    signer: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(8))
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    certificate_sha256: Mapped[str] = mapped_column(String(64))


class RegisterEntry(Base):
    """ทะเบียนหนังสือส่ง / รับ: numbered per kind and year."""

    __tablename__ = "register_entries"
    __table_args__ = (UniqueConstraint("kind", "year", "reg_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))  # "send" | "receive"
    year: Mapped[int] = mapped_column(Integer)  # Buddhist Era year the register runs in
    reg_no: Mapped[int] = mapped_column(Integer)  # เลขทะเบียน
    letter_id: Mapped[str | None] = mapped_column(ForeignKey("letters.id", ondelete="SET NULL"), index=True)
    number: Mapped[str] = mapped_column(String(64), default="")  # ที่
    letter_date: Mapped[dt.date | None] = mapped_column(Date)  # ลงวันที่
    from_party: Mapped[str] = mapped_column(Text, default="")  # จาก
    to_party: Mapped[str] = mapped_column(Text, default="")  # ถึง
    subject: Mapped[str] = mapped_column(Text, default="")  # เรื่อง
    action: Mapped[str] = mapped_column(Text, default="")  # การปฏิบัติ
    remark: Mapped[str] = mapped_column(Text, default="")  # หมายเหตุ
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    holder: Mapped[str] = mapped_column(Text, default="", server_default="")  # received: who holds it now
    due: Mapped[dt.date | None] = mapped_column(Date)  # received: the earliest open assignment's due date


class AuditEntry(Base):
    """Append-only (triggers refuse UPDATE and DELETE), each entry hashing the one before."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))  # ISO time, UTC, as hashed
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(64))
    letter_id: Mapped[str | None] = mapped_column(String(36), index=True)
    details_json: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class OutboxItem(Base):
    """A letter waiting to be delivered. Written with the letter in one transaction; the idempotency key is
    made on the client once, so every retry of the upload is the same request to the server."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    letter_id: Mapped[str] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    recipient_agency: Mapped[str | None] = mapped_column(String(32))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending | delivered | rejected
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    server_id: Mapped[str | None] = mapped_column(String(64))
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    addressees_json: Mapped[str | None] = mapped_column(Text)  # a memo's units and people (to_metadata)


class NumberBlock(Base):
    """Running numbers [first, last] of a series the server leased to this workstation; ``next`` is the
    first not yet issued."""

    __tablename__ = "number_blocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    series: Mapped[str] = mapped_column(String(64), index=True)
    year: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    next: Mapped[int] = mapped_column(Integer)
    server_block_id: Mapped[int] = mapped_column(Integer)
    leased_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class IssuedNumber(Base):
    """A number given to a letter: never given again (unique), reported to the server on sync."""

    __tablename__ = "issued_numbers"
    __table_args__ = (UniqueConstraint("series", "year", "running"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    series: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column(Integer)
    running: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    reported: Mapped[bool] = mapped_column(Boolean, default=False)


class InboxItem(Base):
    """A letter received from the central server for this agency (หนังสือเข้า)."""

    __tablename__ = "inbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server_id: Mapped[str] = mapped_column(String(64), unique=True)
    sender_agency: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    letter_date: Mapped[dt.date | None] = mapped_column(Date)
    metadata_json: Mapped[str] = mapped_column(Text, default="{}")
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    register_year: Mapped[int] = mapped_column(Integer)
    register_no: Mapped[int] = mapped_column(Integer)  # the receive number of the ตรารับ


class InboxAddressee(Base):
    """A unit or person a received memo is addressed to (none for a letter: the whole agency)."""

    __tablename__ = "inbox_addressees"

    inbox_id: Mapped[int] = mapped_column(ForeignKey("inbox.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # unit | person
    name: Mapped[str] = mapped_column(String(255), primary_key=True)  # unit_key(unit), or the person id


class SyncState(Base):
    """Small durable values of the sync engine (the changes-feed cursor)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DirectoryAgency(Base):
    """An agency of the directory as the server last gave it, kept for offline search and names."""

    __tablename__ = "agencies"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_th: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(String(32))
    ministry: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")  # canonical, case-folded: see store/directory


class RecipientGroup(Base):
    """กลุ่มส่ง: published by the server (replaced on sync) or the user's own (kept)."""

    __tablename__ = "recipient_groups"
    __table_args__ = (UniqueConstraint("published", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text)
    published: Mapped[bool] = mapped_column(Boolean)
    members: Mapped[list["RecipientGroupMember"]] = relationship(
        order_by="RecipientGroupMember.position", cascade="all, delete-orphan"
    )


class RecipientGroupMember(Base):
    __tablename__ = "recipient_group_members"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("recipient_groups.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_code: Mapped[str] = mapped_column(String(32))


class RevocationResponse(Base):
    """An OCSP response or a CRL fetched while checking a certificate, kept to answer offline later."""

    __tablename__ = "revocation_responses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cert_sha256: Mapped[str] = mapped_column(String(64), index=True)  # the certificate that was checked
    kind: Mapped[str] = mapped_column(String(8))  # "ocsp" or "crl"
    der: Mapped[bytes] = mapped_column(LargeBinary)
    fetched_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RouteRow(Base):
    """A letter's route as last known here: the server's snapshot, or (``local``) that snapshot with this
    workstation's actions not yet accepted applied."""

    __tablename__ = "routes"

    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    route_json: Mapped[str] = mapped_column(Text)  # Route.to_wire(): as this workstation shows it
    server_json: Mapped[str | None] = mapped_column(Text)  # the server's last snapshot (None: not yet sent)
    letter_json: Mapped[str] = mapped_column(Text)  # subject, speed, secret, template
    revision: Mapped[int] = mapped_column(Integer)  # the server snapshot's (0: none yet)
    state: Mapped[str] = mapped_column(String(16))
    holder: Mapped[str | None] = mapped_column(String(64), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    local: Mapped[bool] = mapped_column(Boolean)


class RouteEntryRow(Base):
    """One entry of a route's history as the server gave it (hash-chained)."""

    __tablename__ = "route_entries"

    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_json: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))


class RouteActionRow(Base):
    """An action of this workstation on a route, waiting to reach the server (or what the server said)."""

    __tablename__ = "route_actions"

    action_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    letter_id: Mapped[str] = mapped_column(String(36), index=True)
    action_json: Mapped[str] = mapped_column(Text)  # Action.to_wire()
    letter_json: Mapped[str | None] = mapped_column(Text)  # submit: what lists show
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending | accepted | noted | refused
    message: Mapped[str | None] = mapped_column(Text)  # why refused or noted (Thai)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class PersonRecord(Base):
    """A person of this workstation's agency as the server last gave them (domain/people.py), kept to choose
    reviewers and signers and to name who acted, offline."""

    __tablename__ = "people"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agency: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[str] = mapped_column(Text, default="")  # "drafter|reviewer", as on the server
    certificates: Mapped[str] = mapped_column(Text, default="")  # SHA-256s separated by "|"
    search_text: Mapped[str] = mapped_column(Text, default="")  # domain.people.search_text


class CaseRow(Base):
    """A received letter's way (case) as last known here: the server's snapshot, or (``local``) that snapshot
    with this workstation's actions not yet accepted applied."""

    __tablename__ = "cases"

    case_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the letter's server id
    case_json: Mapped[str] = mapped_column(Text)  # Case.to_wire(): as this workstation shows it
    server_json: Mapped[str | None] = mapped_column(Text)  # the server's last snapshot (None: not yet sent)
    revision: Mapped[int] = mapped_column(Integer)  # the server snapshot's (0: none yet)
    state: Mapped[str] = mapped_column(String(16), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    local: Mapped[bool] = mapped_column(Boolean)


class CaseEntryRow(Base):
    """One entry of a case's history as the server gave it (hash-chained)."""

    __tablename__ = "case_entries"

    case_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_json: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))


class CaseActionRow(Base):
    """An action of this workstation on a case, waiting to reach the server (or what the server said)."""

    __tablename__ = "case_actions"

    action_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(64), index=True)
    action_json: Mapped[str] = mapped_column(Text)  # CaseAction.to_wire()
    minute_sha256: Mapped[str | None] = mapped_column(String(64))  # a minute: its signed PDF (a blob)
    state: Mapped[str] = mapped_column(String(16), index=True)  # queued | delivered | noted | rejected
    message: Mapped[str | None] = mapped_column(Text)  # why rejected or noted (Thai)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class CaseMinuteRow(Base):
    """A minute of a case this workstation knows of; its PDF is the blob of that SHA-256 once here."""

    __tablename__ = "case_minutes"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(64), index=True)


class CaseReplyRow(Base):
    """A letter drafted here as the reply on a case's assignment (its draft goes on the outgoing way)."""

    __tablename__ = "case_replies"

    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(64), index=True)
    assignment_id: Mapped[str] = mapped_column(String(80))
