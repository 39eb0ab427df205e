"""Machine policy: settings IT sets for every user of a workstation, some of them locked.

Two sources, read leniently (a mistake is a problem naming the place and the key; the rest still counts):

* a TOML file with the user file's sections plus ``[policy] note`` (why a locked setting cannot be changed)
  and ``[policy] locked`` (the keys users may not change; ``"*"`` = every key the policy sets);
* on Windows, the registry key ``HKLM\\Software\\Policies\\eoffice-desktop`` that the MSI's public properties
  (``SERVERURL`` …) or Group Policy write: REG_SZ values named like those properties or like the settings
  (``sync.server``); an empty value means unset.
"""

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eoffice_desktop.config.schema import KIND, ConfigError, Layer, parse_value, read_tables, read_toml

REGISTRY_KEY = r"Software\Policies\eoffice-desktop"
REGISTRY_WHERE = rf"HKLM\{REGISTRY_KEY}"
# MSI public property (= registry value name) → setting
PROPERTIES: Mapping[str, str] = {
    "SERVERURL": "sync.server",
    "PKCS11MODULE": "signing.module",
    "TSAURLS": "signing.tsa",
    "TRUSTDIR": "signing.trust",
    "EMBLEM": "render.emblem",
}
ALL = "*"


@dataclass
class Policy(Layer):
    locked: set[str] = field(default_factory=set)  # setting names, or ALL
    note: str | None = None


def read_policy_file(path: Path) -> Policy:
    policy = Policy(where=str(path))
    data = read_toml(path)
    if isinstance(data, str):
        policy.problems.append(f"{path}: cannot read the machine policy ({data}); it is not applied")
        return policy
    table = data.pop("policy", {})
    if not isinstance(table, dict):
        policy.problems.append(f"{path}: [policy] must be a table (ignored)")
        table = {}
    for key, raw in table.items():
        if key == "note":
            if isinstance(raw, str) and raw.strip():
                policy.note = raw.strip()
            else:
                policy.problems.append(f"{path}: policy.note must be text (ignored)")
        elif key == "locked":
            names = [raw] if isinstance(raw, str) else raw
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                policy.problems.append(f"{path}: policy.locked must be a list of setting names (ignored)")
            else:
                _lock(policy, names)
        else:
            policy.problems.append(f"{path}: unknown key policy.{key} (ignored)")
    read_tables(data, str(path), path.parent, policy)
    return policy


def policy_from_registry(entries: Mapping[str, Any], where: str = REGISTRY_WHERE) -> Policy:
    """The policy in the registry key's values (``{name: data}``, as winreg reads them)."""
    policy = Policy(where=where)
    for name, data in entries.items():
        if isinstance(data, list):  # REG_MULTI_SZ
            items = [str(v).strip() for v in data if str(v).strip()]
        else:
            text = str(data).strip()
            items = [text] if text else []
        if not items:
            continue  # an MSI property that was not given
        upper = name.upper()
        if upper == "LOCKED":
            _lock(policy, [n for item in items for n in re.split(r"[\s,;]+", item) if n])
            continue
        if upper == "NOTE":
            policy.note = " ".join(items)
            continue
        setting = PROPERTIES.get(upper) or (name if name in KIND else None)
        if setting is None:
            policy.problems.append(f"{where}: unknown value {name} (ignored)")
            continue
        try:
            policy.values[setting] = parse_value(setting, _registry_raw(setting, items), Path())
        except ConfigError as exc:
            policy.problems.append(f"{where}: {name}: {exc} (ignored)")
    return policy


def _registry_raw(setting: str, items: list[str]) -> Any:
    """Registry text as the TOML value it stands for: lists are separated by ';' (URLs also by spaces or
    commas); paths must be absolute, as there is no file to be relative to. A signer is
    ``name|position|position…``; several signers are separated by ';' (or are items of a REG_MULTI_SZ)."""
    kind = KIND[setting]
    separators = r"[\s,;]+" if kind == "urls" else r";"
    if kind == "signers":
        signers = [v.split("|") for item in items for v in item.split(";") if v.strip()]
        return [{"name": s[0], "positions": s[1:]} for s in signers]
    if kind in ("paths", "strings", "urls", "lines", "steps"):
        values = [v.strip() for item in items for v in re.split(separators, item) if v.strip()]
    else:
        values = [" ".join(items)]
    if kind in ("path", "paths"):
        relative = [v for v in values if not (Path(v).is_absolute() or re.match(r"^[A-Za-z]:[\\/]", v))]
        if relative:
            raise ConfigError(f"{setting} must be an absolute path, not {relative[0]}")
    return values if kind in ("paths", "strings", "urls", "lines", "steps") else values[0]


def read_registry() -> Policy | None:
    """The Windows policy key, or None where there is none (other systems, or the key is absent)."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        key = winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        )
    except OSError:
        return None
    entries: dict[str, Any] = {}
    with key:
        index = 0
        while True:
            try:
                name, data, _kind = winreg.EnumValue(key, index)
            except OSError:
                break
            entries[name] = data
            index += 1
    return policy_from_registry(entries)


def _lock(policy: Policy, names: Iterable[str]) -> None:
    for written in names:
        name = written.strip()
        setting = ALL if name == ALL else PROPERTIES.get(name.upper()) or name
        if setting != ALL and setting not in KIND:
            policy.problems.append(f"{policy.where}: cannot lock unknown setting {name} (ignored)")
        else:
            policy.locked.add(setting)
