"""A validation report in one plain sentence, Thai and English, before the technical details.

A clerk reads "ลงนามถูกต้อง ยังไม่มีการประทับเวลา", not "PAdES B-B, intact, trusted": the level and the
per-signature findings stay in the report for whoever opens the details. The tone says how to colour it:
valid (green), a signature that is intact but whose issuer is not among the trust anchors (amber: nothing was
changed, yet no one vouches for the signer), a valid letter whose signer's certificate could not be checked
for revocation (amber: offline, the responder unreachable; not confirmed), and invalid or unsigned (red).
"""

import enum
from dataclasses import dataclass

from eoffice_desktop.signing.verify import FileReport, SignatureReport

LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")
"""PAdES levels, weakest first."""


class Tone(enum.Enum):
    VALID = "valid"
    UNTRUSTED = "untrusted"
    UNCHECKED = "unchecked"
    INVALID = "invalid"


@dataclass(frozen=True)
class Verdict:
    tone: Tone
    english: str
    thai: str
    level: str | None  # the weakest level of the signatures; None when there is none

    def text(self, thai: bool) -> str:
        return self.thai if thai else self.english


# what a valid signature at each level adds to "signed and valid"
_VALID = {
    "B-B": ("Signed and valid; not timestamped yet", "ลงนามถูกต้อง ยังไม่มีการประทับเวลา"),
    "B-T": ("Signed and valid; timestamped", "ลงนามถูกต้อง ประทับเวลาแล้ว"),
    "B-LT": (
        "Signed and valid; it carries the data to check it in the long term",
        "ลงนามถูกต้อง มีข้อมูลสำหรับตรวจสอบระยะยาว",
    ),
}
_VALID["B-LTA"] = _VALID["B-LT"]

UNTRUSTED = (
    "Unknown certificate issuer: the letter is unchanged, but the signer cannot be confirmed",
    "ไม่รู้จักผู้ออกใบรับรองของผู้ลงนาม เนื้อหาไม่ถูกแก้ไข แต่ยืนยันตัวผู้ลงนามไม่ได้",
)


UNCHECKED = (
    "Signed and unchanged, but not confirmed: whether the signer's certificate was revoked could not be "
    "checked (offline or no answer)",
    "ลงนามและเนื้อหาไม่ถูกแก้ไข แต่ยังยืนยันไม่ได้ ตรวจสอบไม่ได้ว่าใบรับรองของผู้ลงนามถูกเพิกถอนหรือไม่ (ออฟไลน์หรือไม่มีการตอบกลับ)",
)


def weakest_level(signatures: list[SignatureReport]) -> str | None:
    known = [s.level for s in signatures if s.level in LEVELS]
    return min(known, key=LEVELS.index) if known else None


def _only_untrusted(signature: SignatureReport) -> bool:
    """Intact and covering the letter, and its one problem is the signer's unknown issuer."""
    return (
        signature.intact
        and not signature.trusted
        and not signature.modified_after_signing
        and len(signature.problems) == 1
    )


def verdict(report: FileReport) -> Verdict:
    """The one sentence a reader sees first about ``report``."""
    level = weakest_level(report.signatures)
    if report.valid:
        english, thai = _VALID.get(level or "B-B", _VALID["B-B"])
        return Verdict(Tone.VALID, english, thai, level)
    if report.status == "valid-unchecked":
        return Verdict(Tone.UNCHECKED, *UNCHECKED, level)
    if report.unsigned:
        return Verdict(Tone.INVALID, "Not signed", "ไม่มีลายมือชื่ออิเล็กทรอนิกส์", None)
    if report.problems or not report.signatures:
        return Verdict(
            Tone.INVALID,
            f"Cannot be checked: {report.problems[0] if report.problems else 'no signature'}",
            f"ตรวจสอบไม่ได้: {report.problems_th[0] if report.problems_th else 'ไม่มีลายมือชื่อ'}",
            level,
        )
    failing = [s for s in report.signatures if not s.valid]
    if all(_only_untrusted(s) for s in failing):
        return Verdict(Tone.UNTRUSTED, *UNTRUSTED, level)
    first = next(s for s in failing if not _only_untrusted(s))
    reason_en = first.problems[0] if first.problems else "it cannot be validated"
    reason_th = first.problems_th[0] if first.problems_th else "ตรวจสอบไม่ได้"
    return Verdict(
        Tone.INVALID,
        f"The signature is not valid: {reason_en}",
        f"ลายมือชื่อไม่ถูกต้อง: {reason_th}",
        level,
    )
