"""Is the signer's certificate revoked? Asked of the letter itself, the network, then the local cache.

A certificate's status comes, in this order, from:

1. the validation data embedded in the letter (a B-LT/B-LTA DSS), at the trusted time: nothing is fetched
   when the letter already proves the status;
2. the certificates' own addresses (OCSP in the Authority Information Access, falling back to the CRL
   distribution points), with a short timeout, unless the check is offline; what answered is kept in the
   cache;
3. the cache of earlier answers (an answer past its next update does not count).

The outcome is "good", "revoked" or "not-checked" (offline or unreachable, nothing embedded or cached). The
chain is checked as pyhanko-certvalidator checks it ("hard-fail": a certificate that declares an OCSP or CRL
address must be answered for; one that declares none has nothing to ask).
"""

import asyncio
import datetime as dt
import enum
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from asn1crypto import x509
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    ExpiredError,
    InsufficientRevinfoError,
    NotYetValidError,
    PathBuildingError,
    PathValidationError,
    RevokedError,
)

from eoffice_desktop.signing.errors import CertificateRefused

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 3.0
"""Seconds for each OCSP or CRL request: a letter is not held up by an unreachable responder."""


class Outcome(enum.StrEnum):
    GOOD = "good"
    REVOKED = "revoked"
    NOT_CHECKED = "not-checked"


@dataclass(frozen=True)
class Answer:
    outcome: Outcome
    source: str = ""  # "embedded", "online", "cache"; "" when not checked
    revoked_at: dt.datetime | None = None
    detail: str = ""  # why it was not checked, or what revoked it (English, for the log and details)


NOT_CHECKED = Answer(Outcome.NOT_CHECKED)


class RevocationCache(Protocol):
    """Earlier answers, by the SHA-256 (hex) of the certificate they were fetched for (kept by
    store/revocation_cache.py)."""

    def answers(self, cert_sha256: str) -> tuple[list[bytes], list[bytes]]: ...

    def remember(self, cert_sha256: str, ocsps: Sequence[bytes], crls: Sequence[bytes]) -> None: ...


@dataclass(frozen=True)
class RevocationChecker:
    """How to check: ``online`` allows fetching (``timeout`` seconds a request); ``cache`` keeps and gives
    earlier answers (None: nothing kept)."""

    online: bool = True
    timeout: float = DEFAULT_TIMEOUT
    cache: RevocationCache | None = None

    def check(
        self,
        cert: x509.Certificate,
        trust: Sequence[x509.Certificate],
        others: Sequence[x509.Certificate] = (),
        embedded: ValidationContext | None = None,
    ) -> Answer:
        """The status of ``cert``'s chain up to ``trust`` (``others``: intermediates the letter carries;
        ``embedded``: a context holding only the letter's own validation data, asked first)."""
        if not trust:
            return Answer(Outcome.NOT_CHECKED, detail="no trust anchors: the chain cannot be built")
        if embedded is not None:
            answer = _ask(cert, others, embedded, "embedded")
            if answer.outcome is not Outcome.NOT_CHECKED:
                return answer
        reasons = []
        key = hashlib.sha256(cert.dump()).hexdigest()
        if self.online:
            context = _context(trust, others, fetch=self.timeout)
            answer = _ask(cert, others, context, "online")
            if answer.outcome is not Outcome.NOT_CHECKED:
                self._remember(key, context)
                return answer
            reasons.append(answer.detail)
        if self.cache is not None:
            try:
                ocsps, crls = self.cache.answers(key)
            except Exception as exc:  # a damaged or locked store: checked as if nothing were kept
                log.warning("revocation cache unreadable: %s", exc)
                ocsps, crls = [], []
            if ocsps or crls:
                answer = _ask(cert, others, _context(trust, others, ocsps=ocsps, crls=crls), "cache")
                if answer.outcome is not Outcome.NOT_CHECKED:
                    return answer
                reasons.append(f"cached answers: {answer.detail}")
        if not self.online:
            reasons.insert(0, "offline")
        return Answer(Outcome.NOT_CHECKED, detail="; ".join(r for r in reasons if r))

    def _remember(self, key: str, context: ValidationContext) -> None:
        if self.cache is None:
            return
        ocsps = [r.dump() for r in context.ocsps]
        crls = [c.dump() for c in context.crls]
        if not ocsps and not crls:
            return
        try:
            self.cache.remember(key, ocsps, crls)
        except Exception as exc:  # the answer stands; only keeping it failed
            log.warning("cannot keep the revocation answer: %s", exc)


def _context(
    trust: Sequence[x509.Certificate],
    others: Sequence[x509.Certificate],
    *,
    fetch: float | None = None,
    ocsps: Sequence[bytes] = (),
    crls: Sequence[bytes] = (),
) -> ValidationContext:
    backend = None
    if fetch is not None:
        from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

        backend = RequestsFetcherBackend(per_request_timeout=fetch)
    return ValidationContext(
        trust_roots=list(trust),
        other_certs=list(others),
        allow_fetching=fetch is not None,
        revocation_mode="hard-fail",
        fetcher_backend=backend,
        ocsps=list(ocsps),
        crls=list(crls),
    )


