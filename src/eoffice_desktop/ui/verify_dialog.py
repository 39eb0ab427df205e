"""Verify any PDF: open or drop it, read the validation report in plain language.

Validation (pyHanko, our stricter checks) runs on a worker thread; the report shows each signature's
signer, time, level, what it covers and every problem, in the window's language.
"""

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.ui.messages import display_digits, display_time, thai_ui, user_message
from eoffice_desktop.ui.page_preview import PagePreview
from eoffice_desktop.ui.tasks import TaskRunner


class VerifyDialog(QDialog):
    def __init__(self, trust: Sequence[Any] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a signed letter"))
        self.setAcceptDrops(True)
        self.trust = list(trust)
        self.tasks = TaskRunner(self, threads=1)
        self.report: Any = None

        self.heading = QLabel(self.tr("Open a PDF or drop it here."))
        self.heading.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Validation report"))
        open_button = QPushButton(self.tr("Open PDF…"))
        open_button.clicked.connect(self._choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)

        self.revision_label = QLabel()
        self.revision_label.setWordWrap(True)
        self.revision = PagePreview()
        self.revision.setAccessibleName(self.tr("The letter as it was signed"))
        self.revision.setMinimumWidth(300)
        self.signed_revision: bytes | None = None
        self.save_revision = QPushButton(self.tr("Save the signed revision…"))
        self.save_revision.setEnabled(False)
        self.save_revision.clicked.connect(self._save_revision)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.revision_label)
        column.addWidget(self.revision, 1)
        column.addWidget(self.save_revision)
        report = QWidget()
        left = QVBoxLayout(report)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.heading)
        left.addWidget(self.verdict)
        left.addWidget(self.details, 1)
        split = QSplitter()
        split.addWidget(report)
        split.addWidget(right)
        split.setSizes([520, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)

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

        self.report = None
        self.heading.setText(title or path.name)
        self.verdict.setText(self.tr("Checking…"))
        self.details.clear()
        self.revision.show_pages([])
        self.revision_label.clear()
        self.signed_revision = None
        self.save_revision.setEnabled(False)
        trust = self.trust
        self.tasks.run(lambda: verify_file(path, trust), self._show, self._failed)
        self.tasks.run(lambda: _signed_revision(path), self._show_revision, lambda _error: None)

    def _failed(self, error: BaseException) -> None:
        self.verdict.setText(self.tr("Cannot check this file"))
        self.details.setPlainText(user_message(error))

    def _show(self, report: Any) -> None:
        self.report = report
        thai = thai_ui()
        if report.valid:
            self.verdict.setText(self.tr("All signatures are valid"))
            self.verdict.setStyleSheet("color: #1b5e20; font-weight: bold")
        elif not report.signatures:
            self.verdict.setText(self.tr("This file is not signed"))
            self.verdict.setStyleSheet("color: #b71c1c; font-weight: bold")
        else:
            self.verdict.setText(self.tr("INVALID: do not rely on this letter"))
            self.verdict.setStyleSheet("color: #b71c1c; font-weight: bold")
        parts = [self._problems(report.problems_th if thai else report.problems)]
        for number, signature in enumerate(report.signatures, start=1):
            rows = [
                (self.tr("Signer"), signature.signer),
                (self.tr("Signed at"), display_time(signature.signing_time)),
                (self.tr("Trusted time"), display_time(signature.timestamp_time)),
                (self.tr("Level"), signature.level),
                (self.tr("Covers"), self._coverage(signature.coverage)),
                (self.tr("Result"), self.tr("valid") if signature.valid else self.tr("invalid")),
            ]
            table = "".join(
                f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v))}</td></tr>" for k, v in rows
            )
            problems = signature.problems_th if thai else signature.problems
            title = self.tr("Signature %1").replace("%1", str(number))
            parts.append(f"<h3>{html.escape(title)}</h3><table>{table}</table>{self._problems(problems)}")
        self.details.setHtml("".join(parts))

    def _show_revision(self, found: tuple[bytes, int, int, list[Any]] | None) -> None:
        """What the last signature covers, as pages: the letter the signer saw, whatever came after."""
        if found is None:
            self.revision_label.setText(self.tr("No signed revision in this file."))
            return
        data, revision, revisions, images = found
        self.signed_revision = data
        self.revision_label.setText(
            self.tr("The letter as signed (revision %1 of %2):")
            .replace("%1", display_digits(str(revision)))
            .replace("%2", display_digits(str(revisions)))
        )
        self.revision.show_pages(images)
        self.save_revision.setEnabled(True)

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

    def _coverage(self, coverage: str) -> str:
        known = {
            "entire-file": self.tr("the whole file"),
            "entire-revision": self.tr("the letter as signed; later additions are allowed updates"),
            "partial": self.tr("only part of the file"),
        }
        return known.get(coverage, coverage)

    @staticmethod
    def _problems(problems: Sequence[str]) -> str:
        if not problems:
            return ""
        items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
        return f"<ul style='color:#b71c1c'>{items}</ul>"

    def done(self, result: int) -> None:
        self.tasks.wait()
        super().done(result)


def _signed_revision(path: Path) -> tuple[bytes, int, int, list[Any]] | None:
    """The bytes the last signature covers (its revision), that revision's number and count, and its pages."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    from eoffice_desktop.ui.pdf_pages import page_images

    data = path.read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_regular_signatures
        if not signatures:
            return None
        last = signatures[-1]
        start, length = int(last.byte_range[-2]), int(last.byte_range[-1])
        revisions = reader.total_revisions
        revision = last.signed_revision + 1
    except Exception:  # a damaged file: the report says what is wrong with it
        return None
    signed = data[: start + length]
    return signed, revision, revisions, page_images(signed, 80, max_pages=10)
