"""The settings' names and kinds, and reading one layer's values with every mistake named.

A layer (the user's file, the machine policy's file, the Windows policy key) is read *leniently*: an unknown
key or a bad value is a problem naming where it is and which key, and the layer's other values still count.
Saving settings reads *strictly*, so a bad value is never written.
"""

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eoffice_desktop.domain.people import PERSON_ID_PATTERN
from eoffice_desktop.errors import EOfficeError

LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")
LANGUAGES = ("th", "en")
NUMBERINGS = ("before", "after")  # [routing] numbering: before the signature, or by the saraban desk after


class ConfigError(EOfficeError):
    """The configuration file is unreadable or holds an unknown key or a bad value."""


# section → key → kind; kinds: "path", "paths", "strings", "url", "urls", "level", "language", "numbering",
# "switch" (true or false), "person" (a person's id, domain/people.py), "steps" (a route: PERSON:KIND, …, the
# last PERSON:sign; domain/routes.py), and for the office's profile "text", "lines", "series" (a letter code
# such as ดศ 0201), "email", "signers"
SCHEMA: Mapping[str, Mapping[str, str]] = {
    "render": {"emblem": "path", "font_families": "strings", "font_dirs": "paths", "template_dirs": "paths"},
    "sync": {"server": "url"},
    "signing": {
        "trust": "paths",
        "module": "path",
        "tsa": "urls",
        "level": "level",
        "signature_image": "switch",  # false: no handwritten-signature image on the stamps of this machine
    },
    "ui": {"language": "language"},
    "identity": {"person": "person"},  # the person this workstation acts for, over the token's
    # default_route: the route a letter goes on when none is given (a template's wins); numbering: when the
    # number and date are given (before the signature, or after it by the saraban desk)
    "routing": {"default_route": "steps", "numbering": "numbering"},
    # phrases: the quick phrases offered while a head writes a minute (เกษียน); they replace the built-in ones
    "minutes": {"phrases": "lines"},
    "profile": {
        "agency": "text",
        "agency_code": "series",
        "address": "lines",
        "owner_unit": "text",
        "phone": "text",
        "fax": "text",
        "email": "email",
        "signers": "signers",
        "signature_image": "path",  # the user's own copy of their handwritten signature (PNG)
    },
}
KIND = {f"{section}.{key}": kind for section, keys in SCHEMA.items() for key, kind in keys.items()}


# a letter code: the ministry's letters and the unit's number, e.g. ดศ 0201, มท 0808.2 (Thai or Latin digits)
SERIES = re.compile(r"[ก-ฮ][ก-ฮ.]*\s*[0-9๐-๙][0-9๐-๙.]*")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
PERSON_ID = re.compile(PERSON_ID_PATTERN)
# a switch as the Windows policy key writes it (REG_SZ or REG_DWORD text); a TOML file writes true / false
_SWITCH = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


@dataclass(frozen=True)
class Signer:
    """One of the office's usual signers: the full name and the position lines printed under it."""

    name: str
    positions: tuple[str, ...]

    def as_table(self) -> dict[str, Any]:
        return {"name": self.name, "positions": list(self.positions)}


