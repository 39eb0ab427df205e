"""Configuration in layers: built-in defaults < machine policy < the user's settings.

The machine policy (a TOML file IT installs, e.g. ``/etc/eoffice-desktop/policy.toml``, and on Windows the
``HKLM\\Software\\Policies\\eoffice-desktop`` registry key) sets defaults for every user of the workstation; a
key it lists as *locked* keeps the policy's value whatever the user sets: the settings dialog shows it
read-only with the reason, and :func:`save_settings` refuses to change it. Paths in a file are relative to
that file. A missing user file means defaults; a missing policy means no policy.

Mistakes in a file (unknown keys, bad values, even a file that cannot be parsed) do not stop the program: each
is a problem in :attr:`Config.problems` naming the file and the key, and the remaining valid settings apply.
"""

import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from eoffice_desktop.config.policy import ALL, Policy, policy_from_registry, read_policy_file, read_registry
from eoffice_desktop.config.schema import (
    KIND,
    LANGUAGES,
    LEVELS,
    SCHEMA,
    ConfigError,
    Layer,
    Signer,
    read_tables,
    read_toml,
)
from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES

__all__ = [
    "APP_NAME",
    "LANGUAGES",
    "LEVELS",
    "SCHEMA",
    "Config",
    "ConfigError",
    "Profile",
    "Signer",
    "default_config_path",
    "default_policy_path",
    "load_config",
    "save_settings",
    "setting",
]

log = logging.getLogger(__name__)

APP_NAME = "eoffice-desktop"


@dataclass(frozen=True)
class Profile:
    """The office this workstation drafts for ([profile]): what every new letter starts with."""

    agency: str | None = None  # ส่วนราชการเจ้าของหนังสือ
    agency_code: str | None = None  # the letter code numbers run in, e.g. ดศ 0201
    address: tuple[str, ...] = ()
    owner_unit: str | None = None  # ส่วนราชการเจ้าของเรื่อง
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    signers: tuple[Signer, ...] = ()  # the first is the default
    signature_image: Path | None = None  # the user's handwritten signature, copied into the data directory


@dataclass(frozen=True)
class Config:
    emblem: Path | None = None
    font_families: tuple[str, ...] = DEFAULT_FAMILIES
    font_dirs: tuple[Path, ...] = ()
    template_dirs: tuple[Path, ...] = ()
    server: str | None = None  # [sync] server: the central cloud the window syncs with
    trust: tuple[Path, ...] = ()  # [signing] trust: root certificates (files or folders of them)
    pkcs11_module: Path | None = None  # [signing] module: the token's PKCS#11 library
    tsa: tuple[str, ...] = ()  # [signing] tsa: timestamp authorities, in failover order
    level: str = "B-B"  # [signing] level: what the window signs at (B-T and up need a TSA)
    signature_image: bool = True  # [signing] signature_image: false forbids handwritten-signature images
    language: str | None = None  # [ui] language: th or en (default th)
    person: str | None = None  # [identity] person: whom this workstation acts for (else the token's person)
    default_route: tuple[str, ...] = ()  # [routing] default_route: PERSON:KIND steps when none are given
    numbering: str = "before"  # [routing] numbering: "after" leaves the number to the saraban desk
    minute_phrases: tuple[str, ...] | None = None  # [minutes] phrases: replace the built-in quick phrases
    profile: Profile = field(default_factory=Profile)  # [profile]: the office's own name, address, signers
    source: Path | None = None  # the user's file, if there is one
    policy: Path | None = None  # the machine policy file that was applied, if any
    locked: Mapping[str, str] = field(default_factory=dict)  # "section.key" → why it cannot be changed
    sources: Mapping[str, str] = field(default_factory=dict)  # "section.key" → where its value comes from
    problems: tuple[str, ...] = ()  # mistakes found in the files, each naming the file and the key


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
    "signing.signature_image": "signature_image",
    "ui.language": "language",
    "identity.person": "person",
    "routing.default_route": "default_route",
    "routing.numbering": "numbering",
    "minutes.phrases": "minute_phrases",
}
_PROFILE = {f"profile.{key}": key for key in SCHEMA["profile"]}
assert set(_FIELD) | set(_PROFILE) == set(KIND)


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


def read_user_file(path: Path) -> Layer:
    layer = Layer(where=str(path))
    data = read_toml(path)
    if isinstance(data, str):
        layer.problems.append(f"{path}: cannot read the settings ({data}); defaults are used")
    else:
        read_tables(data, str(path), path.parent, layer)
    return layer


def load_config(
    path: Path | None = None,
    policy_path: Path | None = None,
    *,
    registry: Mapping[str, Any] | None = None,
    missing_ok: bool = False,
) -> Config:
    """The user's settings (``path``, default :func:`default_config_path`) over the machine policy.

    ``registry`` stands in for the Windows policy key's values (tests; None reads the real key on Windows).
    A ``path`` named explicitly must exist unless ``missing_ok``.
    """
    explicit = path is not None
    path = path or default_config_path()
    policies: list[Policy] = []
    policy_path = policy_path or default_policy_path()
    if policy_path.is_file():
        policies.append(read_policy_file(policy_path))
    in_registry = policy_from_registry(registry) if registry is not None else read_registry()
    if in_registry is not None:
        policies.append(in_registry)

    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    locked: dict[str, str] = {}
    problems: list[str] = []
    for policy in policies:  # the registry, read last, wins over the file
        problems += policy.problems
        for name, value in policy.values.items():
            values[name] = value
            sources[name] = f"policy {policy.where}"
        reason = policy.note or f"set by machine policy ({policy.where})"
        names = set(policy.values) if ALL in policy.locked else policy.locked
        locked.update(dict.fromkeys(sorted(names), reason))

    source = None
    if path.exists():
        user = read_user_file(path)
        problems += user.problems
        source = path
        for name, value in user.values.items():
            if name in locked:
                log.debug("%s: %s is locked by machine policy; the policy's value applies", path, name)
                continue
            values[name] = value
            sources[name] = f"user {path}"
    elif explicit and not missing_ok:
        raise ConfigError(f"configuration file {path} does not exist")

    applied = policy_path if policy_path.is_file() else None
    return Config(
        **{_FIELD[name]: value for name, value in values.items() if name in _FIELD},
        profile=Profile(**{_PROFILE[name]: value for name, value in values.items() if name in _PROFILE}),
        source=source,
        policy=applied,
        locked=locked,
        sources=sources,
        problems=tuple(problems),
    )


def setting(config: Config, name: str) -> Any:
    """The value of ``"section.key"`` in ``config``."""
    if name in _PROFILE:
        return getattr(config.profile, _PROFILE[name])
    return getattr(config, _FIELD[name])


from eoffice_desktop.config.save import save_settings  # noqa: E402  (uses load_config)
