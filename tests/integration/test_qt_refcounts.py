"""Rendering must not drain references to None (PySide6 6.12.0 did on Python 3.11: the process aborted
with "Fatal Python error: none_dealloc" after some dozens of letters)."""

import gc
import sys
from typing import Any

from eoffice_desktop.drafting import validate_letter
from eoffice_desktop.render import render_letter
from eoffice_desktop.templates import default_registry
from tests.helpers import example


def test_rendering_keeps_references_to_none(qt_app: Any) -> None:
    registry = default_registry()
    template = registry.get("external-letter")
    values = validate_letter(template, example("external-letter"), registry)
    render_letter(template, values)  # warm: caches and fonts
    gc.collect()  # objects of earlier tests, freed during the measurement, would lower the count
    before = sys.getrefcount(None)
    for _ in range(3):
        render_letter(template, values)
    gc.collect()
    # the 6.12.0 binding dropped about 385 references per letter
    assert sys.getrefcount(None) - before > -100, "a binding drops references to None (see pyproject.toml)"
