"""Wire the services from configuration; the command line (and later the window) starts here."""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eoffice_desktop.config import Config, load_config
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.templates import TemplateRegistry, default_registry

if TYPE_CHECKING:  # rendering loads Qt's text machinery: only when a letter is rendered
    from eoffice_desktop.render import RenderOptions


@dataclass(frozen=True)
class Services:
    config: Config
    templates: TemplateRegistry

    def render_options(self, emblem: Path | None = None) -> "RenderOptions":
        """Rendering options from the configuration; ``emblem`` (e.g. ``--emblem``) overrides it."""
        from eoffice_desktop.render import RenderOptions

        chosen = emblem or self.config.emblem
        if chosen is not None and not chosen.is_file():
            raise EOfficeError(f"emblem image {chosen} does not exist", thai=f"ไม่พบไฟล์ตราครุฑ {chosen}")
        return RenderOptions(
            emblem=chosen, font_families=self.config.font_families, font_dirs=self.config.font_dirs
        )


def build_services(config_path: Path | None = None, data_dir: Path | None = None) -> Services:
    """Templates: the bundled ones, then the configured directories, then those the server published into the
    data directory (a later one replaces an earlier one of the same id)."""
    from eoffice_desktop.paths import data_dir as resolve_data_dir

    config = load_config(config_path)
    published = resolve_data_dir(data_dir) / "templates"
    dirs = (*config.template_dirs, *((published,) if published.is_dir() else ()))
    return Services(config=config, templates=default_registry(tuple(dirs)))
