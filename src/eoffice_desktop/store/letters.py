"""Letters in the store: created, edited into versions, moved through their lifecycle, listed by state.

The lifecycle rules are the domain's (domain/lifecycle.py); this module persists what they allow, each change
with its audit entry in the same transaction. Callers get plain records, never ORM objects.
"""

import datetime as dt
import json
import mimetypes
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from eoffice_desktop.domain.lifecycle import LetterState, check_transition, editing_makes_new_version
from eoffice_desktop.domain.thai import latin_digits
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store, StoreError, utc
from eoffice_desktop.store.models import Attachment, Letter, LetterVersion
from eoffice_desktop.store.sorting import order_by, secrecy_rank, speed_rank, thai

T = TypeVar("T")


@dataclass(frozen=True)
class LetterRecord:
    id: str
    template: str
    state: LetterState
    number: str | None
    subject: str
    recipient: str | None
    updated_at: dt.datetime
    version: int
    signed: bool
    pdf_sha256: str | None
    reject_reason: str | None = None
    speed: str | None = None  # ชั้นความเร็ว: ด่วน, ด่วนมาก, ด่วนที่สุด
    secrecy: str | None = None  # ชั้นความลับ: ลับ, ลับมาก, ลับที่สุด


@dataclass(frozen=True)
class AttachmentRecord:
    """An enclosure (สิ่งที่ส่งมาด้วย) of a letter version; its bytes are the blob with this SHA-256."""

    filename: str
    mime_type: str
    sha256: str
    size: int


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _text(value: Any) -> str | None:
    return (str(value).strip() or None) if value is not None else None


def ecms_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """The e-CMS interchange fields a letter's data fills."""
    raw_signer = data.get("signer")
    signer: Mapping[str, Any] = raw_signer if isinstance(raw_signer, Mapping) else {}
    enclosures = data.get("enclosures")
    date = data.get("date")
    parsed = None
    if isinstance(date, str):
        try:
            parsed = dt.date.fromisoformat(latin_digits(date))
        except ValueError:
            parsed = None
    return {
        "number": str(data["number"]) if data.get("number") else None,
        "letter_date": parsed,
        "subject": str(data.get("subject") or ""),
        "secret_code": _text(data.get("secrecy")),
        "speed_code": _text(data.get("speed")),
        "receiver_job_title": data.get("recipient"),
        "sender_given_name": str(signer.get("name")) if signer.get("name") else None,
        "sender_job_title": "\n".join(signer.get("positions") or []) or None,
        "reference": data.get("reference"),
        "attachment_text": "\n".join(enclosures) if isinstance(enclosures, list) else None,
    }


