"""A signed letter numbered and dated by the saraban desk after the signature: its signed PDF gains the
filled blanks (an incremental update of the signed file, so the version stays the signed one), and its data,
number and date follow (the send register takes them from there when the letter is queued)."""

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store, StoreError
from eoffice_desktop.store.letters import LetterRecord, LetterRepository, ecms_fields
from eoffice_desktop.store.models import Letter


def record_numbered(
    store: Store, actor: str, letter_id: str, pdf: bytes, data: Mapping[str, Any]
) -> LetterRecord:
    """Keep ``pdf`` (the signed PDF with its blanks filled) and ``data`` (with the number and date) for the
    signed letter ``letter_id``; only a signed letter not yet queued, whose signed PDF ``pdf`` extends."""
    digest = store.put_blob(pdf)
    with store.sessions.begin() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise StoreError(f"no letter {letter_id}", thai="ไม่พบหนังสือ")
        latest = letter.versions[-1]
        if LetterState(letter.state) is not LetterState.SIGNED or not latest.signed:
            raise StoreError(
                f"only a signed letter not yet sent is numbered (this one is {letter.state})",
                thai="ออกเลขได้เฉพาะหนังสือที่ลงนามแล้วและยังไม่ได้ส่ง",
            )
        if latest.pdf_sha256 is None or not pdf.startswith(store.get_blob(latest.pdf_sha256)):
            raise StoreError("the numbered PDF is not the signed letter with an update")
        previous = latest.pdf_sha256
        latest.pdf_sha256 = digest
        latest.data_json = json.dumps(data, ensure_ascii=False)
        for key, value in ecms_fields(data).items():
            setattr(letter, key, value)
        letter.updated_at = dt.datetime.now(dt.UTC)
        session.flush()
        fields = ecms_fields(data)
        audit.append(
            session,
            actor,
            "number",
            letter.id,
            {"version": latest.number, "number": fields["number"], "sha256": digest, "signed": previous},
        )
    return LetterRepository(store, actor).get(letter_id)
