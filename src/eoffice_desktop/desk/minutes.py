"""The minute (บันทึกเกษียน) a head writes on a received letter (docs/incoming.md, "The minute").

The minute is a one-page PDF of its own, made here from what this workstation holds (the received letter as
the inbox keeps it, the people as sync brought them) and signed with the head's own token into its reserved
field ``Minute1``: a PAdES signature like initials, so that anyone holding the letter and its minute can check
both offline. The received letter is never touched. The agency's quick phrases are offered while the text is
typed; the text stays free.

The case's rules, the queue and the store of minutes are elsewhere: these functions make and sign bytes.
"""

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from eoffice_desktop.desk.routing import RouteSigning
from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.thai import thai_zone
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.render.minute import (
    MINUTE_FIELD,
    Assignee,
    MinuteContent,
    MinutedLetter,
    render_minute,
)
from eoffice_desktop.signing.batch import LetterJob
from eoffice_desktop.store.people import People
from eoffice_desktop.workspace import Workspace

DEFAULT_PHRASES = ("ทราบ", "มอบ … ดำเนินการ", "แจ้งเวียน", "เพื่อโปรดพิจารณา", "ดำเนินการตามระเบียบ")
"""The quick phrases when the setting ``[minutes] phrases`` gives none."""

__all__ = [
    "DEFAULT_PHRASES",
    "MINUTE_FIELD",
    "Minute",
    "MinuteError",
    "assignees",
    "make_minute",
    "minuted_letter",
    "quick_phrases",
    "sign_minute",
    "write_minute",
]


class MinuteError(EOfficeError):
    """A minute this workstation cannot make or sign (nothing is written)."""


@dataclass(frozen=True)
class Minute:
    """A signed minute: its PDF and the SHA-256 the minute action carries (``minute_sha256``)."""

    pdf: bytes
    sha256: str


def quick_phrases(workspace: Workspace) -> list[str]:
    """The phrases offered while a minute is typed: the setting ``[minutes] phrases`` when it is set (an
    empty list offers none), else :data:`DEFAULT_PHRASES`."""
    configured = workspace.services.config.minute_phrases
    return list(DEFAULT_PHRASES if configured is None else configured)


def minuted_letter(workspace: Workspace, letter_id: str) -> MinutedLetter:
    """The received letter ``letter_id`` (its server id, the case's id) as the minute names it, from the
    inbox and its receive register entry."""
    found = workspace.inbox.get(letter_id)
    if found is None:
        raise MinuteError(
            f"letter {letter_id} is not in this workstation's inbox: sync first",
            thai="ไม่พบหนังสือนี้ในหนังสือเข้าของเครื่องนี้ กรุณาซิงก์ก่อน",
        )
    received, entry = found.received, found.entry
    return MinutedLetter(
        receive_number=f"{received.register_no}/{received.register_year}",
        subject=(entry.subject if entry else "") or received.subject,
        sender=(entry.from_party if entry else "") or received.sender_name or received.sender_agency,
        number=(entry.number if entry else "") or received.number,
        date=(entry.letter_date if entry else None) or received.letter_date,
        received_at=received.received_at,
        speed=received.speed,
        secrecy=received.secrecy,
    )


def _person(workspace: Workspace, person_id: str) -> Person:
    person = People(workspace.store).get(person_id)
    if person is None:
        raise MinuteError(
            f"person {person_id} is not among the people this workstation holds: sync first",
            thai=f"ไม่พบข้อมูลบุคคลรหัส {person_id} ในเครื่องนี้ กรุณาซิงก์ก่อน",
        )
    return person


def assignees(workspace: Workspace, assign: Sequence[Mapping[str, str]]) -> tuple[Assignee, ...]:
    """Whom ``assign`` (the minute action's ``[{"person": P} / {"unit": U}, …]``) names, as the minute prints
    them: a person by name and position, a unit by its name."""
    found = []
    for target in assign:
        if set(target) == {"person"}:
            person = _person(workspace, target["person"])
            found.append(Assignee(person.name, person.position))
        elif set(target) == {"unit"} and str(target["unit"]).strip():
            found.append(Assignee(" ".join(str(target["unit"]).split())))
        else:
            raise MinuteError(
                f"an assignee is {{'person': ID}} or {{'unit': NAME}}, not {dict(target)!r}",
                thai="ผู้รับมอบต้องระบุเป็นบุคคล (รหัสบุคคล) หรือหน่วยงาน (ชื่อกลุ่ม/กอง)",
            )
    return tuple(found)


