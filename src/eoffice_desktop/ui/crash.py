"""When the program itself fails (a bug, not a known problem): say so plainly, keep a copyable report, and
keep running so nothing the user typed is lost.

The report goes to ``crash-reports/`` in the data directory and into the dialog's details, ready to copy
into a support ticket. It holds the traceback and versions, never a PIN or the letter's text.
"""

import datetime as dt
import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

REPORTS_DIR = "crash-reports"


def crash_report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    from PySide6 import __version__ as pyside_version

    from eoffice_desktop import __version__

    lines = traceback.format_exception(kind, error, tb)
    return (
        f"eoffice-desktop {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.platform()}\n{dt.datetime.now(dt.UTC).isoformat()}\n\n" + "".join(lines)
    )


def install_crash_handler(
    data_dir: Path, parent: Callable[[], QWidget | None] = lambda: None
) -> Callable[..., Any]:
    """Replace sys.excepthook for the window's lifetime; returns the previous hook."""
    previous = sys.excepthook

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        report = crash_report(kind, error, tb)
        log.error("unexpected error\n%s", report)
        saved = None
        try:
            folder = data_dir / REPORTS_DIR
            folder.mkdir(parents=True, exist_ok=True)
            saved = folder / f"crash-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%S%f')}.txt"
            saved.write_text(report, encoding="utf-8")
        except OSError:
            saved = None
        translate = QCoreApplication.translate
        box = QMessageBox(parent())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Crash", "Something went wrong"))
        text = translate(
            "Crash",
            "The program met an error it did not expect. Your letters are kept; you can go on working. "
            "Please send the details below to IT support.",
        )
        if saved is not None:
            text += "\n\n" + translate("Crash", "Report saved as %1").replace("%1", str(saved))
        box.setText(text)
        box.setDetailedText(report)
        box.setObjectName("crash-dialog")
        box.open()  # not exec(): the event loop, and the user's work, carry on

    sys.excepthook = handle
    return previous
