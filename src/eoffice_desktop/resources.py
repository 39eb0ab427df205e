"""Locate the data files under ``resources/`` in every way the program can be installed.

The wheel carries them as ``eoffice_desktop/resources`` (hatch force-include); a source checkout or an
editable install has them at the repository root; a frozen bundle has them under ``sys._MEIPASS``.
"""

import sys
from functools import cache
from pathlib import Path

from eoffice_desktop.errors import EOfficeError


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "eoffice_desktop" / "resources")
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise EOfficeError(
        "the program's resources (templates, fonts) are missing; reinstall eoffice-desktop "
        f"(looked in: {', '.join(str(c) for c in candidates)})"
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
