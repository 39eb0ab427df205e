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
    QTextBrowser,
    QVBoxLayout,
)

from eoffice_desktop.ui.messages import display_time, thai_ui, user_message
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

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

    def verify(self, path: Path) -> None:
        from eoffice_desktop.signing.verify import verify_file

        self.report = None
        self.heading.setText(path.name)
        self.verdict.setText(self.tr("Checking…"))
        self.details.clear()
        trust = self.trust
        self.tasks.run(lambda: verify_file(path, trust), self._show, self._failed)

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
