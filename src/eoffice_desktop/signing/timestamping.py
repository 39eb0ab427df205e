"""RFC 3161 timestamp authorities: a configured list, each with a timeout, tried in order."""

import asyncio
import logging
from collections.abc import Sequence

from asn1crypto import tsp
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper

from eoffice_desktop.signing.errors import SigningError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 10.0


class FailoverTimeStamper(TimeStamper):
    """Asks each authority in turn; the first good answer wins. Fails only when all of them fail."""

    def __init__(self, urls: Sequence[str], timeout: float = DEFAULT_TIMEOUT_S) -> None:
        if not urls:
            raise SigningError("no timestamp authority is configured", thai="ยังไม่ได้กำหนดหน่วยงานประทับเวลา")
        super().__init__()  # type: ignore[no-untyped-call]
        self.urls = list(urls)
        self._clients = [
            RequestsHTTPTimeStamper(url, timeout=timeout)  # type: ignore[no-untyped-call]
            for url in self.urls
        ]

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        failures = []
        for url, client in zip(self.urls, self._clients, strict=True):
            try:
                return await client.async_request_tsa_response(req)
            except (TimestampRequestError, OSError) as exc:
                log.warning("timestamp authority %s failed: %s", url, exc)
                failures.append(f"{url}: {exc}")
        raise TimestampRequestError("no timestamp authority answered: " + "; ".join(failures))


def probe(timestamper: FailoverTimeStamper) -> None:
    """Ask the authorities once (pyHanko would anyway, to size the token); fail before any PIN is asked."""
    try:
        asyncio.run(timestamper.async_dummy_response("sha256"))
    except (TimestampRequestError, OSError) as exc:
        raise SigningError(
            f"no timestamp authority answered ({exc}); sign B-B now and augment later",
            thai="ติดต่อหน่วยงานประทับเวลาไม่ได้ ลงนามแบบ B-B ไปก่อน แล้วค่อยเพิ่มการประทับเวลาภายหลัง",
        ) from exc
