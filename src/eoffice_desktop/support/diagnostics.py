"""``eoffice-desktop diagnostics --out FILE.zip``: what support needs to know about one machine.

The zip holds versions, the effective configuration with the source of each key, the environment variables
that matter, the self-test, the recent logs, the tokens and certificates of the configured module and the
store's statistics. It never holds a PIN, a token secret, the sync token or letter content: see
:mod:`eoffice_desktop.support.redact`. Written atomically: a failed run leaves no zip behind.
"""

import datetime as dt
import importlib
import io
import json
import logging
import os
import platform
import sys
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any

from eoffice_desktop import __version__
from eoffice_desktop.config import SCHEMA, Config, Signer, setting
from eoffice_desktop.durable import OutputError, write_atomically
from eoffice_desktop.support.logs import log_dir, log_files
from eoffice_desktop.support.redact import environment, redact_url, scrub_log

log = logging.getLogger(__name__)

LOG_TAIL_BYTES = 256 * 1024  # of each log file
LOG_TOTAL_BYTES = 1024 * 1024

_DISTRIBUTIONS = {  # distribution → module to ask for __version__ when metadata is missing (frozen)
    "PySide6-Essentials": "PySide6",
    "pyHanko": "pyhanko",
    "python-pkcs11": "pkcs11",
    "SQLAlchemy": "sqlalchemy",
    "alembic": "alembic",
    "pikepdf": "pikepdf",
    "pypdfium2": "pypdfium2",
    "fonttools": "fontTools",
    "requests": "requests",
    "truststore": "truststore",
    "keyring": "keyring",
    "platformdirs": "platformdirs",
    "asn1crypto": "asn1crypto",
    "fontpkg-sarabun": "fontpkg_sarabun",
}

README = """eoffice-desktop diagnostics

versions.json       program, Python, Qt and library versions; operating system
configuration.json  the effective settings, where each comes from (default, machine policy, user file),
                    locked keys and configuration problems
environment.json    environment variables the program reads (values of others of ours are left out;
                    proxy credentials are removed)
self-test.json      the self-test's checks (eoffice-desktop self-test --json)
tokens.json         the PKCS#11 module's slots, tokens and certificates (public objects only, no login)
store.json          the local store in numbers: schema revision, rows per table and state, sizes
logs/               the recent log records at INFO and above (letter text found in them is blanked)

Not included, by design: PINs, token secrets, private keys, the sync token, letter subjects, bodies,
recipients or PDFs.
"""


def _version_of(distribution: str, module: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        pass
    try:
        found = getattr(importlib.import_module(module), "__version__", None)
    except ImportError:
        return None
    return str(found) if found is not None else "(installed)"


def versions() -> dict[str, Any]:
    from PySide6 import QtCore

    libraries = {d: _version_of(d, m) for d, m in _DISTRIBUTIONS.items()}
    libraries["Qt"] = QtCore.qVersion()
    return {
        "eoffice-desktop": __version__,
        "python": sys.version,
        "python_implementation": platform.python_implementation(),
        "executable": sys.executable,
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform": platform.platform(),
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "libraries": libraries,
    }


def _plain(value: Any) -> Any:
    if isinstance(value, Signer):
        return value.as_table()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def configuration(config: Config) -> dict[str, Any]:
    settings = {}
    for section, keys in SCHEMA.items():
        for key in keys:
            name = f"{section}.{key}"
            value = _plain(setting(config, name))
            if name in ("sync.server", "signing.tsa"):
                value = [redact_url(v) for v in value] if isinstance(value, list) else value
                value = redact_url(value) if isinstance(value, str) else value
            entry = {"value": value, "source": config.sources.get(name, "default")}
            if name in config.locked:
                entry["locked"] = config.locked[name]
            settings[name] = entry
    return {
        "user_file": str(config.source) if config.source else None,
        "policy_file": str(config.policy) if config.policy else None,
        "settings": settings,
        "problems": list(config.problems),
    }


def _tail(path: Path, limit: int) -> str:
    with path.open("rb") as handle:
        size = handle.seek(0, io.SEEK_END)
        handle.seek(max(0, size - limit))
        data = handle.read()
    if size > limit:  # start at a whole line
        data = data[data.find(b"\n") + 1 :]
    return data.decode("utf-8", "replace")


def _logs(sensitive: list[str]) -> dict[str, str]:
    members, total = {}, 0
    for path in log_files():
        if total >= LOG_TOTAL_BYTES:
            break
        text, dropped = scrub_log(_tail(path, min(LOG_TAIL_BYTES, LOG_TOTAL_BYTES - total)), sensitive)
        if dropped:
            text += f"[diagnostics: {dropped} DEBUG record(s) left out]\n"
        members[f"logs/{path.name}"] = text
        total += len(text.encode("utf-8"))
    return members


def _section(name: str, make: Any) -> Any:
    """One part of the report; a failure is reported in its place rather than failing the whole archive."""
    try:
        return make()
    except Exception as exc:
        log.warning("diagnostics: %s failed: %s", name, exc)
        return {"error": f"{type(exc).__name__}: {exc}"}


def collect(config: Config, data_dir: Path) -> dict[str, str]:
    """The archive's members: name → text."""
    from eoffice_desktop.support.selftest import run_self_test
    from eoffice_desktop.support.storestats import recent_letter_text, store_statistics

    def tokens() -> Any:
        if config.pkcs11_module is None:
            return {"module": None, "note": "no PKCS#11 module configured ([signing] module)"}
        from eoffice_desktop.support.inventory import token_inventory

        return token_inventory(config.pkcs11_module)

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n"

    made = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    members = {
        "README.txt": README + f"\nmade {made} for data directory {data_dir}, logs from {log_dir()}\n",
        "versions.json": dump(_section("versions", versions)),
        "configuration.json": dump(_section("configuration", lambda: configuration(config))),
        "environment.json": dump(_section("environment", environment)),
        "self-test.json": dump(
            _section("self-test", lambda: [r.describe() for r in run_self_test(config, data_dir)])
        ),
        "tokens.json": dump(_section("tokens", tokens)),
        "store.json": dump(_section("store", lambda: store_statistics(data_dir))),
    }
    found = _section("letter text", lambda: list(recent_letter_text(data_dir)))
    members.update(_logs(found if isinstance(found, list) else []))  # else still INFO and up only
    return members


def write_diagnostics(out: Path, config: Config, data_dir: Path) -> list[str]:
    """Write the zip to ``out`` (atomically); returns its member names."""
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):  # say so before the work
        raise OutputError(f"cannot write {out}: {parent} is not a writable directory")
    members = collect(config, data_dir)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text.encode("utf-8"))
    write_atomically(out, buffer.getvalue())
    log.info("diagnostics written to %s", out)
    return list(members)
