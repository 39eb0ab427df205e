"""Sign a batch of letters: one login, one PIN entry, the appearance made once per signer position. Bytes
in, bytes out: the caller reads the letters and keeps the signed ones (the command line writes files, the
desk stores blobs).

A token pulled out mid-batch: letters already signed stay signed (and were reported), the current and the
remaining ones are reported unsigned, and the same batch can be run again after re-insertion.
"""

import datetime as dt
import io
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from asn1crypto import x509
from pkcs11 import exceptions as p11
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import StaticStampStyle

from eoffice_desktop.domain.thai import thai_date_time
from eoffice_desktop.signing.backend import SigningBackend
from eoffice_desktop.signing.certs import CertificateInfo
from eoffice_desktop.signing.errors import SigningError, TokenRemoved
from eoffice_desktop.signing.inputs import RESERVED_FIELD, check_pdf, reserved_size
from eoffice_desktop.signing.levels import Level, validation_context
from eoffice_desktop.signing.pin import PinProvider
from eoffice_desktop.signing.reserved import CERTIFY_PERMISSIONS, check_may_certify, choose_field
from eoffice_desktop.signing.revocation import RevocationChecker, check_not_revoked
from eoffice_desktop.signing.stamp_content import stamp_style
from eoffice_desktop.signing.timestamping import FailoverTimeStamper, probe
from eoffice_desktop.signing.token_signer import TokenSigner
from eoffice_desktop.signing.tokens import REMOVED, TokenChoice, choose_certificate

log = logging.getLogger(__name__)

DEFAULT_BOX_PT = (300.0, 60.0, 560.0, 130.0)
"""Where a signature goes on a PDF that has no reserved field: bottom right of the last page (A4)."""


@dataclass(frozen=True)
class SignOptions:
    level: Level = Level.B_B
    tsa_urls: tuple[str, ...] = ()
    tsa_timeout: float = 10.0
    visible: bool = True
    signer_name: str | None = None  # default: the certificate's common name
    signer_position: str | None = None  # default: the letter's position lines, else the certificate's title
    trust: tuple[x509.Certificate, ...] = ()  # anchors for B-LT/B-LTA validation data
    field: str | None = None  # the reserved field to sign into (Initials1…); default: the signer's, if empty
    new_field: str | None = (
        None  # an invisible signature: the name of the field it makes (default Signature…)
    )
    certify: bool = False  # the first signature certifies the letter: later only form filling and signing
    revocation: RevocationChecker | None = None  # how the certificate's revocation is checked (None: online)
    signature_image: bytes | None = None  # the signer's handwritten signature (PNG), drawn above the name


@dataclass(frozen=True, eq=False)
class LetterJob:
    data: bytes  # the letter's PDF
    name: str = "the letter"  # how messages name it (its file, its subject)
    signer_position: tuple[str, ...] = ()  # the position lines the letter gives its signer, for the stamp


@dataclass
class LetterResult:
    job: LetterJob
    signed: bool
    problem: str | None = None
    skipped: bool = False  # already signed by an earlier run of the same batch (the caller's finding)
    problem_th: str | None = None
    cancelled: bool = False  # the user stopped the batch before this letter
    signed_pdf: bytes | None = None  # the signed letter, when signed now


@dataclass
class BatchResult:
    certificate: CertificateInfo
    letters: list[LetterResult] = field(default_factory=list)

    @property
    def all_signed(self) -> bool:
        return all(r.signed for r in self.letters)


def appearance_lines(
    cert: CertificateInfo, options: SignOptions, when: dt.datetime, letter_position: Sequence[str] = ()
) -> list[str]:
    """The stamp's lines: who signed (the certificate's holder unless told otherwise), the position (given
    for the batch, else the letter's own position lines, else the certificate's title) and when."""
    name = options.signer_name or cert.common_name
    lines = [f"ลงนามโดย {name}"]
    if options.signer_position:
        lines.append(options.signer_position)
    elif letter_position:
        lines += letter_position
    elif cert.title:
        lines.append(cert.title)
    lines.append(thai_date_time(when))
    return lines


