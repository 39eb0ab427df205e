"""How a server deployment is configured: `eoffice-cloud serve` options and its configuration file.

The file (TOML, `serve --config FILE`) holds the same settings as the options; an option given on the command
line wins over the file. Example::

    [server]
    database_url = "postgresql+psycopg://eoffice@db.example.go.th/eoffice"
    max_body_mb = 64
    workers = 4                             # server processes on this host (default 1)

    [trust]
    anchors = ["/etc/eoffice-cloud/trust/root-ca.pem"]
    dir = "/etc/eoffice-cloud/trust"       # every *.pem, *.crt, *.cer, *.der in it

Every uploaded letter is checked against these trust anchors (see verification.py). A server without any
refuses to start, unless told to accept letters unverified (``serve --accept-unverified``, for development
and for tests that push synthetic payloads; never in production).
"""

import json
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, get_args

DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024


class SettingsError(ValueError):
    """The configuration file cannot be used (its path and the key are in the message)."""


@dataclass(frozen=True)
class ServerSettings:
    trust_anchors: tuple[Path, ...] = ()
    """Certificates of the CAs whose signers' letters are accepted (files)."""
    trust_dir: Path | None = None
    """A directory of such certificates."""
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    """Requests with a larger body are refused (413)."""
    database_url: str | None = None
    accept_unverified: bool = False
    """Development only: store letters without checking their signatures (no trust anchor needed)."""
    workers: int = 1
    """Server processes sharing the port on this host; they share nothing but the database."""

    def overridden(self, **options: object) -> "ServerSettings":
        """These settings with the command line's options that were given (not None) in place."""
        return replace(self, **{k: v for k, v in options.items() if v is not None})  # type: ignore[arg-type]

    def anchor_paths(self) -> list[Path]:
        """The anchor files and the anchor directory, as `load_trust_anchors` reads them."""
        return [*self.trust_anchors, *([self.trust_dir] if self.trust_dir else [])]


def load_settings(path: Path) -> ServerSettings:
    """The settings of a configuration file; a SettingsError names the file and the bad key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from exc
    server = data.get("server", {})
    trust = data.get("trust", {})
    for section, values, known in (
        ("server", server, {"database_url", "max_body_mb", "workers"}),
        ("trust", trust, {"anchors", "dir"}),
    ):
        if not isinstance(values, dict):
            raise SettingsError(f"{path}: [{section}] must be a table")
        for key in values:
            if key not in known:
                raise SettingsError(f"{path}: unknown key {section}.{key}")
    unknown = set(data) - {"server", "trust"}
    if unknown:
        raise SettingsError(f"{path}: unknown section [{sorted(unknown)[0]}]")
    max_mb = server.get("max_body_mb", DEFAULT_MAX_BODY_BYTES // (1024 * 1024))
    if not isinstance(max_mb, int) or isinstance(max_mb, bool) or max_mb < 1:
        raise SettingsError(f"{path}: server.max_body_mb must be a whole number of megabytes ≥ 1")
    workers = server.get("workers", 1)
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise SettingsError(f"{path}: server.workers must be a whole number of processes ≥ 1")
    anchors = trust.get("anchors", [])
    if not isinstance(anchors, list) or not all(isinstance(a, str) for a in anchors):
        raise SettingsError(f"{path}: trust.anchors must be a list of file names")
    trust_dir = trust.get("dir")
    if trust_dir is not None and not isinstance(trust_dir, str):
        raise SettingsError(f"{path}: trust.dir must be a directory name")
    url = server.get("database_url")
    if url is not None and not isinstance(url, str):
        raise SettingsError(f"{path}: server.database_url must be a string")
    base = path.parent
    return ServerSettings(
        trust_anchors=tuple(base / a for a in anchors),
        trust_dir=base / trust_dir if trust_dir else None,
        max_body_bytes=max_mb * 1024 * 1024,
        database_url=url,
        workers=workers,
    )


def to_json(settings: ServerSettings, data_dir: Path) -> str:
    """The settings and data directory as text, for the worker processes `serve --workers N` starts (they
    read it from the environment: eoffice_cloud.app.app_from_environment). Every field goes, so a setting
    added later reaches the workers too."""
    values = {f.name: _plain(getattr(settings, f.name)) for f in fields(ServerSettings)}
    return json.dumps({"data_dir": str(data_dir), "settings": values})


def from_json(text: str) -> tuple[ServerSettings, Path]:
    """The settings and data directory that to_json wrote."""
    data = json.loads(text)
    kinds = {f.name: f.type for f in fields(ServerSettings)}
    values: dict[str, Any] = {n: _typed(kinds[n], v) for n, v in data["settings"].items()}
    return ServerSettings(**values), Path(data["data_dir"])


def _plain(value: object) -> object:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _typed(kind: object, value: object) -> object:
    """A JSON value back as the field's type: paths (alone, optional or in a tuple) become Path again."""
    if isinstance(value, list):
        inner = get_args(kind)[0] if get_args(kind) else object
        return tuple(_typed(inner, v) for v in value)
    if isinstance(value, str) and (kind is Path or Path in get_args(kind)):
        return Path(value)
    return value
