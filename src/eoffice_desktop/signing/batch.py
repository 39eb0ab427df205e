"""Sign a batch of letters: one login, one PIN entry, the appearance made once per signer position, each
output written whole.

A token pulled out mid-batch: letters already signed stay signed, the current and the remaining ones are
reported unsigned (their inputs untouched, no partial output), and the same batch can be run again after
re-insertion: outputs that are already signed are skipped.
"""

import contextlib
import datetime as dt
import enum
import io
import logging
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import x509
from pkcs11 import Attribute
from pkcs11 import exceptions as p11
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.pkcs11 import PKCS11Signer
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext

from eoffice_desktop.domain.thai import thai_date_time
from eoffice_desktop.durable import write_atomically
from eoffice_desktop.signing.certs import CertificateInfo
from eoffice_desktop.signing.errors import InputRefused, SigningError, TokenRemoved
from eoffice_desktop.signing.inputs import RESERVED_FIELD, check_pdf, empty_signature_field, reserved_size
from eoffice_desktop.signing.pin import PinProvider, login
from eoffice_desktop.signing.timestamping import FailoverTimeStamper
from eoffice_desktop.signing.tokens import REMOVED, TokenChoice, TokenService, choose_certificate

log = logging.getLogger(__name__)

DEFAULT_BOX_PT = (300.0, 60.0, 560.0, 130.0)
"""Where a signature goes on a PDF that has no reserved field: bottom right of the last page (A4)."""


class Level(enum.StrEnum):
    B_B = "B-B"
    B_T = "B-T"
    B_LT = "B-LT"
    B_LTA = "B-LTA"


@dataclass(frozen=True)
class SignOptions:
    level: Level = Level.B_B
    tsa_urls: tuple[str, ...] = ()
    tsa_timeout: float = 10.0
    visible: bool = True
    signer_name: str | None = None  # default: the certificate's common name
    signer_position: str | None = None  # default: the letter's position lines, else the certificate's title
    trust: tuple[x509.Certificate, ...] = ()  # anchors for B-LT/B-LTA validation data
    signature_image: bytes | None = None  # the signer's handwritten signature (PNG), drawn above the name


@dataclass(frozen=True)
class LetterJob:
    source: Path
    out: Path
    signer_position: tuple[str, ...] = ()  # the position lines the letter gives its signer, for the stamp


@dataclass
class LetterResult:
    job: LetterJob
    signed: bool
    problem: str | None = None
    skipped: bool = False  # already signed by an earlier run of the same batch
    problem_th: str | None = None
    cancelled: bool = False  # the user stopped the batch before this letter


@dataclass
class BatchResult:
    certificate: CertificateInfo
    letters: list[LetterResult] = field(default_factory=list)

    @property
    def all_signed(self) -> bool:
        return all(r.signed for r in self.letters)