@dataclass
class Layer:
    """One source's settings as ``{"section.key": value}``, and what was wrong in it."""

    where: str
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_toml(path: Path) -> dict[str, Any] | str:
    """The file's tables, or why it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return str(exc)


def read_tables(data: Mapping[str, Any], where: str, base: Path, layer: Layer) -> None:
    """Put ``{section: {key: value}}`` into ``layer``; paths are taken relative to ``base``."""
    for section, table in data.items():
        if section not in SCHEMA or not isinstance(table, dict):
            layer.problems.append(f"{where}: unknown section [{section}] (ignored)")
            continue
        for key, raw in table.items():
            name = f"{section}.{key}"
            if name not in KIND:
                layer.problems.append(f"{where}: unknown key {name} (ignored)")
                continue
            try:
                layer.values[name] = parse_value(name, raw, base)
            except ConfigError as exc:
                layer.problems.append(f"{where}: {exc} (ignored)")


def parse_value(name: str, raw: Any, base: Path) -> Any:
    """``raw`` as the setting ``name`` holds it, or :class:`ConfigError` saying what it must be."""
    kind = KIND[name]

    def strings(what: str) -> list[str]:
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise ConfigError(f"{name} must be a list of {what}")
        return raw

    if kind == "path":
        if not isinstance(raw, str) or not raw:
            raise ConfigError(f"{name} must be a path")
        return base / raw
    if kind == "paths":
        return tuple(base / v for v in strings("paths"))
    if kind == "strings":
        return tuple(strings("family names"))
    if kind == "url":
        if not (isinstance(raw, str) and raw.startswith(("https://", "http://"))):
            raise ConfigError(f"{name} must be an http(s) URL")
        return raw
    if kind == "urls":
        urls = strings("http(s) URLs")
        if not all(u.startswith(("https://", "http://")) for u in urls):
            raise ConfigError(f"{name} must be a list of http(s) URLs")
        return tuple(urls)
    if kind == "switch":
        switch = _SWITCH.get(raw.strip().lower()) if isinstance(raw, str) else raw
        if not isinstance(switch, bool):
            raise ConfigError(f"{name} must be true or false")
        return switch
    if kind == "level":
        if raw not in LEVELS:
            raise ConfigError(f"{name} must be one of {', '.join(LEVELS)}")
        return raw
    if kind == "language":
        if raw not in LANGUAGES:
            raise ConfigError(f"{name} must be one of {', '.join(LANGUAGES)}")
        return raw
    if kind == "numbering":
        if raw not in NUMBERINGS:
            raise ConfigError(f"{name} must be one of {', '.join(NUMBERINGS)}")
        return raw
    if kind == "person":
        if not isinstance(raw, str) or not PERSON_ID.fullmatch(raw.strip()):
            raise ConfigError(f"{name} must be a person's id: letters, digits, '.', '_' or '-', at most 64")
        return raw.strip()
    if kind == "steps":
        return _steps(name, strings("steps PERSON:KIND"))
    if kind in ("text", "series", "email"):
        if not isinstance(raw, str) or not raw.strip():
            raise ConfigError(f"{name} must be text")
        text = " ".join(raw.split())
        if kind == "series" and not SERIES.fullmatch(text):
            raise ConfigError(f"{name} must be a letter code such as ดศ 0201, not {text!r}")
        if kind == "email" and not EMAIL.fullmatch(text):
            raise ConfigError(f"{name} must be an e-mail address, not {text!r}")
        return text
    if kind == "lines":
        return tuple(" ".join(v.split()) for v in strings("lines of text") if v.strip())
    if kind == "signers":
        return tuple(_signer(name, number, entry) for number, entry in enumerate(_raw_list(name, raw), 1))
    raise AssertionError(kind)


def _steps(name: str, texts: list[str]) -> tuple[str, ...]:
    """A route's steps as written (``P002:review``), checked by the rules of a route."""
    from eoffice_desktop.domain.errors import DomainError
    from eoffice_desktop.domain.route_rules import check_steps
    from eoffice_desktop.domain.routes import StepSpec

    try:
        steps = [StepSpec.parse(text.strip()) for text in texts]
        check_steps(steps, positions=True)
    except DomainError as exc:
        raise ConfigError(f"{name}: {exc}", thai=f"{name}: {exc.thai}") from exc
    return tuple(f"{s.person}:{s.kind.value}" for s in steps)


def _raw_list(name: str, raw: Any) -> list[Any]:
    if not isinstance(raw, list):
        raise ConfigError(f"{name} must be a list")
    return raw


def _signer(name: str, number: int, entry: Any) -> Signer:
    """``{name = "…", positions = ["…", …]}``; one position may be given as text."""
    where = f"{name}[{number}]"
    if not isinstance(entry, dict) or set(entry) - {"name", "positions"}:
        raise ConfigError(f"{where} must be a table with name and positions")
    full_name = entry.get("name")
    positions = entry.get("positions")
    if isinstance(positions, str):
        positions = [positions]
    if not isinstance(full_name, str) or not full_name.strip():
        raise ConfigError(f"{where} needs a name")
    if not isinstance(positions, list) or not all(isinstance(p, str) for p in positions):
        raise ConfigError(f"{where} needs positions, a list of lines")
    lines = tuple(" ".join(p.split()) for p in positions if p.strip())
    if not lines:
        raise ConfigError(f"{where} needs at least one position line")
    return Signer(" ".join(full_name.split()), lines)
