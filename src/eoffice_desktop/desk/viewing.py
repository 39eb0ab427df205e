"""Reading letters: a received letter with its register entry and enclosures, and any letter's PDF to print.

The window opens a received letter from an inbox row or from a receive-register row (a search of the inbox
finds those); both lead here. Today the protocol carries only the signed PDF, so a letter's enclosures are
the files embedded in that PDF (all but the letter's own data, which the program reads itself).
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pikepdf

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.letterdata import ATTACHMENT
from eoffice_desktop.store.inbox import Received, ReceivedLetter
from eoffice_desktop.store.letters import LetterRecord
from eoffice_desktop.store.registers import RegisterRow
from eoffice_desktop.workspace import Workspace

if TYPE_CHECKING:
    from eoffice_desktop.signing.revocation import RevocationChecker


class ViewError(EOfficeError):
    """A letter cannot be opened or printed."""


@dataclass(frozen=True)
class Enclosure:
    """A file embedded in the letter's PDF (สิ่งที่ส่งมาด้วย)."""

    name: str
    description: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def is_pdf(self) -> bool:
        return self.data.startswith(b"%PDF") or self.name.lower().endswith(".pdf")


@dataclass(frozen=True)
class OpenedLetter:
    """A received letter as the viewer shows it."""

    letter: ReceivedLetter
    pdf: bytes
    enclosures: list[Enclosure]

    @property
    def title(self) -> str:
        return self.letter.received.subject or self.letter.received.number


def revocation_checker(workspace: Workspace | None) -> "RevocationChecker":
    """How the window checks signers' certificates for revocation: online with a short timeout, the answers
    kept in the workspace's store to check again offline."""
    from eoffice_desktop.signing.revocation import RevocationChecker
    from eoffice_desktop.store.revocation_cache import RevocationCache

    return RevocationChecker(cache=RevocationCache(workspace.store) if workspace is not None else None)


def is_received(record: Any) -> bool:
    """An inbox row, or a receive-register row (what an inbox search lists)."""
    return isinstance(record, Received) or (isinstance(record, RegisterRow) and record.kind == "receive")


def received_letter(workspace: Workspace, record: Received | RegisterRow) -> ReceivedLetter:
    if isinstance(record, Received):
        found = workspace.inbox.get(record.server_id)
    else:
        found = workspace.inbox.registered(record.year, record.reg_no)
    if found is None:
        raise ViewError(
            "this register entry has no received letter in the store",
            thai="รายการนี้ในทะเบียนไม่มีหนังสือที่รับไว้ในเครื่อง",
        )
    return found


def open_received(workspace: Workspace, record: Received | RegisterRow) -> OpenedLetter:
    """The received letter of ``record``: its entry, its PDF and the PDF's enclosures."""
    letter = received_letter(workspace, record)
    try:
        pdf = workspace.store.get_blob(letter.pdf_sha256)
    except OSError as exc:
        raise ViewError(
            f"the letter's PDF is missing from the store: {exc.strerror or exc}",
            thai="ไม่พบไฟล์ PDF ของหนังสือในเครื่อง",
        ) from exc
    return OpenedLetter(letter, pdf, enclosures(pdf))


def enclosures(pdf: bytes) -> list[Enclosure]:
    """The files embedded in ``pdf``, but the letter's own data; none for a PDF that cannot be read (the
    validation report says what is wrong with it)."""
    found = []
    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            for name, spec in document.attachments.items():
                if name == ATTACHMENT:
                    continue
                found.append(Enclosure(str(name), str(spec.description or ""), spec.get_file().read_bytes()))
    except (pikepdf.PdfError, ValueError, KeyError):
        return []
    return found


def printable_pdf(workspace: Workspace, record: Any) -> tuple[str, bytes]:
    """The title and PDF of the letter ``record`` (a list row) as it prints: received letters and letters
    with a PDF as stored; a draft without one as its preview."""
    if is_received(record):
        opened = open_received(workspace, record)
        return opened.title, opened.pdf
    if isinstance(record, RegisterRow):
        if record.letter_id is None:
            raise ViewError("this register entry has no letter to print", thai="รายการนี้ไม่มีหนังสือให้พิมพ์")
        record = workspace.letters.get(record.letter_id)
    if not isinstance(record, LetterRecord):
        raise ViewError("nothing to print", thai="ไม่มีหนังสือให้พิมพ์")
    if record.pdf_sha256:
        return record.subject, workspace.store.get_blob(record.pdf_sha256)
    if record.state in (LetterState.DRAFT, LetterState.REJECTED):
        from eoffice_desktop.desk.drafts import preview_pdf

        template = workspace.services.templates.get(record.template)
        pdf, _checked = preview_pdf(workspace, template, workspace.letters.data(record.id))
        return record.subject, pdf
    raise ViewError("this letter has no PDF yet", thai="หนังสือนี้ยังไม่มีไฟล์ PDF")


def first_printable(records: Sequence[Any]) -> Any | None:
    """The first of the selected rows that can be printed (a row with a letter behind it)."""
    for record in records:
        if is_received(record) or isinstance(record, LetterRecord):
            return record
        if isinstance(record, RegisterRow) and record.letter_id is not None:
            return record
    return None
