"""A template's words in the window's language: its title, description and field labels come in Thai and
English from the template file (``label`` / ``label_en`` …); a field's problem in Thai or English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eoffice_desktop.ui.messages import thai_ui

if TYPE_CHECKING:
    from eoffice_desktop.domain.errors import FieldError
    from eoffice_desktop.domain.fields import FieldSpec
    from eoffice_desktop.templates import Template


def _pick(thai: str, english: str, fallback: str = "") -> str:
    """The text of the window's language; the other one where it is missing."""
    return (thai or english or fallback) if thai_ui() else (english or thai or fallback)


def field_label(spec: FieldSpec) -> str:
    return _pick(spec.label, spec.label_en, spec.name)


def field_description(spec: FieldSpec) -> str:
    return _pick(spec.description, spec.description_en)


def template_title(template: Template) -> str:
    return _pick(template.title, template.title_en, template.id)


def template_description(template: Template) -> str:
    return _pick(template.description, template.description_en)


def problem_text(error: FieldError) -> str:
    """A field's problem as the message beside it: Thai in the Thai window, English (a sentence) otherwise."""
    if thai_ui():
        return error.problem_th
    text = error.problem
    return text[:1].upper() + text[1:]
