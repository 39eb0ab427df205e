"""The self-test's network checks: the sync server's health and each timestamp authority, when configured.

Short timeouts (the self-test must answer in seconds); proxies from the environment are honoured, as sync and
signing honour them.
"""

import asyncio
import hashlib
import time

from eoffice_desktop.config import Config
from eoffice_desktop.support.redact import redact_url
from eoffice_desktop.support.selftest import CheckFailed, CheckResult, passed, run_check, skipped

CONNECT_TIMEOUT_S = 3.0
READ_TIMEOUT_S = 5.0
TSA_TIMEOUT_S = 8.0


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 300 else text[:300] + "…"


def server(config: Config) -> CheckResult:
    """GET <server>/v1/health answers 200 with {"ok": true}."""
    import requests

    from eoffice_desktop.sync.client import new_session

    if not config.server:
        return skipped("server", "not configured ([sync] server)")
    url = f"{config.server.rstrip('/')}/v1/health"
    shown = redact_url(url)
    started = time.monotonic()
    try:
        with new_session() as session:
            response = session.get(url, timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S))
    except requests.RequestException as exc:
        raise CheckFailed(f"{shown} does not answer: {type(exc).__name__}: {_short(exc)}") from exc
    took = time.monotonic() - started
    if response.status_code != 200:
        raise CheckFailed(f"{shown} answered HTTP {response.status_code}")
    try:
        healthy = response.json().get("ok") is True
    except (ValueError, AttributeError):
        healthy = False
    if not healthy:
        raise CheckFailed(f'{shown} answered, but not as an e-Office server (no {{"ok": true}})')
    return passed("server", f"{shown} answered in {took:.2f} s")


def _timestamp(url: str) -> str:
    """One RFC 3161 request over a small digest, answered and checked by pyHanko; the token's time."""
    from asn1crypto import tsp

    from eoffice_desktop.signing.timestamping import FailoverTimeStamper

    stamper = FailoverTimeStamper([url], timeout=TSA_TIMEOUT_S)
    digest = hashlib.sha256(b"eoffice-desktop self-test").digest()
    token = asyncio.run(stamper.async_timestamp(digest, "sha256"))
    info = tsp.TSTInfo.load(token["content"]["encap_content_info"]["content"].parsed.dump())
    return f"{info['gen_time'].native:%Y-%m-%d %H:%M:%S %Z}"


def timestamp_authorities(config: Config) -> list[CheckResult]:
    """One check per configured TSA. A TSA that fails is a warning while another answers; when none answers
    and the configured level needs a timestamp (B-T and up), each failure is required."""
    if not config.tsa:
        needed = config.level != "B-B"
        detail = "not configured ([signing] tsa)"
        if needed:
            return [CheckResult("tsa", False, f"{detail}, but level {config.level} needs one")]
        return [skipped("tsa", detail)]
    results = []
    for url in config.tsa:
        shown = redact_url(url)

        def check(url: str = url, shown: str = shown) -> CheckResult:
            started = time.monotonic()
            try:
                when = _timestamp(url)
            except Exception as exc:
                raise CheckFailed(f"{shown} did not timestamp: {_short(exc)}") from exc
            return passed(
                f"tsa {shown}", f"{shown} timestamped in {time.monotonic() - started:.2f} s ({when})"
            )

        results.append(run_check(f"tsa {shown}", check, required=False))
    if config.level != "B-B" and not any(r.ok for r in results):
        results = [
            CheckResult(r.name, r.ok, f"{r.detail} (level {config.level} needs a TSA)", seconds=r.seconds)
            for r in results
        ]
    return results
