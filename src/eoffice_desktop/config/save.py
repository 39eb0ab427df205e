"""Writing the user's settings: never over machine policy, never a value the program cannot read back."""

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eoffice_desktop.config.schema import KIND, SCHEMA, ConfigError, parse_value
from eoffice_desktop.durable import write_atomically

if TYPE_CHECKING:
    from eoffice_desktop.config import Config


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, Path):
        return _toml(str(value))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, Mapping):  # an inline table: a signer
        return "{ " + ", ".join(f"{key} = {_toml(v)}" for key, v in value.items()) + " }"
    raise ConfigError(f"cannot write {value!r} into the configuration")


def save_settings(
    changes: Mapping[str, Any], path: Path | None = None, policy_path: Path | None = None
) -> "Config":
    """Write ``{"section.key": value}`` into the user's file (None removes a key), keeping its other keys.

    Locked keys are refused. The new file is checked by reading it back before it replaces the old one, so
    a bad value never leaves a broken configuration behind. Returns the configuration now in force.
    """
    from eoffice_desktop.config import default_config_path, load_config

    path = path or default_config_path()
    current = load_config(path, policy_path, missing_ok=True)
    refused = sorted(name for name in changes if name in current.locked)
    if refused:
        raise ConfigError(
            f"{', '.join(refused)} is set by machine policy and cannot be changed here",
            thai="ค่านี้ถูกกำหนดโดยนโยบายของเครื่อง แก้ไขไม่ได้",
        )
    unknown = sorted(name for name in changes if name not in KIND)
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
            data.setdefault(section, {})[key] = (
                [v if isinstance(v, Mapping) else str(v) for v in value]
                if is_list
                else value
                if isinstance(value, bool)
                else str(value)
            )
    lines = []
    for section in SCHEMA:
        entries = data.get(section) or {}
        if entries:
            lines.append(f"[{section}]")
            lines += [f"{key} = {_toml(value)}" for key, value in entries.items()]
            lines.append("")
    text = "\n".join(lines)
    for name in changes:  # each changed value read back as the program will read it
        section, key = name.split(".")
        if key in data.get(section, {}):
            parse_value(name, tomllib.loads(text)[section][key], path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"))
    return load_config(path, policy_path)
