"""Which font letters are set in: an installed official TH Sarabun when present, else Laksaman (the same
design) when installed, else the bundled Sarabun.

The renderer must know each font's file (the ToUnicode repair reads the original glyphs), so fonts are
registered with Qt from files rather than picked by family name from the system.
"""

import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont, TTLibError
from PySide6.QtGui import QFontDatabase

from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES
from eoffice_desktop.render.errors import RenderError
from eoffice_desktop.render.qt import ensure_gui_app

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FontFace:
    family: str
    postscript_name: str
    bold: bool
    path: Path
    weight: int = 400  # OS/2 usWeightClass: 400 regular, 700 bold


@dataclass(frozen=True)
class FontSet:
    """The regular and bold faces letters are set in, registered with Qt under ``family``."""

    family: str
    regular: FontFace
    bold: FontFace

    @property
    def faces(self) -> tuple[FontFace, FontFace]:
        return (self.regular, self.bold)


def font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
    ]


def read_face(path: Path) -> FontFace | None:
    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            name = font["name"]
            family = str(name.getBestFamilyName() or "")
            postscript = str(name.getDebugName(6) or path.stem)
            bold = bool(font["OS/2"].fsSelection & 0x20) or bool(font["head"].macStyle & 0x1)
            weight = int(font["OS/2"].usWeightClass)
    except (TTLibError, OSError, KeyError, AssertionError):
        return None
    return FontFace(family=family, postscript_name=postscript, bold=bold, path=path, weight=weight)


def _squash(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _scan(dirs: Iterable[Path], families: Sequence[str]) -> dict[str, dict[bool, FontFace]]:
    """Find faces of the given families. Only files whose name looks like one of them (or like Sarabun) are
    opened: THSarabunNew.ttf, "THSarabunNew Bold.ttf", Laksaman.ttf. A family with many weights under one
    name (Sarabun: Thin … ExtraBold) gives the faces nearest regular (400) and bold (700)."""
    wanted = {f.casefold() for f in families}
    hints = {_squash(f) for f in families} | {"sarabun"}
    found: dict[str, dict[bool, FontFace]] = {}
    for directory in dirs:
        if not directory.is_dir():
            continue
        for path in directory.rglob("*"):
            if path.suffix.lower() not in (".ttf", ".otf") or not any(h in _squash(path.stem) for h in hints):
                continue
            face = read_face(path)
            if face and face.family.casefold() in wanted and "italic" not in path.stem.casefold():
                faces = found.setdefault(face.family.casefold(), {})
                kept = faces.get(face.bold)
                target = 700 if face.bold else 400
                if kept is None or abs(face.weight - target) < abs(kept.weight - target):
                    faces[face.bold] = face
    return found


def bundled_fontset_faces() -> tuple[FontFace, FontFace]:
    import fontpkg_sarabun

    files = Path(fontpkg_sarabun.__file__).parent / "files"
    regular = read_face(files / "Sarabun-Regular.ttf")
    bold = read_face(files / "Sarabun-Bold.ttf")
    if regular is None or bold is None:
        raise RenderError(
            f"the bundled Sarabun font is missing or damaged in {files}; reinstall eoffice-desktop"
        )
    return regular, bold


def find_faces(
    preferred: Sequence[str] = DEFAULT_FAMILIES, extra_dirs: Sequence[Path] = ()
) -> tuple[FontFace, FontFace]:
    """The regular and bold face of the first preferred family that is installed, else bundled Sarabun."""
    found = _scan([*extra_dirs, *font_dirs()], preferred) if preferred else {}
    for family in preferred:
        faces = found.get(family.casefold(), {})
        if False in faces and True in faces:
            return faces[False], faces[True]
    return bundled_fontset_faces()


@cache
def _register(path: Path) -> tuple[str, ...]:
    """Give Qt a font file once per process. A second registration of the same file (two preferences that
    resolve to the same faces) makes Qt embed another copy under the same name, whose text map cannot be
    traced back to its file: the PDF's Thai would no longer read back."""
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        raise RenderError(f"Qt could not load the font {path}")
    return tuple(QFontDatabase.applicationFontFamilies(font_id))


@cache
def load_fontset(preferred: tuple[str, ...] = DEFAULT_FAMILIES, extra_dirs: tuple[Path, ...] = ()) -> FontSet:
    """Register the chosen faces with Qt (once per process) and return them."""
    ensure_gui_app()
    regular, bold = find_faces(preferred, extra_dirs)
    families = [*_register(regular.path.resolve()), *_register(bold.path.resolve())]
    family = families[0]
    log.debug("letters are set in %s (%s, %s)", family, regular.path, bold.path)
    return FontSet(family=family, regular=regular, bold=bold)
