"""Configuration: the user's TOML file, with machine policy laid over it.

Both files have the same sections and keys. A key set in the machine policy (written by IT, e.g.
``/etc/eoffice-desktop/policy.toml``) wins over the user's value and is *locked*: the settings dialog shows it
read-only with the reason, and :func:`save_settings` refuses to change it. Paths in a file are relative to
that file. A missing user file means defaults; a missing policy file means no policy.
"""

import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from eoffice_desktop.domain.official_fonts import OFFICIAL_FAMILIES
from eoffice_desktop.durable import write_atomically
from eoffice_desktop.errors import EOfficeError

APP_NAME = "eoffice-desktop"
LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")
LANGUAGES = ("th", "en")


class ConfigError(EOfficeError):
    """The configuration file is unreadable or holds an unknown key or a bad value."""


@dataclass(frozen=True)
class Config:
    emblem: Path | None = None
    font_families: tuple[str, ...] = OFFICIAL_FAMILIES
    font_dirs: tuple[Path, ...] = ()
    template_dirs: tuple[Path, ...] = ()
    server: str | None = None  # [sync] server: the central cloud the window syncs with
    trust: tuple[Path, ...] = ()  # [signing] trust: root certificates signatures are checked against
    pkcs11_module: Path | None = None  # [signing] module: the token's PKCS#11 library
    tsa: tuple[str, ...] = ()  # [signing] tsa: timestamp authorities, in failover order
    level: str = "B-B"  # [signing] level: what the window signs at (B-T and up need a TSA)
    language: str | None = None  # [ui] language: th or en (default th)
    source: Path | None = None
    policy: Path | None = None  # the machine policy file that was applied, if any
    locked: Mapping[str, str] = field(default_factory=dict)  # "section.key" → why it cannot be changed


# section → key → kind; kinds: "path", "paths", "strings", "url", "urls", "level", "language"
SCHEMA: Mapping[str, Mapping[str, str]] = {
    "render": {"emblem": "path", "font_families": "strings", "font_dirs": "paths", "template_dirs": "paths"},
    "sync": {"server": "url"},
    "signing": {"trust": "paths", "module": "path", "tsa": "urls", "level": "level"},
    "ui": {"language": "language"},
}
_FIELD = {
    "render.emblem": "emblem",
    "render.font_families": "font_families",
    "render.font_dirs": "font_dirs",
    "render.template_dirs": "template_dirs",
    "sync.server": "server",
    "signing.trust": "trust",
    "signing.module": "pkcs11_module",
    "signing.tsa": "tsa",
    "signing.level": "level",
    "ui.language": "language",
}


def default_config_path() -> Path:
    env = os.environ.get("EOFFICE_CONFIG")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_policy_path() -> Path:
    """``EOFFICE_POLICY``, else the machine-wide place for this OS."""
    env = os.environ.get("EOFFICE_POLICY")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_NAME / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "policy.toml"
    return Path("/etc") / APP_NAME / "policy.toml"


