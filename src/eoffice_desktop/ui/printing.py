"""Print a letter as its PDF shows it, signature appearance included, through the system's print dialog.

Each page is rasterised by PDFium with its form layer (the signature's appearance lives in a form widget),
at the printer's resolution (at most 600 dpi, which keeps one A4 page near 140 MB of pixels), and painted on
a paper of the page's own size at its real size: no fitting to margins, no scaling surprises. The painting
runs on a worker thread (QPainter may paint on a QPrinter off the GUI thread); the dialog is the GUI's.
"""

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.messages import display_digits, notice, user_message
from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from eoffice_desktop.workspace import Workspace

log = logging.getLogger(__name__)

MAX_DPI = 600

translate = QCoreApplication.translate


class Printing(QObject):
    """The plural message (lupdate finds plurals in ``self.tr`` only); the rest use translate("Printing")."""

    def sent(self, pages: int) -> str:
        return self.tr("%n page(s) sent to the printer.", "", pages)


class PrintError(EOfficeError):
    """The printer did not take the letter."""


def page_layout(width: float, height: float) -> QPageLayout:
    """A page of ``width`` × ``height`` points without margins (A4 when it is A4), turned for a wide page."""
    portrait = height >= width
    short, long = (width, height) if portrait else (height, width)
    size = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint the pages of ``pdf`` the printer asks for (its page range, or all) on ``printer``; returns how
    many pages were printed. Call from a worker thread."""
    from eoffice_desktop.ui.pdf_pages import page_image, page_sizes

    sizes = page_sizes(pdf)
    if not sizes:
        raise PrintError("the PDF has no pages", thai="ไฟล์ PDF ไม่มีหน้าให้พิมพ์")
    first, last = 1, len(sizes)
    if printer.printRange() is QPrinter.PrintRange.PageRange and printer.fromPage():
        first, last = max(printer.fromPage(), 1), min(printer.toPage() or len(sizes), len(sizes))
    chosen = list(range(first - 1, last))
    if not chosen:
        raise PrintError("no page in the range asked for", thai="ไม่มีหน้าในช่วงที่เลือก")
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    printer.setFullPage(True)
    painter = QPainter()
    printed = 0
    try:
        for copy in range(copies):
            for index in chosen:
                width, height = sizes[index]
                printer.setPageLayout(page_layout(width, height))  # from the next page on
                if printed == 0:
                    if not painter.begin(printer):
                        raise PrintError("the printer cannot be opened", thai="เปิดเครื่องพิมพ์ไม่ได้")
                elif not printer.newPage():
                    raise PrintError("the printer refused the next page", thai="เครื่องพิมพ์ไม่รับหน้าถัดไป")
                resolution = printer.resolution()
                image = page_image(pdf, index, min(resolution, MAX_DPI))
                target = QRectF(printer.pageLayout().fullRectPixels(resolution))
                painter.drawImage(target, image)
                printed += 1
            log.debug("copy %d of %d printed", copy + 1, copies)
    finally:
        if painter.isActive():
            painter.end()
    return printed // copies


def print_in_background(
    tasks: TaskRunner,
    pdf: bytes,
    printer: QPrinter,
    said: Callable[[str], None],
    done: Callable[[int], None] | None = None,
) -> None:
    """Print on a worker; ``said`` hears "Printing…", then what came of it."""
    said(translate("Printing", "Printing…"))

    def printed(pages: int) -> None:
        said(display_digits(Printing().sent(pages)))
        if done is not None:
            done(pages)

    def failed(error: BaseException) -> None:
        said(translate("Printing", "Cannot print: %1").replace("%1", user_message(error)))

    # the printer goes into the work's closure: it lives until the job has ended
    tasks.run(lambda: print_pdf(pdf, printer), printed, failed)


def print_with_dialog(
    parent: QWidget,
    tasks: TaskRunner,
    title: str,
    pdf: bytes,
    said: Callable[[str], None],
    pages: int = 0,
    done: Callable[[int], None] | None = None,
) -> QPrintDialog:
    """The system's print dialog for ``pdf`` (``pages`` long, when known); accepted, it prints."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print “%1”").replace("%1", title))
    if pages:
        dialog.setMinMax(1, pages)
    dialog.accepted.connect(lambda: print_in_background(tasks, pdf, printer, said, done))
    dialog.finished.connect(dialog.deleteLater)
    QDialog.open(dialog)  # QPrintDialog.open wants a receiver; the dialog's own open() shows it window-modal
    return dialog


def print_record(
    window: QMainWindow, workspace: "Workspace", records: Sequence[Any], tasks: TaskRunner
) -> None:
    """The print dialog for the first of ``records`` (list rows) that has a letter: its PDF as stored, a
    received letter as received, a draft's preview. The PDF is read (or rendered) on a worker first."""
    from eoffice_desktop.desk.viewing import first_printable, printable_pdf
    from eoffice_desktop.ui.pdf_pages import page_sizes

    record = first_printable(records)
    if record is None:
        window.statusBar().showMessage(translate("Printing", "Select a letter to print."), 8000)
        return

    def work() -> tuple[str, bytes, int]:
        title, pdf = printable_pdf(workspace, record)
        return title, pdf, len(page_sizes(pdf))

    def said(text: str) -> None:
        window.statusBar().showMessage(text, 10_000)

    tasks.run(
        work,
        lambda found: print_with_dialog(window, tasks, found[0], found[1], said, found[2]),
        lambda error: notice(window, translate("Printing", "Cannot print"), user_message(error)),
    )
