"""Validate signed letters, stricter than pyHanko's bottom line.

A signature is valid only when it is intact, its certificate chains to a configured trust anchor (files IT
deploys; the OS store is not used), and it covers the whole file, or its revision with nothing after it but
DSS and document-timestamp updates (what augmentation adds). Bytes appended after the signed range, changed
page content, an added annotation or form field: the letter is invalid, and the report says why, in
English and Thai.
"""

import dataclasses
import datetime as dt
import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from eoffice_desktop.signing.filled import after_last_signature, describe_filled
from eoffice_desktop.signing.revisions import (
    BROKEN_UPDATE,
    ENCRYPTED,
    SIGNATURES_ONLY_POLICY,
    after_signing,
    signed_before_damage,
)
from eoffice_desktop.signing.revocation import RevocationChecker, check_signature_revocation

log = logging.getLogger(__name__)

_COVERAGE = {
    SignatureCoverageLevel.ENTIRE_FILE: "entire-file",
    SignatureCoverageLevel.ENTIRE_REVISION: "entire-revision",
}


@dataclass
class SignatureReport:
    field: str
    signer: str
    intact: bool
    trusted: bool
    valid: bool
    coverage: str
    modified_after_signing: bool
    level: str
    signing_time: str | None
    timestamp_time: str | None
    timestamp_gap_seconds: float | None = None  # signer's clock to the authority's time (offline signing)
    revocation: str = "not-checked"  # the certificate's status: "good", "revoked", "not-checked"
    problems: list[str] = dataclasses.field(default_factory=list)
    problems_th: list[str] = dataclasses.field(default_factory=list)

    def add(self, english: str, thai: str) -> None:
        self.problems.append(english)
        self.problems_th.append(thai)

    def describe(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "signer": self.signer,
            "intact": self.intact,
            "trusted": self.trusted,
            "valid": self.valid,
            "coverage": self.coverage,
            "modified_after_signing": self.modified_after_signing,
            "level": self.level,
            "signing_time": self.signing_time,
            "timestamp_time": self.timestamp_time,
            "timestamp_gap_seconds": self.timestamp_gap_seconds,
            "revocation": self.revocation,
            "problems": self.problems,
            "problems_th": self.problems_th,
        }


@dataclass
class FileReport:
    file: str
    signatures: list[SignatureReport] = dataclasses.field(default_factory=list)
    problems: list[str] = dataclasses.field(default_factory=list)
    problems_th: list[str] = dataclasses.field(default_factory=list)
    unsigned: bool = False  # a readable PDF that holds no signature at all
    filled: dict[str, str] = dataclasses.field(default_factory=dict)  # number, date given after signing

    @property
    def notes(self) -> list[tuple[str, str]]:
        """What a reader should know that does not make the letter invalid (English, Thai)."""
        return [describe_filled(self.filled)] if self.filled else []

    @property
    def status(self) -> str:
        """Valid; "valid-unchecked" when every signature is valid but the revocation of a certificate
        could not be checked (offline, unreachable); else "invalid"."""
        if self.problems or not self.signatures or not all(s.valid for s in self.signatures):
            return "invalid"
        if any(s.revocation != "good" for s in self.signatures):
            return "valid-unchecked"
        return "valid"

    @property
    def valid(self) -> bool:
        """Fully valid: revocation checked too."""
        return self.status == "valid"

    def describe(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "valid": self.valid,
            "status": self.status,
            "signatures": [s.describe() for s in self.signatures],
            "problems": self.problems,
            "problems_th": self.problems_th,
            "filled_after_signing": self.filled,
            "notes": [english for english, _thai in self.notes],
            "notes_th": [thai for _english, thai in self.notes],
        }


def _level(status: Any, embedded: Any, reader: PdfFileReader, long_term: Callable[[], bool]) -> str:
    """PAdES level of one signature: its own signature timestamp or a later document timestamp gives B-T
    (another signature's timestamp does not); validation data for it (a DSS with its VRI entry, or that
    proves it) B-LT; a document timestamp that covers validation data B-LTA (DSS updates after it, for the
    timestamp's own chain, are usual)."""
    later = [t for t in reader.embedded_timestamp_signatures if t.signed_revision > embedded.signed_revision]
    if status.timestamp_validity is None and not later:
        return "B-B"
    if reader.root.get("/DSS") is None:
        return "B-T"
    keys = _vri_keys(embedded)
    if _vri(reader.root, keys) is False and not long_term():
        return "B-T"  # validation data for other signatures only
    covers_dss = any(_vri(reader.get_historical_root(t.signed_revision), keys) is not False for t in later)
    return "B-LTA" if covers_dss else "B-LT"


