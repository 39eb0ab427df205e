"""The head's minute (บันทึกเกษียน) on a received letter: made from the inbox and the people this workstation
holds, signed with the head's own token (SoftHSM) into Minute1 as a PAdES signature that our verification and
poppler's pdfsig accept, by the certificate the agency knows for the head; and the quick phrases offered."""

import datetime as dt
import hashlib
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pymupdf
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from eoffice_desktop.desk.minutes import (
    DEFAULT_PHRASES,
    MINUTE_FIELD,
    MinuteError,
    make_minute,
    quick_phrases,
    sign_minute,
    write_minute,
)
from eoffice_desktop.desk.routing import RouteSigning
from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.render.minute import MinutedLetter
from eoffice_desktop.signing.batch import BatchSigner, SignOptions
from eoffice_desktop.signing.cli import TerminalPin
from eoffice_desktop.signing.errors import InputRefused
from eoffice_desktop.signing.tokens import TokenChoice, TokenService
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import verify_data
from eoffice_desktop.store.people import People
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.helpers import PIN_ENV, pdftotext

LETTER_ID = "srv-0001"
SUBJECT = "ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ ครั้งที่ ๓/๒๕๖๙"
TEXT = "ทราบ มอบ กองกลาง ดำเนินการ\nแจ้งผู้ที่เกี่ยวข้องเข้าร่วมประชุม"
HEAD = ("P004", "นายสมชาย ใจดี", "ปลัดกระทรวง")  # the test PKI's signer certificate is his


class NoPin:
    """A PIN provider that must not be asked: the minute is refused before any PIN."""

    def pin(self, request: Any) -> str | None:
        raise AssertionError("the PIN was asked for")


@pytest.fixture
def workspace(tmp_path: Path, pki: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))
    opened = open_workspace(tmp_path / "station")
    signer_sha = hashlib.sha256(pki.signer.cert_der).hexdigest()
    other_sha = hashlib.sha256(pki.signer2.cert_der).hexdigest()
    People(opened.store).replace(
        {"people": [
            {"person_id": HEAD[0], "agency": "ดศ", "name": HEAD[1], "position": HEAD[2], "roles": ["signer"],
             "certificates": [signer_sha]},
            {"person_id": "P003", "agency": "ดศ", "name": "นายศักดิ์ชัย ค่ำคืน", "position": "รองผู้อำนวยการกองกลาง",
             "roles": []},
            {"person_id": "P005", "agency": "ดศ", "name": "นางสาวสมหญิง รักงาน", "position": "รองปลัดกระทรวง",
             "roles": ["signer"], "certificates": [other_sha]},
        ]}
    )  # fmt: skip
    opened.inbox.receive(
        LETTER_ID,
        "CGD",
        {"subject": SUBJECT, "number": "กค 0402/ว 123", "date": "2026-12-01", "agency": "กรมบัญชีกลาง"},
        b"%PDF-1.7 the sender's letter, never touched",
    )
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def signing(hsm: Any, monkeypatch: pytest.MonkeyPatch) -> RouteSigning:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    signer = BatchSigner(TokenService(hsm.module), TokenChoice(hsm.label, None), "signer", None)
    return RouteSigning(signer, TerminalPin(PIN_ENV), SignOptions())


def _minute(workspace: Workspace) -> bytes:
    return make_minute(
        workspace,
        LETTER_ID,
        head=HEAD[0],
        text=TEXT,
        assign=[{"unit": "กองกลาง"}, {"person": "P003"}],
        due=dt.date(2026, 12, 15),
        summary="ขอเชิญผู้แทนเข้าร่วมประชุม",
        on=dt.date(2026, 12, 5),
    )


def _flat(text: str) -> str:
    return "".join(canonical_thai(text).split())


def test_the_minute_names_the_letter_from_the_inbox_and_the_people_by_name(
    workspace: Workspace, tmp_path: Path, qt_app: Any
) -> None:
    path = tmp_path / "minute.pdf"
    path.write_bytes(_minute(workspace))
    text = pdftotext(path)
    assert _flat(SUBJECT) in _flat(text) and "กรมบัญชีกลาง" in text
    assert "กค ๐๔๐๒/ว ๑๒๓" in text and "ลงวันที่ ๑ ธันวาคม ๒๕๖๙" in text
    year = dt.datetime.now().year + 543  # the receive register's (Buddhist Era) year
    assert canonical_thai(f"๑/{year}") in canonical_thai(text)  # the first receive number of the year
    assert _flat(TEXT) in _flat(text) and "ภายในวันที่ ๑๕ ธันวาคม ๒๕๖๙" in text
    assert _flat("นายศักดิ์ชัย ค่ำคืน (รองผู้อำนวยการกองกลาง)") in _flat(text)
    assert canonical_thai(f"({HEAD[1]})") in canonical_thai(text) and HEAD[2] in text
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 1


