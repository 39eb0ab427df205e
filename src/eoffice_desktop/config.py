"""User configuration (a TOML file). Machine policy layers come with the deployment work (issue 6)."""

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from eoffice_desktop.domain.official_fonts import OFFICIAL_FAMILIES
from eoffice_desktop.errors import EOfficeError

APP_NAME = "eoffice-desktop"


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
    source: Path | None = None


_RENDER_KEYS = {"emblem", "font_families", "font_dirs", "template_dirs"}


def default_config_path() -> Path:
    env = os.environ.get("EOFFICE_CONFIG")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read ``[render]`` settings (``emblem``, ``font_families``, ``font_dirs``, ``template_dirs``) and
    ``[sync] server`` and ``[signing] trust``."""
    explicit = path is not None
    path = path or default_config_path()
    if not path.exists():
        if explicit:
            raise ConfigError(f"configuration file {path} does not exist")
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read configuration {path}: {exc}") from exc
    unknown = set(data) - {"render", "sync", "signing"}
    render = data.get("render", {})
    sync = data.get("sync", {})
    unknown |= {f"render.{k}" for k in set(render) - _RENDER_KEYS}
    signing = data.get("signing", {})
    unknown |= {f"sync.{k}" for k in set(sync) - {"server"}}
    unknown |= {f"signing.{k}" for k in set(signing) - {"trust"}}
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}")
    base = path.parent

    def paths(key: str, section: str = "render") -> tuple[Path, ...]:
        value = data.get(section, {}).get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: {section}.{key} must be a list of paths")
        return tuple(base / v for v in value)

    emblem = render.get("emblem")
    if emblem is not None and not isinstance(emblem, str):
        raise ConfigError(f"{path}: render.emblem must be a path")
    families = render.get("font_families", list(OFFICIAL_FAMILIES))
    if not isinstance(families, list) or not all(isinstance(v, str) for v in families):
        raise ConfigError(f"{path}: render.font_families must be a list of family names")
    server = sync.get("server")
    if server is not None and not (isinstance(server, str) and server.startswith(("https://", "http://"))):
        raise ConfigError(f"{path}: sync.server must be an http(s) URL")
    return Config(
        server=server,
        emblem=base / emblem if emblem else None,
        font_families=tuple(families),
        font_dirs=paths("font_dirs"),
        template_dirs=paths("template_dirs"),
        trust=paths("trust", "signing"),
        source=path,
    )