class _WorkerSigner(PKCS11Signer):
    """pyHanko's PKCS#11 signer kept on the worker thread (pyHanko would load objects and sign on a thread
    pool), passing the PIN again for keys that demand it per signature (CKA_ALWAYS_AUTHENTICATE)."""

    def __init__(self, *args: Any, per_signature_pin: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._per_signature_pin = per_signature_pin

    async def ensure_objects_loaded(self) -> None:
        self._load_objects()  # type: ignore[no-untyped-call]

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        if dry_run:
            return self.estimate_raw_signature_size_bytes() * b"0"
        self._load_objects()  # type: ignore[no-untyped-call]
        spec = self._select_pkcs11_signing_params(digest_algorithm, sign_kwargs=self.sign_kwargs(data))
        if spec.pre_sign_transform is not None:
            data = spec.pre_sign_transform(data)
        kwargs = dict(spec.sign_kwargs)
        if self._per_signature_pin is not None:
            kwargs["pin"] = self._per_signature_pin
        signature: bytes = self._key_handle.sign(data, **kwargs)  # type: ignore[union-attr]
        if spec.post_sign_transform is not None:
            signature = spec.post_sign_transform(signature)
        return signature


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


def _already_signed(out: Path, cert: CertificateInfo) -> bool:
    """An output from an earlier run of this batch: a PDF whose last signature is by this certificate."""
    if not out.is_file():
        return False
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        with out.open("rb") as handle:
            signatures = PdfFileReader(handle, strict=False).embedded_signatures
            return bool(signatures) and signatures[-1].signer_cert.dump() == cert.der
    except Exception:
        return False


class BatchSigner:
    """Signs with one certificate of one token. Token work runs on the module's worker thread."""

    def __init__(
        self, service: TokenService, token: TokenChoice, cert_label: str | None, cert_id: str | None
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

        ``cancel`` set while the batch runs stops it after the current letter: the rest are reported
        unsigned (cancelled), and letters already signed stay signed."""
        cert = self.certificate()
        letters = []
        size: tuple[float, float] | None = None
        for job in jobs:
            try:
                data = job.source.read_bytes()
            except OSError as exc:
                raise InputRefused(f"cannot read {job.source}: {exc.strerror or exc}") from exc
            reader = check_pdf(data, str(job.source))
            size = size or reserved_size(reader)
            letters.append((job, data, empty_signature_field(reader)))
        for job in jobs:
            if not job.out.parent.is_dir():
                raise SigningError(f"output directory {job.out.parent} does not exist")
        if options.level in (Level.B_LT, Level.B_LTA) and not options.trust:
            raise SigningError(
                f"{options.level} embeds validation data for the signer's chain: give trust anchors (--trust)"
            )
        timestamper = None
        if options.level is not Level.B_B:
            from eoffice_desktop.signing.augment import probe

            timestamper = FailoverTimeStamper(options.tsa_urls, options.tsa_timeout)
            probe(timestamper)  # an unreachable authority is reported before the PIN is asked
        stamps: dict[Path, Path] = {}  # job source → its stamp (one stamp per distinct set of lines)
        if options.visible:
            from eoffice_desktop.render.stamp import render_stamp  # Qt: on this thread, not the worker

            width, height = size or (
                DEFAULT_BOX_PT[2] - DEFAULT_BOX_PT[0],
                DEFAULT_BOX_PT[3] - DEFAULT_BOX_PT[1],
            )
            when = dt.datetime.now(dt.UTC)
            made: dict[tuple[str, ...], Path] = {}
            for job in jobs:
                lines = tuple(appearance_lines(cert, options, when, job.signer_position))
                if lines not in made:
                    stamp = (
                        appearance
                        or (lambda ls: render_stamp(ls, width, height, image=options.signature_image))
                    )(list(lines))
                    handle = tempfile.NamedTemporaryFile(prefix="eoffice-stamp-", suffix=".pdf", delete=False)  # noqa: SIM115
                    with handle:
                        handle.write(stamp)
                    made[lines] = Path(handle.name)
                stamps[job.source] = made[lines]
        try:
            return self.service.worker.call(
                lambda: self._sign_on_worker(
                    cert, letters, provider, options, timestamper, stamps, progress, cancel
                )
            )
        finally:
            for path in set(stamps.values()):
                path.unlink(missing_ok=True)

    def _sign_on_worker(
        self,
        cert: CertificateInfo,
        letters: list[tuple[LetterJob, bytes, str | None]],
        provider: PinProvider,
        options: SignOptions,
        timestamper: FailoverTimeStamper | None,
        stamps: dict[Path, Path],
        progress: Callable[[LetterResult], None] | None,
        cancel: threading.Event | None = None,
    ) -> BatchResult:
        result = BatchResult(cert)
        todo = []
        for job, data, reserved in letters:
            if _already_signed(job.out, cert):
                result.letters.append(LetterResult(job, signed=True, skipped=True))
            else:
                todo.append((job, data, reserved))
        if not todo:
            return result
        token = self.service.find(self.token)
        session, pin = login(token, provider)
        try:
            key = next(
                iter(session.get_objects({Attribute.CLASS: 3, Attribute.ID: bytes.fromhex(cert.id)})), None
            )
            per_signature = pin if key is not None and _always_authenticate(key) else None
            signer = _WorkerSigner(
                session,
                signing_cert=x509.Certificate.load(cert.der),
                key_id=bytes.fromhex(cert.id),
                per_signature_pin=per_signature,
            )
            styles = {
                path: StaticStampStyle.from_pdf_file(str(path), border_width=0)
                for path in set(stamps.values())
            }
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
                    style = styles[stamps[job.source]] if job.source in stamps else None
                    signed = _sign_one(signer, data, reserved, options, timestamper, style)
                    write_atomically(job.out, signed)
                    letter = LetterResult(job, signed=True)
                except REMOVED as exc:
                    log.warning("token removed while signing %s", job.source)
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
            with contextlib.suppress(p11.PKCS11Error):
                session.close()
            del pin
        return result


def _always_authenticate(key: Any) -> bool:
    try:
        return bool(key[Attribute.ALWAYS_AUTHENTICATE])
    except (p11.PKCS11Error, KeyError, TypeError):
        return False


def _sign_one(
    signer: _WorkerSigner,
    data: bytes,
    reserved: str | None,
    options: SignOptions,
    timestamper: FailoverTimeStamper | None,
    style: StaticStampStyle | None,
) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    if not options.visible:
        reserved = None  # the reserved spot is visible: an invisible signature takes a field of its own
    field_name = reserved or _new_field_name(writer)
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
    )
    pdf_signer = signers.PdfSigner(
        meta, signer, timestamper=timestamper, stamp_style=style, new_field_spec=field_spec
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def validation_context(trust: Sequence[x509.Certificate]) -> ValidationContext:
    """For collecting validation data: the configured anchors, revocation status fetched (OCSP, CRL)."""
    return ValidationContext(trust_roots=list(trust), allow_fetching=True, revocation_mode="hard-fail")


def _new_field_name(writer: IncrementalPdfFileWriter) -> str:
    taken = {name for name, _v, _r in fields.enumerate_sig_fields(writer)}
    number = 1
    while f"Signature{number}" in taken or (number == 1 and RESERVED_FIELD in taken):
        number += 1
    return f"Signature{number}"