class BatchSigner:
    """Signs with one certificate of one token. The batch runs on the backend's worker thread: the token is
    held for the batch (the window's token watch waits for it), and the PIN is asked once."""

    def __init__(
        self, service: SigningBackend, token: TokenChoice, cert_label: str | None, cert_id: str | None
    ):
        self.service = service
        self.token = token
        self.cert_label = cert_label
        self.cert_id = cert_id

    def certificate(self) -> CertificateInfo:
        _info, certificates = self.service.certificates(self.token)
        cert = choose_certificate(certificates, self.cert_label, self.cert_id)
        cert.require_signing()
        return cert

    def sign(
        self,
        jobs: Sequence[LetterJob],
        provider: PinProvider,
        options: SignOptions,
        progress: Callable[[LetterResult], None] | None = None,
        appearance: Callable[[list[str]], bytes] | None = None,
        cancel: threading.Event | None = None,
    ) -> BatchResult:
        """Check everything that can be checked before asking for the PIN, then sign the letters in order.

        ``progress`` hears of each letter as it is done (on the worker thread), a signed one with its signed
        bytes. ``cancel`` set while the batch runs stops it after the current letter: the rest are reported
        unsigned (cancelled), and letters already signed stay signed."""
        cert = self.certificate()
        if options.field and not options.visible:
            raise SigningError(
                f"the field {options.field!r} is a visible spot: an invisible signature cannot go into it",
                thai=f"ช่อง {options.field} เป็นช่องลงนามที่มองเห็นได้ ลงนามแบบไม่แสดงผลในช่องนี้ไม่ได้",
            )
        check_not_revoked(cert, options)  # a certificate known to be revoked is refused before the PIN
        letters = []
        size: tuple[float, float] | None = None
        for job in jobs:
            reader = check_pdf(job.data, job.name)
            reserved = choose_field(reader, options.field, job.name)
            if options.certify:
                check_may_certify(reader, job.name)
            size = size or (reserved_size(reader, reserved) if reserved else None)
            letters.append((job, job.data, reserved))
        if options.level in (Level.B_LT, Level.B_LTA) and not options.trust:
            raise SigningError(
                f"{options.level} embeds validation data for the signer's chain: give trust anchors (--trust)"
            )
        timestamper = None
        if options.level is not Level.B_B:
            timestamper = FailoverTimeStamper(options.tsa_urls, options.tsa_timeout)
            probe(timestamper)  # an unreachable authority is reported before the PIN is asked
        stamps: dict[LetterJob, bytes] = {}  # job → its stamp (one stamp per distinct set of lines)
        if options.visible:
            from eoffice_desktop.render.stamp import lines_that_fit, render_stamp  # Qt: on this thread

            width, height = size or (
                DEFAULT_BOX_PT[2] - DEFAULT_BOX_PT[0],
                DEFAULT_BOX_PT[3] - DEFAULT_BOX_PT[1],
            )
            when = dt.datetime.now(dt.UTC)
            made: dict[tuple[str, ...], bytes] = {}
            for job in jobs:
                lines = tuple(
                    lines_that_fit(appearance_lines(cert, options, when, job.signer_position), height)
                )
                if lines not in made:
                    made[lines] = (
                        appearance
                        or (lambda ls: render_stamp(ls, width, height, image=options.signature_image))
                    )(list(lines))
                stamps[job] = made[lines]
        return self.service.worker.call(
            lambda: self._sign_on_worker(
                cert, letters, provider, options, timestamper, stamps, progress, cancel
            )
        )

    def _sign_on_worker(
        self,
        cert: CertificateInfo,
        letters: list[tuple[LetterJob, bytes, str | None]],
        provider: PinProvider,
        options: SignOptions,
        timestamper: FailoverTimeStamper | None,
        stamps: dict[LetterJob, bytes],
        progress: Callable[[LetterResult], None] | None,
        cancel: threading.Event | None = None,
    ) -> BatchResult:
        result = BatchResult(cert)
        todo = letters
        if not todo:
            return result  # no PIN asked for nothing
        self.service.login(self.token, provider)
        try:
            signer = TokenSigner(self.service, self.token, cert)
            for index, (job, data, reserved) in enumerate(todo):
                if cancel is not None and cancel.is_set():
                    stopped = [
                        LetterResult(j, False, "cancelled", problem_th="ยกเลิกแล้ว ยังไม่ได้ลงนาม", cancelled=True)
                        for j, _, _ in todo[index:]
                    ]
                    result.letters += stopped
                    for letter in stopped:
                        if progress is not None:
                            progress(letter)
                    break
                try:
                    style = stamp_style(stamps[job]) if job in stamps else None
                    signed = _sign_one(signer, data, reserved, options, timestamper, style)
                    letter = LetterResult(job, signed=True, signed_pdf=signed)
                except (TokenRemoved, *REMOVED) as exc:
                    log.warning("token removed while signing %s", job.name)
                    result.letters.append(
                        LetterResult(
                            job,
                            False,
                            "the token was removed; letter not signed",
                            problem_th="โทเค็นถูกถอดออก ยังไม่ได้ลงนาม",
                        )
                    )
                    result.letters += [
                        LetterResult(
                            j,
                            False,
                            "not signed: the token was removed",
                            problem_th="โทเค็นถูกถอดออก ยังไม่ได้ลงนาม",
                        )
                        for j, _, _ in todo[index + 1 :]
                    ]
                    raise TokenRemoved(
                        "the token was removed during the batch", thai="โทเค็นถูกถอดออกระหว่างลงนาม"
                    ) from exc
                except (SigningError, p11.PKCS11Error, OSError, ValueError) as exc:
                    thai = exc.thai if isinstance(exc, SigningError) else None
                    letter = LetterResult(
                        job, signed=False, problem=f"{type(exc).__name__}: {exc}", problem_th=thai
                    )
                result.letters.append(letter)
                if progress is not None:
                    progress(letter)
        except TokenRemoved:
            pass  # reported per letter
        finally:
            self.service.logout(self.token)
        return result


