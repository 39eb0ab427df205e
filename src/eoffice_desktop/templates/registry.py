"""All templates known to the program: the bundled ones plus any directory IT or an agency adds."""

import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from eoffice_desktop.domain.salutations import SalutationTable
from eoffice_desktop.resources import resource_path
from eoffice_desktop.templates.errors import TemplateError
from eoffice_desktop.templates.loader import load_template
from eoffice_desktop.templates.model import Template


def rank_order(template: Template) -> tuple[int, str]:
    """By ``rank`` (external letters and memos first), then by id."""
    return (template.rank, template.id)


class TemplateRegistry:
    """Templates by id. A later directory overrides a template of the same id from an earlier one."""

    def __init__(self, templates: Iterable[Template], salutations: SalutationTable) -> None:
        self._templates = {t.id: t for t in templates}
        self.salutations = salutations

    @classmethod
    def from_dirs(cls, dirs: Iterable[Path], salutations: SalutationTable) -> "TemplateRegistry":
        found: dict[str, Template] = {}
        for directory in dirs:
            for path in sorted(directory.glob("*.toml")):
                template = load_template(path)
                if template.id != path.stem:
                    raise TemplateError(f"{path}: id '{template.id}' does not match the file name")
                found[template.id] = template
        return cls(found.values(), salutations)

    def get(self, template_id: str) -> Template:
        try:
            return self._templates[template_id]
        except KeyError:
            raise TemplateError(
                f"unknown template '{template_id}' (known: {', '.join(sorted(self._templates))})",
                thai=f"ไม่พบแบบฟอร์ม '{template_id}'",
            ) from None

    def __iter__(self) -> Iterator[Template]:
        return iter(sorted(self._templates.values(), key=lambda t: t.id))

    def by_rank(self) -> list[Template]:
        """The templates in the order people look for them (:func:`rank_order`)."""
        return sorted(self._templates.values(), key=rank_order)

    def __len__(self) -> int:
        return len(self._templates)


def load_salutations(path: Path) -> SalutationTable:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        pairs = {str(p["salutation"]): str(p["closing"]) for p in data["pairs"]}
        return SalutationTable(closings=pairs, default_salutation=str(data.get("default", "เรียน")))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise TemplateError(f"cannot read salutation table {path}: {exc}") from exc


@cache
def default_registry(extra_dirs: tuple[Path, ...] = ()) -> TemplateRegistry:
    salutations = load_salutations(resource_path("salutations.toml"))
    return TemplateRegistry.from_dirs((resource_path("templates"), *extra_dirs), salutations)
