"""The one sentence a reader sees first: plain Thai (and English), by level for a valid letter, the reason for
an invalid one, amber for an intact signature from an unknown issuer."""

import pytest

from eoffice_desktop.signing.verdict import Tone, verdict, weakest_level
from eoffice_desktop.signing.verify import FileReport, SignatureReport

TRUST = (
    "the signer's certificate does not chain to a trusted root (or is not valid for signing)",
    "ใบรับรองของผู้ลงนามไม่ได้ออกโดยหน่วยงานที่เชื่อถือ หรือใช้ลงนามไม่ได้",
)
ALTERED = (
    "the signed content was altered: the signature no longer matches it",
    "เนื้อหาที่ลงนามถูกแก้ไข ลายมือชื่อไม่ตรงกับเนื้อหาอีกต่อไป",
)


def _signature(
    level: str = "B-B", *, valid: bool = True, problems: tuple[tuple[str, str], ...] = ()
) -> SignatureReport:
    report = SignatureReport(
        field="Signature1",
        signer="สมชาย ใจดี",
        intact=ALTERED not in problems,
        trusted=TRUST not in problems,
        valid=valid,
        coverage="entire-file",
        modified_after_signing=False,
        level=level,
        signing_time="2026-11-24T09:00:00+07:00",
        timestamp_time=None,
        revocation="good",
    )
    for english, thai in problems:
        report.add(english, thai)
    return report


@pytest.mark.parametrize(
    ("level", "thai", "english"),
    [
        ("B-B", "ลงนามถูกต้อง ยังไม่มีการประทับเวลา", "Signed and valid; not timestamped yet"),
        ("B-T", "ลงนามถูกต้อง ประทับเวลาแล้ว", "Signed and valid; timestamped"),
        ("B-LT", "ลงนามถูกต้อง มีข้อมูลสำหรับตรวจสอบระยะยาว", None),
        ("B-LTA", "ลงนามถูกต้อง มีข้อมูลสำหรับตรวจสอบระยะยาว", None),
    ],
)
def test_a_valid_letter_says_what_its_level_means(level: str, thai: str, english: str | None) -> None:
    said = verdict(FileReport("a.pdf", [_signature(level)]))
    assert said.tone is Tone.VALID and said.thai == thai and said.level == level
    assert said.text(thai=True) == thai
    if english:
        assert said.english == english


def test_an_invalid_letter_gives_the_reason() -> None:
    said = verdict(FileReport("a.pdf", [_signature(valid=False, problems=(ALTERED,))]))
    assert said.tone is Tone.INVALID
    assert said.thai == f"ลายมือชื่อไม่ถูกต้อง: {ALTERED[1]}"
    assert said.english == f"The signature is not valid: {ALTERED[0]}"


def test_an_unknown_issuer_is_amber_not_red() -> None:
    said = verdict(FileReport("a.pdf", [_signature(valid=False, problems=(TRUST,))]))
    assert said.tone is Tone.UNTRUSTED and said.thai.startswith("ไม่รู้จักผู้ออกใบรับรอง")
    assert said.english.startswith("Unknown certificate issuer")


def test_an_unknown_issuer_with_another_problem_is_red() -> None:
    changed = ("the letter was changed after signing: x", "หนังสือถูกแก้ไขหลังลงนาม: x")
    said = verdict(FileReport("a.pdf", [_signature(valid=False, problems=(TRUST, changed))]))
    assert said.tone is Tone.INVALID


def test_one_bad_signature_of_two_makes_the_letter_invalid() -> None:
    report = FileReport("a.pdf", [_signature("B-T"), _signature("B-T", valid=False, problems=(ALTERED,))])
    said = verdict(report)
    assert said.tone is Tone.INVALID and ALTERED[1] in said.thai


def test_an_unsigned_or_unreadable_file() -> None:
    unsigned = FileReport("a.pdf", problems=["the file holds no signature"], unsigned=True)
    unsigned.problems_th.append("ไฟล์นี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์")
    assert verdict(unsigned).tone is Tone.INVALID and verdict(unsigned).thai == "ไม่มีลายมือชื่ออิเล็กทรอนิกส์"
    broken = FileReport("a.pdf", problems=["not a readable PDF: x"], problems_th=["ไม่ใช่ไฟล์ PDF ที่อ่านได้"])
    said = verdict(broken)
    assert said.tone is Tone.INVALID and said.thai == "ตรวจสอบไม่ได้: ไม่ใช่ไฟล์ PDF ที่อ่านได้"
    assert said.level is None


def test_the_weakest_level_speaks_for_the_letter() -> None:
    assert weakest_level([_signature("B-LTA"), _signature("B-T")]) == "B-T"
    assert weakest_level([]) is None


def test_a_valid_letter_whose_revocation_was_not_checked_is_amber_never_valid() -> None:
    signature = _signature()
    signature.revocation = "not-checked"
    report = FileReport("a.pdf", [signature])
    assert report.status == "valid-unchecked" and report.valid is False
    assert report.describe()["status"] == "valid-unchecked" and report.describe()["valid"] is False
    said = verdict(report)
    assert said.tone is Tone.UNCHECKED
    assert "not confirmed" in said.english and "revoked" in said.english
    assert "ยังยืนยันไม่ได้" in said.thai and "เพิกถอน" in said.thai


def test_a_revoked_signature_is_invalid_with_the_reason() -> None:
    revoked = (
        "the signer's certificate was revoked: the signature is not valid",
        "ใบรับรองของผู้ลงนามถูกเพิกถอนแล้ว",
    )
    signature = _signature(valid=False, problems=(revoked,))
    signature.revocation = "revoked"
    said = verdict(FileReport("a.pdf", [signature]))
    assert said.tone is Tone.INVALID and revoked[0] in said.english and revoked[1] in said.thai