def _read(path: Path, *, policy: bool) -> tuple[dict[str, Any], str | None]:
    """The file's settings as ``{"section.key": value}`` (paths made absolute), and the policy's note."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read configuration {path}: {exc}") from exc
    note = None
    if policy and isinstance(data.get("policy"), dict):
        note = data.pop("policy").get("note")
        if note is not None and not isinstance(note, str):
            raise ConfigError(f"{path}: policy.note must be text")
    unknown = {s for s in data if s not in SCHEMA or not isinstance(data[s], dict)}
    for section, keys in SCHEMA.items():
        unknown |= {f"{section}.{k}" for k in data.get(section, {}) if k not in keys}
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for section, keys in SCHEMA.items():
        for key, kind in keys.items():
            if key in data.get(section, {}):
                values[f"{section}.{key}"] = _value(path, f"{section}.{key}", kind, data[section][key])
    return values, note


def _value(path: Path, name: str, kind: str, raw: Any) -> Any:
    base = path.parent

    def strings(what: str) -> list[str]:
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise ConfigError(f"{path}: {name} must be a list of {what}")
        return raw

    if kind == "path":
        if not isinstance(raw, str) or not raw:
            raise ConfigError(f"{path}: {name} must be a path")
        return base / raw
    if kind == "paths":
        return tuple(base / v for v in strings("paths"))
    if kind == "strings":
        return tuple(strings("family names"))
    if kind == "url":
        if not (isinstance(raw, str) and raw.startswith(("https://", "http://"))):
            raise ConfigError(f"{path}: {name} must be an http(s) URL")
        return raw
    if kind == "urls":
        urls = strings("http(s) URLs")
        if not all(u.startswith(("https://", "http://")) for u in urls):
            raise ConfigError(f"{path}: {name} must be a list of http(s) URLs")
        return tuple(urls)
    if kind == "level":
        if raw not in LEVELS:
            raise ConfigError(f"{path}: {name} must be one of {', '.join(LEVELS)}")
        return raw
    if kind == "language":
        if raw not in LANGUAGES:
            raise ConfigError(f"{path}: {name} must be one of {', '.join(LANGUAGES)}")
        return raw
    raise AssertionError(kind)


def load_config(path: Path | None = None, policy_path: Path | None = None) -> Config:
    """The user's settings (``path``, default :func:`default_config_path`) under the machine policy."""
    explicit = path is not None
    path = path or default_config_path()
    values: dict[str, Any] = {}
    source = None
    if path.exists():
        values, _ = _read(path, policy=False)
        source = path
    elif explicit:
        raise ConfigError(f"configuration file {path} does not exist")
    policy_path = policy_path or default_policy_path()
    locked: dict[str, str] = {}
    applied = None
    if policy_path.is_file():
        enforced, note = _read(policy_path, policy=True)
        reason = note or f"set by machine policy ({policy_path})"
        values.update(enforced)
        locked = dict.fromkeys(enforced, reason)
        applied = policy_path
    kwargs = {_FIELD[name]: value for name, value in values.items()}
    return Config(**kwargs, source=source, policy=applied, locked=locked)


def setting(config: Config, name: str) -> Any:
    """The value of ``"section.key"`` in ``config``."""
    return getattr(config, _FIELD[name])


def _toml(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, Path):
        return _toml(str(value))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    raise ConfigError(f"cannot write {value!r} into the configuration")


def save_settings(
    changes: Mapping[str, Any], path: Path | None = None, policy_path: Path | None = None
) -> Config:
    """Write ``{"section.key": value}`` into the user's file (None removes a key), keeping its other keys.

    Locked keys are refused. The new file is checked by reading it back before it replaces the old one, so
    a bad value never leaves a broken configuration behind. Returns the configuration now in force.
    """
    path = path or default_config_path()
    current = load_config(path if path.exists() else None, policy_path)
    refused = sorted(name for name in changes if name in current.locked)
    if refused:
        raise ConfigError(
            f"{', '.join(refused)} is set by machine policy and cannot be changed here",
            thai="ค่านี้ถูกกำหนดโดยนโยบายของเครื่อง แก้ไขไม่ได้",
        )
    unknown = sorted(name for name in changes if name not in _FIELD)
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(unknown)}")
    data: dict[str, dict[str, Any]] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read configuration {path}: {exc}") from exc
    for name, value in changes.items():
        section, key = name.split(".")
        if value is None or value in ("", [], ()):
            data.get(section, {}).pop(key, None)
        else:
            is_list = isinstance(value, (list, tuple))
            data.setdefault(section, {})[key] = [str(v) for v in value] if is_list else str(value)
    lines = []
    for section in SCHEMA:
        entries = data.get(section) or {}
        if entries:
            lines.append(f"[{section}]")
            lines += [f"{key} = {_toml(value)}" for key, value in entries.items()]
            lines.append("")
    text = "\n".join(lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    check = path.with_name(f".{path.name}.check")
    try:
        check.write_text(text, encoding="utf-8")
        _read(check, policy=False)
    finally:
        check.unlink(missing_ok=True)
    write_atomically(path, text.encode("utf-8"))
    return load_config(path, policy_path)