def _positions(workspace: Workspace, head: Person, acting_for: str | None) -> tuple[str, ...]:
    """The head's position lines: their own, and รักษาราชการแทน the owner's when they hold another's step."""
    lines = [head.position] if head.position else []
    if acting_for and acting_for != head.person_id:
        owner = People(workspace.store).get(acting_for)
        if owner is not None and (owner.position or owner.name):
            lines.append(f"รักษาราชการแทน {owner.position or owner.name}")
    return tuple(lines)


def make_minute(
    workspace: Workspace,
    letter_id: str,
    *,
    head: str,
    text: str,
    assign: Sequence[Mapping[str, str]] = (),
    due: dt.date | None = None,
    summary: str = "",
    letter: MinutedLetter | None = None,
    acting_for: str | None = None,
    on: dt.date | None = None,
) -> bytes:
    """The unsigned minute of ``head`` (a person's id) on the received letter ``letter_id``: one A4 page with
    the empty signature field ``Minute1``. ``letter``: the letter as the case names it when the inbox does
    not hold it (default: from the inbox); ``acting_for``: the step's owner when ``head`` holds it for them;
    ``on``: the minute's date (default: today in Thai time). Problems raise before anything is made."""
    if not text.strip():
        raise MinuteError("a minute needs its text (--text)", thai="ต้องระบุข้อความเกษียน (--text)")
    person = _person(workspace, head)
    content = MinuteContent(
        letter=letter or minuted_letter(workspace, letter_id),
        text=text,
        head_name=person.name,
        head_position=_positions(workspace, person, acting_for),
        date=on or dt.datetime.now(thai_zone()).date(),
        summary=summary,
        assignees=assignees(workspace, assign),
        due=due,
    )
    config = workspace.services.config
    return render_minute(content, tuple(config.font_families), tuple(config.font_dirs)).pdf


def sign_minute(
    workspace: Workspace,
    pdf: bytes,
    signing: RouteSigning,
    *,
    head: str,
    acting_for: str | None = None,
) -> bytes:
    """``pdf`` (from :func:`make_minute`) signed by ``head`` into ``Minute1`` with their token (PAdES at the
    options' level), the stamp showing their position. When the people held here know ``head``'s
    certificates, a token certificate that is not one of them is refused before the PIN is asked. Token and
    PIN problems raise as the signing path's errors (SigningError, with Thai)."""
    person = _person(workspace, head)
    if person.certificates:
        cert = signing.signer.certificate()
        if hashlib.sha256(cert.der).hexdigest() not in {c.lower() for c in person.certificates}:
            raise MinuteError(
                f"the token's certificate ({cert.common_name}) is not {person.name}'s: a minute is signed "
                "with the head's own token",
                thai=f"ใบรับรองในโทเค็น ({cert.common_name}) ไม่ใช่ของ{person.name} "
                "บันทึกเกษียนต้องลงนามด้วยโทเค็นของผู้เกษียนเอง",
            )
    positions = _positions(workspace, person, acting_for)
    options = replace(
        signing.options,
        field=MINUTE_FIELD,
        new_field=None,
        visible=True,
        certify=False,
        signer_position=None,  # the job's position lines: the head's, as the minute prints them
    )
    result = signing.signer.sign([LetterJob(pdf, "บันทึกเกษียน", positions)], signing.provider, options)
    (signed,) = result.letters
    if not signed.signed or signed.signed_pdf is None:
        raise MinuteError(
            f"the minute was not signed: {signed.problem}",
            thai=f"ยังไม่ได้ลงนามบันทึกเกษียน: {signed.problem_th or signed.problem}",
        )
    return signed.signed_pdf


def write_minute(
    workspace: Workspace,
    letter_id: str,
    signing: RouteSigning,
    *,
    head: str,
    text: str,
    assign: Sequence[Mapping[str, str]] = (),
    due: dt.date | None = None,
    summary: str = "",
    letter: MinutedLetter | None = None,
    acting_for: str | None = None,
    on: dt.date | None = None,
) -> Minute:
    """:func:`make_minute` then :func:`sign_minute`: the signed minute and its SHA-256."""
    pdf = make_minute(
        workspace,
        letter_id,
        head=head,
        text=text,
        assign=assign,
        due=due,
        summary=summary,
        letter=letter,
        acting_for=acting_for,
        on=on,
    )
    signed = sign_minute(workspace, pdf, signing, head=head, acting_for=acting_for)
    return Minute(signed, hashlib.sha256(signed).hexdigest())
