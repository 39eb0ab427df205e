"""Deferred augmentation: a letter signed B-B offline gets a trusted time when an authority is reachable.

PAdES accepts a document timestamp that covers the signature as B-T evidence, so augmenting adds one in an
incremental update: the signature itself stays untouched and valid. The gap between the signer's clock and
the authority's time is reported: it is how long the letter waited offline.
"""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.validation import add_validation_info
from pyhanko.sign.validation.errors import ValidationInfoReadingError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

from eoffice_desktop.durable import write_atomically
from eoffice_desktop.signing.errors import InputRefused, SigningError
from eoffice_desktop.signing.levels import Level, validation_context
from eoffice_desktop.signing.timestamping import FailoverTimeStamper, probe


@dataclass(frozen=True)
class Augmented:
    out: Path | None
    signed_at: dt.datetime | None
    timestamped_at: dt.datetime | None

    @property
    def gap(self) -> dt.timedelta | None:
        if self.signed_at is None or self.timestamped_at is None:
            return None
        return self.timestamped_at - self.signed_at


def _timestamp(data: bytes, timestamper: FailoverTimeStamper) -> bytes:
    output = io.BytesIO()
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    PdfTimeStamper(timestamper).timestamp_pdf(writer, "sha256", output=output)
    return output.getvalue()


def _validation_data(data: bytes, trust: Sequence[x509.Certificate]) -> bytes:
    """A DSS update with the certificates, OCSP responses and CRLs for every signature and timestamp."""
    context = validation_context(trust)
    count = len(PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures)
    for index in range(count):
        current = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures[index]
        output = io.BytesIO()
        try:
            add_validation_info(current, context, output=output)
        except (ValidationInfoReadingError, PathBuildingError, PathValidationError, OSError) as exc:
            raise SigningError(
                f"cannot collect validation data for {current.field_name!r}: {exc}",
                thai="รวบรวมข้อมูลการตรวจสอบสถานะใบรับรองไม่ได้",
            ) from exc
        data = output.getvalue()
    return data


def _has_signature_timestamp(signature: EmbeddedPdfSignature) -> bool:
    unsigned = signature.signer_info["unsigned_attrs"]
    return bool(unsigned) and any(attr["type"].native == "signature_time_stamp_token" for attr in unsigned)


def untimed_signatures(reader: PdfFileReader) -> list[EmbeddedPdfSignature]:
    """The signatures with no trusted time yet (B-B): no signature timestamp of their own and no document
    timestamp after them. Each signature of a letter signed by several people is counted on its own."""
    stamped = [t.signed_revision for t in reader.embedded_timestamp_signatures]
    return [
        s
        for s in reader.embedded_regular_signatures
        if not _has_signature_timestamp(s) and not any(r > s.signed_revision for r in stamped)
    ]


def needs_timestamp(data: bytes) -> bool:
    """A signed PDF with a signature that has no trusted time yet (signed offline, B-B)."""
    return bool(untimed_signatures(PdfFileReader(io.BytesIO(data), strict=False)))


def augment_bytes(
    data: bytes,
    tsa_urls: tuple[str, ...],
    level: Level,
    trust: Sequence[x509.Certificate] = (),
    timeout: float = 10.0,
    name: str = "the letter",
) -> tuple[bytes, Augmented]:
    """B-B → B-T: a document timestamp over every signature that has no trusted time yet. B-LT: then
    validation data (DSS) for the signatures and the timestamps. B-LTA: then a document timestamp over that
    data. ``signed_at`` of the result is the earliest signing time among the signatures that waited."""
    if level is Level.B_B:
        raise SigningError("augmenting to B-B adds nothing: choose B-T, B-LT or B-LTA")
    if level in (Level.B_LT, Level.B_LTA) and not trust:
        raise SigningError(
            f"{level} embeds validation data for the signer's chain: give the trust anchors (--trust)"
        )
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signatures = reader.embedded_regular_signatures
    if not signatures:
        raise InputRefused(f"{name} holds no signature to augment", thai="ไฟล์นี้ไม่มีลายมือชื่อให้เพิ่มเวลา")
    waiting = untimed_signatures(reader)
    if not waiting and level is Level.B_T:
        raise InputRefused(
            f"{name}: every signature already has a trusted time", thai="ลายมือชื่อทุกรายการมีการประทับเวลาแล้ว"
        )
    timestamper = FailoverTimeStamper(tsa_urls, timeout)
    probe(timestamper)
    times = [s.self_reported_timestamp for s in waiting or signatures if s.self_reported_timestamp]
    signed_at = min(times) if times else None
    result = _timestamp(data, timestamper) if waiting else data
    if level in (Level.B_LT, Level.B_LTA):
        result = _validation_data(result, trust)
    if level is Level.B_LTA:
        result = _timestamp(result, timestamper)
    stamps = PdfFileReader(io.BytesIO(result), strict=False).embedded_timestamp_signatures
    latest = max(stamps, key=lambda t: t.signed_revision, default=None)
    return result, Augmented(None, signed_at, latest.self_reported_timestamp if latest else None)


def augment(
    source: Path,
    out: Path,
    tsa_urls: tuple[str, ...],
    level: Level,
    trust: Sequence[x509.Certificate] = (),
    timeout: float = 10.0,
) -> Augmented:
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputRefused(f"cannot read {source}: {exc.strerror or exc}") from exc
    result, done = augment_bytes(data, tsa_urls, level, trust, timeout, name=str(source))
    write_atomically(out, result)
    return Augmented(out, done.signed_at, done.timestamped_at)
