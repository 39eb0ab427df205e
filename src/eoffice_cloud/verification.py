"""Every uploaded letter is checked before it is stored, by the client's own rules (signing/verify.py).

A letter is accepted when it carries at least one signature and every signature is intact, covers the
document (or is followed only by what may follow a signature: signing/revisions.py), its signer chains to
one of the deployment's trust anchors, and its certificate is not revoked. Otherwise the upload is refused
(422) with one of the reasons below, in English and Thai.

Revocation is asked of the letter's own validation data first (DSS), then of the certificate's OCSP or CRL
address with a short timeout. Answers are kept in this process for a while (``RevocationAnswers``): many
letters come from few signers, and a responder is not asked again for each letter. The cache is in memory
only (several instances each keep their own): a letter signed with a certificate revoked a moment ago may
still be accepted until the kept answer expires. A certificate whose status cannot be learnt (responder
unreachable, nothing embedded) is accepted, as the client's verify says "valid, not confirmed", and the log
says so.
"""

import dataclasses
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from asn1crypto import x509
from pyhanko_certvalidator import ValidationContext

from eoffice_cloud import speedups
from eoffice_cloud.paths import ValidatedPaths
from eoffice_cloud.settings import ServerSettings
from eoffice_desktop.signing.revocation import Answer, Outcome, RevocationChecker
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import FileReport, SignatureReport, verify_data

log = logging.getLogger(__name__)

REVOCATION_TIMEOUT_S = 3.0
"""Seconds for an OCSP or CRL request while an upload waits."""
ANSWER_TTL_S = 300.0
"""How long a "good" or "revoked" answer for a certificate is kept before the responder is asked again."""
UNCHECKED_TTL_S = 30.0
"""How long an unreachable responder is not asked again (each try costs an upload the timeout)."""


@dataclass(frozen=True)
class Refusal:
    """Why a letter is not accepted: ``error`` is one of not_a_pdf, unsigned, signature_invalid,
    signer_not_trusted, revoked."""

    error: str
    detail: str
    reason_th: str

    def body(self) -> dict[str, str]:
        return {"error": self.error, "detail": self.detail, "reason_th": self.reason_th}


