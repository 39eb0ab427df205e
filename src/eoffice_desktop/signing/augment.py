"""Deferred augmentation: a letter signed B-B offline gets a trusted time when an authority is reachable.

PAdES accepts a document timestamp that covers the signature as B-T evidence, so augmenting adds one in an
incremental update: the signature itself stays untouched and valid. The gap between the signer's clock and
the authority's time is reported: it is how long the letter waited offline.
"""

import asyncio
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError

from eoffice_desktop.drafting import write_atomically
from eoffice_desktop.signing.batch import Level
from eoffice_desktop.signing.errors import InputRefused, SigningError
from eoffice_desktop.signing.timestamping import FailoverTimeStamper


@dataclass(frozen=True)
class Augmented:
    out: Path
    signed_at: dt.datetime | None
    timestamped_at: dt.datetime | None

    @property
    def gap(self) -> dt.timedelta | None:
        if self.signed_at is None or self.timestamped_at is None:
            return None
        return self.timestamped_at - self.signed_at


def probe(timestamper: FailoverTimeStamper) -> None:
    """Ask the authorities once (pyHanko would anyway, to size the token); fail before any PIN is asked."""
    try:
        asyncio.run(timestamper.async_dummy_response("sha256"))
    except (TimestampRequestError, OSError) as exc:
        raise SigningError(
            f"no timestamp authority answered ({exc}); sign B-B now and augment later",
            thai="ติดต่อหน่วยงานประทับเวลาไม่ได้ ลงนามแบบ B-B ไปก่อน แล้วค่อยเพิ่มการประทับเวลาภายหลัง",
        ) from exc


def augment(
    source: Path, out: Path, tsa_urls: tuple[str, ...], level: Level, timeout: float = 10.0
) -> Augmented:
    if level is not Level.B_T:
        raise SigningError(f"augmenting to {level} is not available yet: use --level B-T")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputRefused(f"cannot read {source}: {exc.strerror or exc}") from exc
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signatures = reader.embedded_regular_signatures
    if not signatures:
        raise InputRefused(f"{source} holds no signature to augment", thai="ไฟล์นี้ไม่มีลายมือชื่อให้เพิ่มเวลา")
    if reader.embedded_timestamp_signatures:
        raise InputRefused(f"{source} already has a document timestamp", thai="ไฟล์นี้มีการประทับเวลาแล้ว")
    timestamper = FailoverTimeStamper(tsa_urls, timeout)
    probe(timestamper)
    signed_at = signatures[-1].self_reported_timestamp
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    output = io.BytesIO()
    PdfTimeStamper(timestamper).timestamp_pdf(writer, "sha256", output=output)
    result = output.getvalue()
    stamped = PdfFileReader(io.BytesIO(result), strict=False).embedded_timestamp_signatures[-1]
    write_atomically(out, result)
    return Augmented(out, signed_at, stamped.self_reported_timestamp)