def _sign_one(
    signer: TokenSigner,
    data: bytes,
    reserved: str | None,
    options: SignOptions,
    timestamper: FailoverTimeStamper | None,
    style: StaticStampStyle | None,
) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    if not options.visible and options.field is None:
        reserved = None  # the reserved spot is visible: an invisible signature takes a field of its own
    field_name = reserved or options.new_field or _new_field_name(writer)
    field_spec = None
    if reserved is None:
        box = DEFAULT_BOX_PT if options.visible else None
        field_spec = fields.SigFieldSpec(
            sig_field_name=field_name,
            on_page=-1,
            box=tuple(int(v) for v in box) if box else None,  # type: ignore[arg-type]
        )
    long_term = options.level in (Level.B_LT, Level.B_LTA)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        embed_validation_info=long_term,
        use_pades_lta=options.level is Level.B_LTA,
        validation_context=validation_context(options.trust) if long_term else None,
        certify=options.certify,
        docmdp_permissions=CERTIFY_PERMISSIONS,
    )
    pdf_signer = signers.PdfSigner(
        meta, signer, timestamper=timestamper, stamp_style=style, new_field_spec=field_spec
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def _new_field_name(writer: IncrementalPdfFileWriter) -> str:
    taken = {name for name, _v, _r in fields.enumerate_sig_fields(writer)}
    number = 1
    while f"Signature{number}" in taken or (number == 1 and RESERVED_FIELD in taken):
        number += 1
    return f"Signature{number}"
