"""The settings' names and kinds, and reading one layer's values with every mistake named.

A layer (the user's file, the machine policy's file, the Windows policy key) is read *leniently*: an unknown
key or a bad value is a problem naming where it is and which key, and the layer's other values still count.
Saving settings reads *strictly*, so a bad value is never written.
"""

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eoffice_desktop.errors import EOfficeError

LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")
LANGUAGES = ("th", "en")


class ConfigError(EOfficeError):
    """The configuration file is unreadable or holds an unknown key or a bad value."""


# section → key → kind; kinds: "path", "paths", "strings", "url", "urls", "level", "language"
SCHEMA: Mapping[str, Mapping[str, str]] = {
    "render": {"emblem": "path", "font_families": "strings", "font_dirs": "paths", "template_dirs": "paths"},
    "sync": {"server": "url"},
    "signing": {"trust": "paths", "module": "path", "tsa": "urls", "level": "level"},
    "ui": {"language": "language"},
}
KIND = {f"{section}.{key}": kind for section, keys in SCHEMA.items() for key, kind in keys.items()}


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
    if kind == "level":
        if raw not in LEVELS:
            raise ConfigError(f"{name} must be one of {', '.join(LEVELS)}")
        return raw
    if kind == "language":
        if raw not in LANGUAGES:
            raise ConfigError(f"{name} must be one of {', '.join(LANGUAGES)}")
        return raw
    raise AssertionError(kind)
