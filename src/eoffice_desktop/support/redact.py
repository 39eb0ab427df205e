"""What may leave the machine in a diagnostics archive: environment variables, URLs and log lines, scrubbed.

Never a PIN, a token secret, a sync token or letter content. Environment values are included only for
variables known to be harmless; log records below INFO are dropped (the house rule keeps letter content out
of INFO and above), and any text of the most recent letters that still appears is blanked out.
"""

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from urllib.parse import urlsplit, urlunsplit

REDACTED = "[redacted]"

_SHOWN = {
    "EOFFICE_DATA_DIR",
    "EOFFICE_CONFIG",
    "EOFFICE_POLICY",
    "EOFFICE_LOG_DIR",
    "EOFFICE_LANGUAGE",
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_CTYPE",
    "LC_MESSAGES",
    "TZ",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "XDG_SESSION_TYPE",
    "XDG_CURRENT_DESKTOP",
    "SOFTHSM2_CONF",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
    "PYTHONPATH",
}
_PROXIES = {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "FTP_PROXY"}
_SECRET_NAME = re.compile(r"PIN|PASS|SECRET|TOKEN|KEY|AUTH|CRED|COOKIE|SESSION", re.IGNORECASE)


def redact_url(url: str) -> str:
    """``url`` without user:password@ (a proxy or server address may carry them)."""
    try:
        parts = urlsplit(url)
        has_credentials = parts.username is not None or parts.password is not None
    except ValueError:
        return REDACTED
    if not has_credentials:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, f"{REDACTED}@{host}", parts.path, parts.query, parts.fragment))


def environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The variables that matter to the program. Others of ours (``EOFFICE_*``) are named, not shown."""
    env = os.environ if env is None else env
    shown: dict[str, str] = {}
    for name, value in sorted(env.items()):
        upper = name.upper()
        if upper in _PROXIES:
            shown[name] = ",".join(redact_url(v.strip()) for v in value.split(",")) if value else ""
        elif upper in _SHOWN or (upper.startswith("QT_") and not _SECRET_NAME.search(name)):
            shown[name] = value
        elif upper.startswith(("EOFFICE_", "QT_")):
            shown[name] = "(set; value not included)"
    return shown


_RECORD_START = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (?P<level>[A-Z]+) ")


def log_records(text: str) -> Iterator[tuple[str, str]]:
    """(level, record text) of a log file in :data:`~eoffice_desktop.support.logs.FILE_FORMAT`;
    continuation lines (tracebacks) stay with their record. Text before the first record is level ""."""
    level, lines = "", list[str]()
    for line in text.splitlines(keepends=True):
        match = _RECORD_START.match(line)
        if match:
            if lines:
                yield level, "".join(lines)
            level, lines = match["level"], [line]
        else:
            lines.append(line)
    if lines:
        yield level, "".join(lines)


def scrub_log(text: str, sensitive: Iterable[str]) -> tuple[str, int]:
    """INFO and up only, with every sensitive string, credentials in URLs and bearer tokens blanked; and how
    many records were dropped."""
    words = sorted({s for s in sensitive if len(s) >= 4}, key=len, reverse=True)
    kept, dropped = [], 0
    for level, record in log_records(text):
        if level in ("", "DEBUG", "NOTSET"):
            dropped += 1
            continue
        kept.append(_blank(record, words))
    return "".join(kept), dropped


_URL_CREDENTIALS = re.compile(r"(?<=://)[^/\s:@]+:[^/\s@]+@")
_BEARER = re.compile(r"(?i)\b(bearer\s+|(?:token|password|passwd|secret|pin)\s*[:=]\s*)[^\s'\",;]{4,}")


def _blank(text: str, words: Iterable[str]) -> str:
    text = _URL_CREDENTIALS.sub(f"{REDACTED}@", text)
    text = _BEARER.sub(rf"\1{REDACTED}", text)
    for word in words:
        if word in text:
            text = text.replace(word, REDACTED)
    return text


def string_leaves(value: object) -> Iterator[str]:
    """Every string inside decoded JSON (a letter's data)."""
    if isinstance(value, str):
        yield value
        for line in value.splitlines():
            yield line.strip()
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from string_leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from string_leaves(item)


def json_strings(text: str) -> Iterator[str]:
    try:
        yield from string_leaves(json.loads(text))
    except ValueError:
        yield text