def test_the_head_signs_the_minute_with_their_own_token(
    workspace: Workspace, signing: RouteSigning, pki: Any, trust_root: Path, tmp_path: Path, qt_app: Any
) -> None:
    minute = write_minute(
        workspace, LETTER_ID, signing, head=HEAD[0], text=TEXT, assign=[{"unit": "กองกลาง"}]
    )
    assert hashlib.sha256(minute.pdf).hexdigest() == minute.sha256

    report = verify_data(minute.pdf, "minute.pdf", load_trust_anchors([trust_root]))
    assert report.valid, report.describe()
    (signature,) = report.signatures
    assert signature.field == MINUTE_FIELD and signature.coverage == "entire-file"
    assert signature.signer == HEAD[1]

    reader = PdfFileReader(io.BytesIO(minute.pdf), strict=False)
    (embedded,) = reader.embedded_regular_signatures
    held = People(workspace.store).get(HEAD[0])
    assert held is not None
    assert hashlib.sha256(embedded.signer_cert.dump()).hexdigest() in held.certificates

    path = tmp_path / "signed-minute.pdf"
    path.write_bytes(minute.pdf)
    if shutil.which("pdfsig") is None:
        pytest.fail("pdfsig (poppler-utils) is required as the independent validator")
    pdfsig = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in pdfsig and "Total document signed" in pdfsig, pdfsig

    with pymupdf.open(path) as doc:  # the stamp stands in the field above the head's name
        (widget,) = list(doc[0].widgets())
        rect = widget.rect
        doc.bake(annots=False, widgets=True)
        stamp = canonical_thai(doc[0].get_text(clip=rect))
    assert canonical_thai(f"ลงนามโดย {HEAD[1]}") in stamp and HEAD[2] in stamp, stamp
    assert _flat(TEXT) in _flat(pdftotext(path)), "the minute's text extracts exactly after signing"


def test_a_token_that_is_not_the_heads_is_refused_before_the_pin(
    workspace: Workspace, signing: RouteSigning, qt_app: Any
) -> None:
    pdf = make_minute(workspace, LETTER_ID, head="P005", text="ทราบ")
    wrong = RouteSigning(signing.signer, NoPin(), signing.options)
    with pytest.raises(MinuteError) as raised:
        sign_minute(workspace, pdf, wrong, head="P005")
    assert "ไม่ใช่ของนางสาวสมหญิง รักงาน" in raised.value.thai


def test_a_signed_minute_is_not_signed_again(
    workspace: Workspace, signing: RouteSigning, qt_app: Any
) -> None:
    signed = sign_minute(workspace, _minute(workspace), signing, head=HEAD[0])
    with pytest.raises(InputRefused) as raised:
        sign_minute(workspace, signed, RouteSigning(signing.signer, NoPin(), signing.options), head=HEAD[0])
    assert "Minute1" in str(raised.value) and "ลงนามแล้ว" in raised.value.thai


def test_what_cannot_be_minuted_is_refused_in_thai(workspace: Workspace, qt_app: Any) -> None:
    with pytest.raises(MinuteError) as raised:
        make_minute(workspace, "srv-unknown", head=HEAD[0], text="ทราบ")
    assert "ซิงก์" in raised.value.thai
    with pytest.raises(MinuteError) as raised:
        make_minute(workspace, LETTER_ID, head="P999", text="ทราบ")
    assert "P999" in raised.value.thai
    with pytest.raises(MinuteError):
        make_minute(workspace, LETTER_ID, head=HEAD[0], text="ทราบ", assign=[{"team": "x"}])
    with pytest.raises(MinuteError):
        make_minute(workspace, LETTER_ID, head=HEAD[0], text=" ")


def test_a_head_acting_for_another_says_so_under_their_position(
    workspace: Workspace, tmp_path: Path, qt_app: Any
) -> None:
    path = tmp_path / "acting.pdf"
    path.write_bytes(make_minute(workspace, LETTER_ID, head=HEAD[0], text="ทราบ", acting_for="P005"))
    lines = [canonical_thai(line) for line in pdftotext(path).splitlines()]
    name = lines.index(canonical_thai(f"({HEAD[1]})"))
    assert lines[name + 1 : name + 3] == [HEAD[2], canonical_thai("รักษาราชการแทน รองปลัดกระทรวง")], lines


def test_a_letter_the_inbox_does_not_hold_is_minuted_from_the_case(
    workspace: Workspace, tmp_path: Path, qt_app: Any
) -> None:
    letter = MinutedLetter("7/2569", "เรื่องลับเฉพาะผู้เกี่ยวข้อง", sender="กรมบัญชีกลาง", secrecy="ลับ")
    path = tmp_path / "case.pdf"
    path.write_bytes(make_minute(workspace, "srv-secret", head=HEAD[0], text="ทราบ", letter=letter))
    text = pdftotext(path)
    assert "เรื่องลับเฉพาะผู้เกี่ยวข้อง" in text and "๗/๒๕๖๙" in text


def test_the_quick_phrases_are_the_defaults_unless_the_agency_sets_its_own(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert quick_phrases(workspace) == list(DEFAULT_PHRASES)
    assert quick_phrases(workspace)[:2] == ["ทราบ", "มอบ … ดำเนินการ"]
    config = tmp_path / "config.toml"
    phrases = '["ทราบ ดำเนินการต่อ", "  มอบ กองกลาง  ดำเนินการ "]'
    config.write_text(f"[minutes]\nphrases = {phrases}\n", encoding="utf-8")
    own = open_workspace(tmp_path / "station", config)
    try:
        assert quick_phrases(own) == ["ทราบ ดำเนินการต่อ", "มอบ กองกลาง ดำเนินการ"]
        assert not own.services.config.problems
    finally:
        own.close()
    config.write_text("[minutes]\nphrases = []\n", encoding="utf-8")
    none = open_workspace(tmp_path / "station", config)
    try:
        assert quick_phrases(none) == []
    finally:
        none.close()
