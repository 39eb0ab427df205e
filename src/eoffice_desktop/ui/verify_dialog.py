"""Verify any PDF: open or drop it, read the validation report in plain language.

Validation (pyHanko, our stricter checks) runs on a worker thread; the report opens with one plain sentence
(signing/verdict.py), then each signature's signer, time, level, what it covers and every problem, in the
window's language. Beside it, the letter as it was signed, to read at any zoom and to print.
"""

from pathlib import Path
from typing import Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.ui.actions import add_action
from eoffice_desktop.ui.messages import display_digits
from eoffice_desktop.ui.page_view import PageView, ZoomBar
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.signature_summary import SignatureSummary
from eoffice_desktop.ui.tasks import TaskRunner


class VerifyDialog(QDialog):
    def __init__(self, trust: Any = (), parent: Any = None, revocation: Any = None) -> None:
        super().__init__(parent)
        self.revocation = revocation  # a signing.revocation.RevocationChecker; None: online, nothing kept
        self.setWindowTitle(self.tr("Verify a signed letter"))
        self.setAcceptDrops(True)
        self.trust = list(trust)
        self.tasks = TaskRunner(self, threads=1)
        self.title = ""

        self.heading = QLabel(self.tr("Open a PDF or drop it here."))
        self.heading.setWordWrap(True)
        self.summary = SignatureSummary(expanded=True)
        self.verdict = self.summary.verdict
        self.details = self.summary.details
        open_button = QPushButton(self.tr("Open PDF…"))
        open_button.clicked.connect(self._choose)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_action = add_action(
            self, self.tr("Print…"), QKeySequence(QKeySequence.StandardKey.Print), self.print_dialog
        )

        right = self._build_pages()
        report = QWidget()
        left = QVBoxLayout(report)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.heading)
        left.addWidget(self.summary, 1)
        split = QSplitter()
        split.addWidget(report)
        split.addWidget(right)
        split.setSizes([520, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 640)

    def _build_pages(self) -> QWidget:
        self.revision_label = QLabel()
        self.revision_label.setWordWrap(True)
        self.revision = PageView()
        self.revision.setAccessibleName(self.tr("The letter as it was signed"))
        self.revision.setMinimumWidth(300)
        self.signed_revision: bytes | None = None
        self.shown_pdf: bytes | None = None  # what the pages show, and what prints
        self.save_revision = QPushButton(self.tr("Save the signed revision…"))
        self.save_revision.setEnabled(False)
        self.save_revision.clicked.connect(self._save_revision)
        self.zoom = ZoomBar(self, self.revision)
        top = QHBoxLayout()
        top.addWidget(self.revision_label, 1)
        top.addWidget(self.zoom)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.revision, 1)
        column.addWidget(self.save_revision)
        return right

    @property
    def report(self) -> Any:
        return self.summary.report

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open PDF"), "", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.verify(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if any(url.toLocalFile().lower().endswith(".pdf") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".pdf"):
                self.verify(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    def verify(self, path: Path, title: str | None = None) -> None:
        from eoffice_desktop.signing.verify import verify_file

        self.title = title or path.name
        self.heading.setText(self.title)
        self.summary.show_checking()
        self.revision.set_pdf(None)
        self.revision_label.clear()
        self.signed_revision = None
        self.shown_pdf = None
        self.save_revision.setEnabled(False)
        self.print_button.setEnabled(False)
        trust, revocation = self.trust, self.revocation
        self.tasks.run(
            lambda: verify_file(path, trust, revocation), self.summary.show_report, self.summary.show_failed
        )
        self.tasks.run(lambda: _signed_revision(path), self._show_revision, lambda _error: None)

    def _show_revision(self, found: tuple[bytes, bytes | None, int, int]) -> None:
        """What the last signature covers, as pages: the letter the signer saw, whatever came after; a file
        without a signature as it is."""
        whole, signed, revision, revisions = found
        if signed is None:
            self.revision_label.setText(self.tr("No signed revision in this file; shown as it is."))
            self._show_pages(whole)
            return
        self.signed_revision = signed
        self.revision_label.setText(
            self.tr("The letter as signed (revision %1 of %2):")
            .replace("%1", display_digits(str(revision)))
            .replace("%2", display_digits(str(revisions)))
        )
        self._show_pages(signed)
        self.save_revision.setEnabled(True)

    def _show_pages(self, pdf: bytes) -> None:
        self.shown_pdf = pdf
        self.revision.set_pdf(pdf)
        self.print_button.setEnabled(True)

    def print_dialog(self) -> None:
        """Print what the pages show (the signed revision, when there is one)."""
        if self.shown_pdf is None:
            return
        from eoffice_desktop.ui.printing import print_with_dialog

        pages = len(self.revision.sizes)
        print_with_dialog(self, self.tasks, self.title, self.shown_pdf, self.revision_label.setText, pages)

    def _save_revision(self) -> None:
        if self.signed_revision is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed revision"), "signed-revision.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            from eoffice_desktop.durable import write_atomically

            try:
                write_atomically(Path(path), self.signed_revision)
            except OSError as exc:
                self.revision_label.setText(str(exc))

    def done(self, result: int) -> None:
        self.revision.wait()
        self.tasks.wait()
        super().done(result)


def _signed_revision(path: Path) -> tuple[bytes, bytes | None, int, int]:
    """The file, the bytes its last signature covers (its revision; None when unsigned or unreadable), that
    revision's number and the file's count of revisions."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    data = path.read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_regular_signatures
        if not signatures:
            return data, None, 0, 0
        last = signatures[-1]
        start, length = int(last.byte_range[-2]), int(last.byte_range[-1])
        revisions = reader.total_revisions
        revision = last.signed_revision + 1
    except Exception:  # a damaged file: the report says what is wrong with it
        return data, None, 0, 0
    return data, data[: start + length], revision, revisions