class LetterRepository:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    def _write(self, work: Callable[[Session], T]) -> T:
        for _attempt in range(5):
            with self.store.sessions.begin() as session:
                try:
                    return work(session)
                except audit.ConcurrentAppend:
                    session.rollback()
                    continue
        raise StoreError("the store is too busy: try again")

    @staticmethod
    def _record(letter: Letter) -> LetterRecord:
        latest = letter.versions[-1]
        return LetterRecord(
            id=letter.id,
            template=letter.template,
            state=LetterState(letter.state),
            number=letter.number,
            subject=letter.subject,
            recipient=letter.receiver_job_title,
            updated_at=utc(letter.updated_at),
            version=latest.number,
            signed=latest.signed,
            pdf_sha256=latest.pdf_sha256,
            reject_reason=letter.reject_reason,
            speed=letter.speed_code,
            secrecy=letter.secret_code,
        )

    def _get(self, session: Session, letter_id: str) -> Letter:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise StoreError(f"no letter {letter_id}", thai="ไม่พบหนังสือ")
        return letter

    def create(self, template: str, data: Mapping[str, Any], letter_id: str | None = None) -> LetterRecord:
        return self._write(lambda session: self.create_in(session, template, data, letter_id))

    def create_in(
        self, session: Session, template: str, data: Mapping[str, Any], letter_id: str | None = None
    ) -> LetterRecord:
        """:meth:`create` within the caller's transaction (a store repository's: a reply made with its case
        action)."""
        now = _now()
        letter = Letter(
            id=letter_id or str(uuid.uuid4()),
            template=template,
            state=LetterState.DRAFT,
            created_at=now,
            updated_at=now,
            **ecms_fields(data),
        )
        letter.versions.append(
            LetterVersion(number=1, data_json=json.dumps(data, ensure_ascii=False), created_at=now)
        )
        session.add(letter)
        session.flush()
        audit.append(session, self.actor, "create", letter.id, {"template": template})
        return self._record(letter)

    def get(self, letter_id: str) -> LetterRecord:
        with self.store.sessions() as session:
            return self._record(self._get(session, letter_id))

    def data(self, letter_id: str) -> dict[str, Any]:
        with self.store.sessions() as session:
            loaded: dict[str, Any] = json.loads(self._get(session, letter_id).versions[-1].data_json)
            return loaded

    def edit(self, letter_id: str, data: Mapping[str, Any]) -> LetterRecord:
        """New data for a letter. A signed (or later) version is never changed: the edit becomes a new draft
        version."""

        def work(session: Session) -> LetterRecord:
            letter = self._get(session, letter_id)
            state = LetterState(letter.state)
            latest = letter.versions[-1]
            encoded = json.dumps(data, ensure_ascii=False)
            if state is LetterState.ROUTING:
                raise StoreError(
                    "the letter is on its route: it can be edited when it comes back",
                    thai="หนังสืออยู่ระหว่างเสนอ แก้ไขได้เมื่อถูกส่งคืน",
                )
            if editing_makes_new_version(state) or latest.signed:
                check_transition(state, LetterState.DRAFT)
                letter.versions.append(
                    LetterVersion(
                        number=latest.number + 1,
                        data_json=encoded,
                        created_at=_now(),
                        attachments=[  # enclosures carry over; they can be changed in the new draft
                            Attachment(
                                filename=a.filename, mime_type=a.mime_type, sha256=a.sha256, size=a.size
                            )
                            for a in latest.attachments
                        ],
                    )
                )
                letter.state = LetterState.DRAFT
                letter.reject_reason = None
            else:
                latest.data_json = encoded
                latest.pdf_sha256 = None  # the rendering no longer matches
            for key, value in ecms_fields(data).items():
                setattr(letter, key, value)
            letter.updated_at = _now()
            session.flush()
            audit.append(session, self.actor, "edit", letter.id, {"version": letter.versions[-1].number})
            return self._record(letter)

        return self._write(work)

    def save_draft(self, letter_id: str, template: str, data: Mapping[str, Any]) -> LetterRecord:
        """The window's autosave: create the draft ``letter_id`` the first time, store its new data after."""
        with self.store.sessions() as session:
            exists = session.get(Letter, letter_id) is not None
        if not exists:
            try:
                return self.create(template, data, letter_id)
            except IntegrityError:  # made by another save at the same moment
                pass
        return self.edit(letter_id, data)

    def set_pdf(self, letter_id: str, pdf: bytes, *, signed: bool) -> LetterRecord:
        """The letter's current rendering, or its signed PDF (which moves it to signed)."""

        def work(session: Session) -> LetterRecord:
            letter = self._get(session, letter_id)
            latest = letter.versions[-1]
            if latest.signed:
                raise StoreError(
                    "a signed version is immutable; edit the letter to make a new version",
                    thai="ฉบับที่ลงนามแล้วแก้ไขไม่ได้",
                )
            if signed:
                check_transition(LetterState(letter.state), LetterState.SIGNED)
                letter.state = LetterState.SIGNED
                latest.signed = True
            latest.pdf_sha256 = self.store.put_blob(pdf)
            letter.updated_at = _now()
            session.flush()
            audit.append(
                session,
                self.actor,
                "sign" if signed else "render",
                letter.id,
                {"version": latest.number, "sha256": latest.pdf_sha256},
            )
            return self._record(letter)

        return self._write(work)

    def attach(
        self, letter_id: str, filename: str, data: bytes, mime_type: str | None = None
    ) -> AttachmentRecord:
        """Add an enclosure to the letter's current draft version. A signed version's enclosures are fixed:
        edit the letter first."""
        name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
        if not name:
            raise StoreError("an attachment needs a file name", thai="ไฟล์แนบต้องมีชื่อ")
        kind = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"

        def work(session: Session) -> AttachmentRecord:
            letter = self._get(session, letter_id)
            latest = letter.versions[-1]
            if latest.signed or LetterState(letter.state) is not LetterState.DRAFT:
                raise StoreError(
                    f"attachments can be added only to a draft (this letter is {letter.state})",
                    thai="เพิ่มสิ่งที่ส่งมาด้วยได้เฉพาะร่างหนังสือ",
                )
            if any(a.filename == name for a in latest.attachments):
                raise StoreError(
                    f"the letter already has an attachment named {name}", thai=f"มีไฟล์แนบชื่อ {name} แล้ว"
                )
            attachment = Attachment(
                filename=name, mime_type=kind, sha256=self.store.put_blob(data), size=len(data)
            )
            latest.attachments.append(attachment)
            letter.updated_at = _now()
            session.flush()
            audit.append(
                session,
                self.actor,
                "attach",
                letter.id,
                {"version": latest.number, "file": name, "sha256": attachment.sha256},
            )
            return AttachmentRecord(name, kind, attachment.sha256, attachment.size)

        return self._write(work)

    def attachments(self, letter_id: str, version: int | None = None) -> list[AttachmentRecord]:
        """The enclosures of the latest version, or of the given version number."""
        with self.store.sessions() as session:
            letter = self._get(session, letter_id)
            chosen = [v for v in letter.versions if version is None or v.number == version]
            if not chosen:
                raise StoreError(f"letter {letter_id} has no version {version}", thai="ไม่พบฉบับที่ระบุ")
            return [
                AttachmentRecord(a.filename, a.mime_type, a.sha256, a.size)
                for a in sorted(chosen[-1].attachments, key=lambda a: a.id)
            ]

    def reopen(self, letter_id: str, reason: str | None = None) -> LetterRecord:
        """A letter returned from its route: back to draft, as a new version (its data carried over) so the
        version that went round stays as it was."""

        def work(session: Session) -> LetterRecord:
            letter = self._get(session, letter_id)
            check_transition(LetterState(letter.state), LetterState.DRAFT)
            latest = letter.versions[-1]
            letter.versions.append(
                LetterVersion(
                    number=latest.number + 1,
                    data_json=latest.data_json,
                    created_at=_now(),
                    attachments=[
                        Attachment(filename=a.filename, mime_type=a.mime_type, sha256=a.sha256, size=a.size)
                        for a in latest.attachments
                    ],
                )
            )
            letter.state = LetterState.DRAFT
            letter.updated_at = _now()
            session.flush()
            audit.append(
                session,
                self.actor,
                "returned",
                letter.id,
                {"version": letter.versions[-1].number, "reason": reason},
            )
            return self._record(letter)

        return self._write(work)

    def move(self, letter_id: str, target: LetterState, reason: str | None = None) -> LetterRecord:
        def work(session: Session) -> LetterRecord:
            letter = self._get(session, letter_id)
            check_transition(LetterState(letter.state), target)
            letter.state = target
            letter.reject_reason = reason if target is LetterState.REJECTED else None
            letter.updated_at = _now()
            session.flush()
            audit.append(
                session, self.actor, f"state:{target}", letter.id, {"reason": reason} if reason else None
            )
            return self._record(letter)

        return self._write(work)

    def counts(self) -> dict[str, int]:
        with self.store.sessions() as session:
            rows = session.execute(select(Letter.state, func.count()).group_by(Letter.state)).all()
        counts = {state.value: 0 for state in LetterState}
        counts.update({state: int(n) for state, n in rows})
        return counts

    def page(
        self,
        state: LetterState | None = None,
        *,
        offset: int = 0,
        limit: int = 50,
        text: str | None = None,
        sort: str | None = None,
        descending: bool = False,
    ) -> list[LetterRecord]:
        """One page, newest first or sorted by ``sort`` (one of :data:`SORT_KEYS`; Thai text in dictionary
        order); ``text``: letters whose subject, number or recipient hold it (any substring, so parts of Thai
        words match)."""
        with self.store.sessions() as session:
            query = select(Letter).options(selectinload(Letter.versions))  # one query for the page's versions
            if sort is None:
                query = query.order_by(Letter.updated_at.desc(), Letter.id)
            else:
                query = query.order_by(*order_by(_SORTS, Letter.id, sort, descending))
            if state is not None:
                query = query.where(Letter.state == state.value)
            needle = " ".join((text or "").split())
            if needle:
                like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                query = query.where(
                    Letter.subject.like(like, escape="\\")
                    | Letter.number.like(like, escape="\\")
                    | Letter.receiver_job_title.like(like, escape="\\")
                )
            return [self._record(letter) for letter in session.scalars(query.offset(offset).limit(limit))]


_SORTS = {
    "kind": (Letter.template,),  # letters of one kind together
    "number": (thai(Letter.number),),
    "subject": (thai(Letter.subject),),
    "recipient": (thai(Letter.receiver_job_title),),
    "speed": (speed_rank(Letter.speed_code),),  # descending: ด่วนที่สุด first
    "secrecy": (secrecy_rank(Letter.secret_code),),
    "updated": (Letter.updated_at,),
    "reason": (thai(Letter.reject_reason),),  # why the server refused it (rejected letters)
}
SORT_KEYS = tuple(_SORTS)
"""The columns :meth:`LetterRepository.page` sorts by."""
