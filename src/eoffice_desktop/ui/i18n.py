"""Thai by default, English selectable: Qt translators from resources/translations.

The wheel and the frozen app carry compiled ``.qm`` files (made at build time from the ``.ts`` sources by
hatch_build.py). A source checkout has only the ``.ts``: they are compiled on first use into the user cache
with the lrelease that ships with PySide6.
"""

import hashlib
import logging
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from eoffice_desktop.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"th": "ไทย", "en": "English"}  # English is the source language of the program's strings
DEFAULT_LANGUAGE = "th"
CATALOGUE = "eoffice"


def _lrelease() -> Path | None:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    found = Path(PySide6.__file__).parent / name
    return found if found.is_file() else None


def catalogue(language: str) -> Path | None:
    """The compiled catalogue for ``language``: shipped, or compiled from its ``.ts`` when stale or absent."""
    folder = resource_path("translations")
    shipped = folder / f"{CATALOGUE}_{language}.qm"
    source = folder / f"{CATALOGUE}_{language}.ts"
    if shipped.is_file() and (not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.is_file():
        return None
    compiled = Path(platformdirs.user_cache_dir("eoffice-desktop", appauthor=False)) / "translations"
    # keyed by the source's content: checkouts side by side never load each other's catalogue
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = compiled / f"{CATALOGUE}_{language}-{digest}.qm"
    if target.is_file():
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease to compile %s: the window stays in English", source.name)
        return None
    compiled.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0 or not target.is_file():
        log.warning("compiling %s failed: %s", source.name, done.stderr.strip())
        return None
    return target


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install the program's and Qt's own translators for ``language``; keep the returned list alive."""
    if language not in LANGUAGES:
        log.warning("unknown language %r: using %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Thai if language == "th" else QLocale.Language.English))
    translators = []
    ours = catalogue(language)  # English: only the plural forms ("1 letter", "2 letters")
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            translators.append(translator)
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    return translators
