"""Start the Qt application object that text layout and PDF writing need; headless without a screen."""

import logging
import os
import sys
import threading
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QTextBoundaryFinder
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from eoffice_desktop.render.units import DPI

log = logging.getLogger(__name__)

_PROBE = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"

RENDERING = threading.RLock()
"""Held while a letter or a stamp is laid out and written: the window renders previews on worker threads,
and one rendering at a time keeps Qt's shared font caches out of reach of a second thread."""


def ensure_gui_app() -> QGuiApplication:
    """Return the running Qt application, creating a headless one for command-line use."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1])


class PdfInMemory:
    """A QPdfWriter at our resolution, on pages of ``size`` without margins, writing into memory: paint on
    ``writer``, end the painter, then :meth:`finish` gives the file."""

    def __init__(self, size: QPageSize) -> None:
        self.data = QByteArray()
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))

    def finish(self) -> bytes:
        self.buffer.close()
        return bytes(self.data.data())


@cache
def thai_line_breaking_available() -> bool:
    """Whether Qt finds Thai word boundaries (it uses libthai, loaded at run time).

    Without it, Qt breaks Thai lines only at spaces, which makes ragged, overlong lines.
    """
    ensure_gui_app()
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, _PROBE)
    breaks = 0
    while finder.toNextBoundary() not in (-1, len(_PROBE)):
        breaks += 1
    if not breaks:
        log.warning(
            "Thai word breaking is unavailable (libthai not found): lines break only at spaces. "
            "Install libthai (Debian: apt-get install libthai0)."
        )
    return breaks > 0
