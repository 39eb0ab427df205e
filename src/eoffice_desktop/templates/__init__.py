"""Letter templates: definitions loaded from data files under ``resources/templates``."""

from eoffice_desktop.templates.errors import TemplateError
from eoffice_desktop.templates.model import Element, EmblemSpec, PageSpec, StampSpec, Template
from eoffice_desktop.templates.registry import TemplateRegistry, default_registry

__all__ = [
    "Element",
    "EmblemSpec",
    "PageSpec",
    "StampSpec",
    "Template",
    "TemplateError",
    "TemplateRegistry",
    "default_registry",
]