def _vri_keys(embedded: Any) -> set[str]:
    """The names a VRI entry for this signature may have: SHA-1 of its /Contents string (PAdES), or of
    the hex of the signature without padding (pyHanko's add_validation_info)."""
    contents = embedded.pkcs7_content
    return {
        str(DocumentSecurityStore.sig_content_identifier(value))
        for value in (embedded.sig_object["/Contents"], contents, contents.hex().encode("ascii"))
    }


def _vri(root: Any, keys: set[str]) -> bool | None:
    """Whether the DSS of ``root`` has a VRI entry for the signature (one of ``keys``); None: a DSS without
    VRI entries (it may be for any signature), False: none for this one, or no DSS at all."""
    if root.get("/DSS") is None:
        return False
    try:
        entries = root["/DSS"]["/VRI"]
    except KeyError:
        return None
    return any(key in entries for key in keys)


def _embedded_status_proves_validity(
    embedded: Any, reader: PdfFileReader, trust: Sequence[x509.Certificate], when: dt.datetime | None
) -> bool:
    """B-LT/B-LTA: validate again using only the certificates, OCSP responses and CRLs in the letter (no
    network), at the time of the timestamp, with revocation status required."""
    try:
        dss = DocumentSecurityStore.read_dss(reader)
        offline = dss.as_validation_context(
            {
                "trust_roots": list(trust),
                "allow_fetching": False,
                "revocation_mode": "hard-fail",
                "moment": when,
            }
        )
        status = validate_pdf_signature(embedded, offline, skip_diff=True)
    except Exception:
        log.debug("long-term validation failed", exc_info=True)
        return False
    return bool(status.intact and status.valid and status.trusted)


def _document_timestamps(reader: PdfFileReader, revision: int, context: ValidationContext) -> list[Any]:
    """Validated document timestamps added after ``revision`` (augmentation)."""
    found = []
    for embedded in reader.embedded_timestamp_signatures:
        if embedded.signed_revision > revision:
            found.append((embedded, validate_pdf_timestamp(embedded, validation_context=context)))
    return found


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def verify_signature(
    embedded: Any,
    reader: PdfFileReader,
    trust: Sequence[x509.Certificate],
    data: bytes,
    revocation: RevocationChecker | None = None,
) -> SignatureReport:
    context = ValidationContext(trust_roots=list(trust), allow_fetching=False, revocation_mode="soft-fail")
    changed = after_signing(embedded, data)  # the same rule as for what may be signed
    status = validate_pdf_signature(embedded, context, diff_policy=SIGNATURES_ONLY_POLICY)
    cert = status.signing_cert
    signer = str(cert.subject.native.get("common_name", cert.subject.human_friendly))
    coverage = None if changed is not None and changed.appended else status.coverage
    stamps = _document_timestamps(reader, embedded.signed_revision, context)
    signed_at = status.signer_reported_dt or embedded.self_reported_timestamp  # PAdES: /M of the signature
    stamp_time = status.timestamp_validity.timestamp if status.timestamp_validity else None
    if stamp_time is None and stamps:
        stamp_time = stamps[0][1].timestamp
    proven: list[bool] = []

    def long_term() -> bool:
        if not proven:
            proven.append(_embedded_status_proves_validity(embedded, reader, trust, stamp_time))
        return proven[0]

    report = SignatureReport(
        field=str(embedded.field_name),
        signer=signer,
        intact=bool(status.intact),
        trusted=bool(status.trusted),
        valid=False,
        coverage=_COVERAGE.get(coverage, "partial") if coverage is not None else "partial",
        modified_after_signing=changed is not None,
        level=_level(status, embedded, reader, long_term),
        signing_time=_iso(signed_at),
        timestamp_time=_iso(stamp_time),
    )
    for stamp, stamp_status in stamps:
        if not (stamp_status.intact and stamp_status.valid and stamp_status.trusted):
            report.add(
                f"the document timestamp {stamp.field_name!r} is not valid or its authority is not trusted",
                f"การประทับเวลาเอกสาร {stamp.field_name} ไม่ถูกต้องหรือไม่ได้มาจากหน่วยงานที่เชื่อถือ",
            )
    if not status.intact:
        report.add(
            "the signed content was altered: the signature no longer matches it",
            "เนื้อหาที่ลงนามถูกแก้ไข ลายมือชื่อไม่ตรงกับเนื้อหาอีกต่อไป",
        )
    elif not status.valid:
        report.add("the signature is cryptographically invalid", "ลายมือชื่อไม่ถูกต้องทางการเข้ารหัส")
    if status.intact and status.valid and not status.trusted:
        report.add(
            "the signer's certificate does not chain to a trusted root (or is not valid for signing)",
            "ใบรับรองของผู้ลงนามไม่ได้ออกโดยหน่วยงานที่เชื่อถือ หรือใช้ลงนามไม่ได้",
        )
    if changed is not None:
        report.add(changed.english, changed.thai)
    certified = embedded.docmdp_level is not None
    breaks_certification = certified and changed is not None and not changed.appended
    if (status.docmdp_ok is False and changed is None) or breaks_certification:
        # a certified letter says what may follow: a change beyond it breaks the certification too
        report.add("the changes break the signer's permissions (DocMDP)", "การแก้ไขขัดกับสิทธิ์ที่ผู้ลงนามกำหนด")
    if signed_at and stamp_time:
        report.timestamp_gap_seconds = (stamp_time - signed_at).total_seconds()
    long_term_ok = True
    if report.level in ("B-LT", "B-LTA") and report.intact:
        long_term_ok = long_term()
        if not long_term_ok:
            report.add(
                "the validation data in the letter does not show the certificate was good at the timestamp "
                "(revoked, or its status is missing)",
                "ข้อมูลการตรวจสอบสถานะที่ฝังในหนังสือไม่ยืนยันว่าใบรับรองใช้งานได้ ณ เวลาที่ประทับ (ถูกเพิกถอนหรือไม่มีสถานะ)",
            )
    stamps_ok = all(s.intact and s.valid and s.trusted for _e, s in stamps)
    not_revoked = check_signature_revocation(
        report, embedded, reader, trust, revocation, stamp_time if stamps_ok else None
    )
    report.valid = (
        report.intact
        and status.valid
        and report.trusted
        and changed is None
        and status.docmdp_ok is not False
        and stamps_ok
        and long_term_ok
        and not_revoked
    )
    return report


