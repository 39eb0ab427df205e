"""A validation report as a reader meets it: one plain sentence in colour (green, amber, red), the PAdES
level, and the technical details below, opened on request."""

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from eoffice_desktop.ui.messages import display_digits, display_time, thai_ui, user_message

# text and background of the verdict, by tone (signing.verdict.Tone values)
COLOURS = {
    "valid": ("#1b5e20", "#e8f5e9"),
    "untrusted": ("#7a4f00", "#fff3d6"),
    "unchecked": ("#7a4f00", "#fff3d6"),  # amber: valid, but the certificate's revocation was not checked
    "invalid": ("#b71c1c", "#fdecea"),
    "pending": ("#333333", "transparent"),
}


class SignatureSummary(QWidget):
    def __init__(self, parent: QWidget | None = None, *, expanded: bool = False) -> None:
        super().__init__(parent)
        self.report: Any = None
        self.tone = "pending"
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.level = QLabel()
        self.level.setAccessibleName(self.tr("Signature level"))
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Technical details"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setChecked(expanded)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Validation report"))
        self.details.setVisible(expanded)
        self.toggle.toggled.connect(self._expand)
        self._expand(expanded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.level)
        layout.addWidget(self.toggle)
        layout.addWidget(self.details, 1)

    def _expand(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _say(self, text: str, tone: str) -> None:
        self.tone = tone
        colour, background = COLOURS[tone]
        self.verdict.setText(text)
        self.verdict.setStyleSheet(
            f"color: {colour}; background: {background}; font-weight: bold; padding: 4px 6px;"
        )

    def show_checking(self) -> None:
        self.report = None
        self._say(self.tr("Checking…"), "pending")
        self.level.clear()
        self.details.clear()

    def show_failed(self, error: BaseException) -> None:
        self._say(self.tr("Cannot check this file"), "invalid")
        self.level.clear()
        self.details.setPlainText(user_message(error))

    def show_report(self, report: Any) -> None:
        from eoffice_desktop.signing.verdict import verdict

        self.report = report
        thai = thai_ui()
        said = verdict(report)
        self._say(said.text(thai), said.tone.value)
        self.level.setText(self.tr("Level: %1").replace("%1", said.level) if said.level else "")
        self.level.setVisible(bool(said.level))
        parts = [_problems(report.problems_th if thai else report.problems)]
        for number, signature in enumerate(report.signatures, start=1):
            rows = [
                (self.tr("Signer"), signature.signer),
                (self.tr("Signed at"), display_time(signature.signing_time)),
                (self.tr("Trusted time"), display_time(signature.timestamp_time)),
                (self.tr("Level"), signature.level),
                (self.tr("Covers"), self._coverage(signature.coverage)),
                (self.tr("Revocation"), self._revocation(signature.revocation)),
                (self.tr("Result"), self.tr("valid") if signature.valid else self.tr("invalid")),
            ]
            table = "".join(
                f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v))}</td></tr>" for k, v in rows
            )
            problems = signature.problems_th if thai else signature.problems
            title = self.tr("Signature %1").replace("%1", display_digits(str(number)))
            parts.append(f"<h3>{html.escape(title)}</h3><table>{table}</table>{_problems(problems)}")
        self.details.setHtml("".join(parts))

    def _revocation(self, outcome: str) -> str:
        known = {
            "good": self.tr("checked: not revoked"),
            "revoked": self.tr("the certificate is revoked"),
            "not-checked": self.tr("not checked (offline, or no answer from the certificate authority)"),
        }
        return known.get(outcome, outcome)

    def _coverage(self, coverage: str) -> str:
        known = {
            "entire-file": self.tr("the whole file"),
            "entire-revision": self.tr("the letter as signed; later additions are allowed updates"),
            "partial": self.tr("only part of the file"),
        }
        return known.get(coverage, coverage)


def _problems(problems: Sequence[str]) -> str:
    if not problems:
        return ""
    items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
    return f"<ul style='color:#b71c1c'>{items}</ul>"