def _ask(
    cert: x509.Certificate, others: Sequence[x509.Certificate], context: ValidationContext, source: str
) -> Answer:
    validator = CertificateValidator(cert, intermediate_certs=list(others), validation_context=context)
    try:
        asyncio.run(validator.async_validate_usage(set()))  # type: ignore[no-untyped-call]
    except RevokedError as exc:
        log.info("certificate %s revoked (%s)", _name(cert), source)
        return Answer(Outcome.REVOKED, source, exc.revocation_dt, str(exc))
    except (InsufficientRevinfoError, PathBuildingError, ExpiredError, NotYetValidError) as exc:
        log.debug("revocation of %s not settled by %s: %s", _name(cert), source, exc)
        return Answer(Outcome.NOT_CHECKED, detail=str(exc))
    except (PathValidationError, OSError, ValueError) as exc:
        log.debug("revocation of %s not settled by %s", _name(cert), source, exc_info=True)
        return Answer(Outcome.NOT_CHECKED, detail=str(exc))
    return Answer(Outcome.GOOD, source)


def _name(cert: x509.Certificate) -> str:
    return str(cert.subject.native.get("common_name", cert.subject.human_friendly))


def signature_revocation(
    embedded: Any,
    reader: Any,
    trust: Sequence[x509.Certificate],
    checker: RevocationChecker,
    trusted_time: dt.datetime | None,
) -> Answer:
    """The status of the certificate of the signature ``embedded`` (pyHanko's EmbeddedPdfSignature) in the
    PDF ``reader``. A certificate revoked only after the letter's trusted time (a validated timestamp)
    signed while it was good: that is "good"."""
    cert = embedded.signer_cert
    others = list(embedded.other_embedded_certs)
    letter_data = _embedded_context(reader, trust, trusted_time)
    answer = checker.check(cert, trust, others, letter_data)
    if (
        answer.outcome is Outcome.REVOKED
        and answer.revoked_at is not None
        and trusted_time is not None
        and trusted_time < answer.revoked_at
    ):
        return Answer(Outcome.GOOD, answer.source, answer.revoked_at, "revoked after the trusted time")
    return answer


def _embedded_context(
    reader: Any, trust: Sequence[x509.Certificate], when: dt.datetime | None
) -> ValidationContext | None:
    """The letter's own validation data (its DSS), nothing fetched; None when it carries none."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import NoDSSFoundError

    try:
        dss = DocumentSecurityStore.read_dss(reader)
        context: ValidationContext = dss.as_validation_context(
            {
                "trust_roots": list(trust),
                "allow_fetching": False,
                "revocation_mode": "hard-fail",
                "moment": when,
            }
        )
    except NoDSSFoundError:
        return None
    except Exception:
        log.debug("the letter's validation data cannot be read", exc_info=True)
        return None
    return context


def check_signature_revocation(
    report: Any,
    embedded: Any,
    reader: Any,
    trust: Sequence[x509.Certificate],
    checker: RevocationChecker | None,
    trusted_time: dt.datetime | None,
) -> bool:
    """Set the revocation outcome of the SignatureReport ``report`` (a problem, in English and Thai, when
    revoked); False when revoked. A signature that is not intact or not trusted is not asked about (its
    other problems already make it invalid): "not-checked"."""
    if not (report.intact and report.trusted):
        report.revocation = Outcome.NOT_CHECKED.value
        return True
    try:
        answer = signature_revocation(embedded, reader, trust, checker or RevocationChecker(), trusted_time)
    except Exception:
        log.warning("revocation check of %s failed", report.field, exc_info=True)
        answer = NOT_CHECKED
    report.revocation = answer.outcome.value
    if answer.outcome is Outcome.REVOKED:
        when = f" on {answer.revoked_at:%Y-%m-%d %H:%M %Z}" if answer.revoked_at else ""
        thai_when = f" เมื่อ {answer.revoked_at:%Y-%m-%d}" if answer.revoked_at else ""
        report.add(
            f"the signer's certificate was revoked{when}: the signature is not valid",
            f"ใบรับรองของผู้ลงนามถูกเพิกถอนแล้ว{thai_when} ลายมือชื่อจึงไม่ถูกต้อง",
        )
        return False
    return True


def check_not_revoked(cert: Any, options: Any) -> None:
    """Before the PIN is asked: refuse to sign with a certificate known to be revoked. ``cert`` is the
    token's CertificateInfo, ``options`` the batch's SignOptions (its trust anchors and ``revocation``
    checker, online without a cache when it has none). Not checkable (offline, no anchors, unreachable):
    signing goes on, and the log says so."""
    checker = options.revocation or RevocationChecker()
    certificate = x509.Certificate.load(cert.der)
    answer = checker.check(certificate, list(options.trust))
    if answer.outcome is Outcome.REVOKED:
        when = f" on {answer.revoked_at:%Y-%m-%d}" if answer.revoked_at else ""
        raise CertificateRefused(
            f"the certificate {cert.label!r} ({_name(certificate)}) was revoked{when}: it may not sign; "
            "ask the certificate authority for a new one",
            thai="ใบรับรองนี้ถูกเพิกถอนแล้ว ใช้ลงนามไม่ได้ กรุณาขอใบรับรองใหม่จากผู้ออกใบรับรอง",
        )
    if answer.outcome is Outcome.NOT_CHECKED:
        log.info(
            "the revocation status of the signing certificate %r could not be checked (%s); signing goes on",
            cert.label,
            answer.detail or "no answer",
        )
    else:
        log.debug("signing certificate %r is good (%s)", cert.label, answer.source)