def verify_file(
    path: Path, trust: Sequence[x509.Certificate], revocation: RevocationChecker | None = None
) -> FileReport:
    """The report on the PDF at ``path``; ``revocation``: how certificates' status is checked (default:
    online, nothing cached)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        report = FileReport(file=str(path))
        report.problems.append(f"cannot read the file: {exc.strerror or exc}")
        report.problems_th.append("อ่านไฟล์ไม่ได้")
        return report
    return verify_data(data, str(path), trust, revocation)


def verify_data(
    data: bytes, name: str, trust: Sequence[x509.Certificate], revocation: RevocationChecker | None = None
) -> FileReport:
    """The report on the PDF ``data`` (named ``name`` in the report)."""
    report = FileReport(file=name)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            report.problems.append(f"{ENCRYPTED.english}: its signatures cannot be checked")
            report.problems_th.append(f"{ENCRYPTED.thai} ตรวจสอบลายมือชื่อไม่ได้")
            return report
        signatures = list(reader.embedded_regular_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        if signed_before_damage(data):
            report.problems.append(f"{BROKEN_UPDATE.english} ({exc})")
            report.problems_th.append(BROKEN_UPDATE.thai)
        else:
            report.problems.append(f"not a readable PDF: {exc}")
            report.problems_th.append("ไม่ใช่ไฟล์ PDF ที่อ่านได้")
        return report
    if not signatures:
        report.unsigned = True
        report.problems.append("the file holds no signature")
        report.problems_th.append("ไฟล์นี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์")
        return report
    for embedded in signatures:
        try:
            report.signatures.append(verify_signature(embedded, reader, trust, data, revocation))
        except Exception as exc:
            log.debug("validation of %s failed", embedded.field_name, exc_info=True)
            broken = SignatureReport(
                str(embedded.field_name), "?", False, False, False, "partial", True, "B-B", None, None
            )
            broken.add(f"the signature cannot be validated: {exc}", "ตรวจสอบลายมือชื่อไม่ได้")
            report.signatures.append(broken)
    report.filled = after_last_signature(reader)
    return report
