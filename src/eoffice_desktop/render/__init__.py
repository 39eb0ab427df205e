"""Letter → PDF: Qt text engine, fonts, emblem, stamps and the ToUnicode repair."""

from eoffice_desktop.render.errors import RenderError
from eoffice_desktop.render.letter import RenderOptions, RenderResult, render_letter

__all__ = ["RenderError", "RenderOptions", "RenderResult", "render_letter"]