class RevocationAnswers:
    """Answers of responders per certificate, kept ``ttl`` seconds ("not-checked" ones ``unchecked_ttl``).
    One request per certificate at a time: concurrent uploads signed by the same person wait for it."""

    def __init__(
        self,
        ttl: float = ANSWER_TTL_S,
        unchecked_ttl: float = UNCHECKED_TTL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.unchecked_ttl = unchecked_ttl
        self.clock = clock
        self._kept: dict[str, tuple[float, Answer]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, key: str, ask: Callable[[], Answer]) -> Answer:
        kept = self._kept.get(key)  # the usual case, without waiting for the letters of the same signer
        if kept is not None and kept[0] > self.clock():
            return kept[1]
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            kept = self._kept.get(key)
            if kept is not None and kept[0] > self.clock():
                return kept[1]
            answer = ask()
            keep = self.unchecked_ttl if answer.outcome is Outcome.NOT_CHECKED else self.ttl
            if answer.outcome is Outcome.NOT_CHECKED:
                log.warning(
                    "no revocation answer for a signer's certificate (%s): its letters are accepted "
                    "for %.0f s before the responder is asked again",
                    answer.detail or "no answer",
                    keep,
                )
            with self._guard:
                self._kept[key] = (self.clock() + keep, answer)
                if len(self._kept) > 10_000:  # many signers over a long time: forget the expired ones
                    now = self.clock()
                    for stale in [k for k, (until, _a) in self._kept.items() if until <= now]:
                        del self._kept[stale]
                        self._locks.pop(stale, None)
            return answer


@dataclass(frozen=True)
class ServerRevocationChecker(RevocationChecker):
    """The client's checker, with the network's answers kept in ``answers``: the letter's own validation
    data first, then a kept answer, then the certificate's responder."""

    answers: RevocationAnswers = dataclasses.field(default_factory=RevocationAnswers)

    def check(
        self,
        cert: x509.Certificate,
        trust: Sequence[x509.Certificate],
        others: Sequence[x509.Certificate] = (),
        embedded: ValidationContext | None = None,
    ) -> Answer:
        if embedded is not None:
            answer = RevocationChecker(online=False).check(cert, trust, others, embedded)
            if answer.outcome is not Outcome.NOT_CHECKED:
                return answer
        key = hashlib.sha256(cert.dump() + b"".join(sorted(c.dump() for c in others))).hexdigest()
        online = RevocationChecker(online=self.online, timeout=self.timeout)
        return self.answers.get(key, lambda: online.check(cert, trust, others))


class LetterVerifier:
    """Checks uploads against ``trust`` (the deployment's anchors). Signers' certificate paths are kept in
    ``paths`` (paths.py); their revocation answers in ``revocation.answers``."""

    def __init__(self, trust: Sequence[x509.Certificate], timeout: float = REVOCATION_TIMEOUT_S) -> None:
        if not trust:
            raise ValueError("a letter verifier needs at least one trust anchor")
        speedups.install()
        self.trust = list(trust)
        self.revocation = ServerRevocationChecker(online=True, timeout=timeout)
        self.paths = ValidatedPaths(self.trust)

    def check(self, pdf: bytes) -> Refusal | None:
        """None when the letter may be stored, else why not."""
        if b"%PDF-" not in pdf[:1024]:  # where readers look for the header
            return Refusal(
                "not_a_pdf",
                "the upload is not a PDF file",
                "ไฟล์ที่ส่งมาไม่ใช่ไฟล์ PDF",
            )
        with self.paths.active():
            report = verify_data(pdf, "upload", self.trust, self.revocation)
        refusal = judge(report)
        if refusal is None and report.status != "valid":  # the responder's silence is logged once, when asked
            log.debug("letter accepted without a revocation answer for its signer: %s", _unchecked(report))
        return refusal


def _unchecked(report: FileReport) -> str:
    return ", ".join(s.signer for s in report.signatures if s.revocation != "good")


_ORDER = ("signature_invalid", "signer_not_trusted", "revoked")


def judge(report: FileReport) -> Refusal | None:
    """The refusal a report calls for (the gravest reason when signatures fail differently); None when
    every signature is valid (revocation "not-checked" included)."""
    if report.unsigned:
        return Refusal(
            "unsigned",
            "the letter carries no signature: only signed letters are accepted",
            "หนังสือนี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์ เซิร์ฟเวอร์รับเฉพาะหนังสือที่ลงนามแล้ว",
        )
    if report.problems:  # unreadable, damaged after signing, encrypted
        unreadable = not report.signatures and any("not a readable PDF" in p for p in report.problems)
        return Refusal(
            "not_a_pdf" if unreadable else "signature_invalid",
            "; ".join(report.problems),
            " ".join(report.problems_th),
        )
    failed = [(_kind(s), s) for s in report.signatures if not s.valid]
    if not failed:
        return None
    kind, signature = min(failed, key=lambda found: _ORDER.index(found[0]))
    return Refusal(
        kind,
        f"signature {signature.field!r} of {signature.signer}: " + "; ".join(signature.problems),
        # the cause first: a list of refused letters shows the reason's beginning
        " ".join(signature.problems_th) + f" (ลายมือชื่อของ {signature.signer})",
    )


def _kind(signature: SignatureReport) -> str:
    intact = signature.intact and not signature.modified_after_signing
    if intact and not signature.trusted:
        return "signer_not_trusted"
    if intact and signature.revocation == "revoked":
        return "revoked"
    return "signature_invalid"


class NoTrustAnchors(ValueError):
    """The server was given no trust anchors and not told to accept letters unverified."""


def trust_anchors(settings: ServerSettings) -> list[x509.Certificate]:
    """The anchors the settings name, checked: NoTrustAnchors when there are none and letters are not
    accepted unverified (or when both are asked for); SigningError for a file that is no certificate."""
    anchors = load_trust_anchors(settings.anchor_paths())
    if settings.accept_unverified and anchors:
        raise NoTrustAnchors("--accept-unverified and trust anchors exclude each other: give one")
    if not settings.accept_unverified and not anchors:
        raise NoTrustAnchors(
            "no trust anchors: uploaded letters cannot be checked. Give the CA certificates whose signers' "
            "letters are accepted (--trust CA.pem, or [trust] anchors/dir in --config); for development "
            "only, --accept-unverified stores letters without checking them"
        )
    return anchors


def verifier_for(settings: ServerSettings) -> LetterVerifier | None:
    """The verifier of a deployment's settings; None when it accepts letters unverified (development).
    Raises as :func:`trust_anchors` does."""
    anchors = trust_anchors(settings)
    if not anchors:
        log.warning("letters are accepted WITHOUT checking their signatures (--accept-unverified)")
        return None
    log.info("uploaded letters are checked against %d trust anchor(s)", len(anchors))
    return LetterVerifier(anchors)
