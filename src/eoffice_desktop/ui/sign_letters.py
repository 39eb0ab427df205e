"""The letters of a signing batch, one row each: number, recipient, subject, and what became of it.

Before signing, a letter whose signer (name or position) is not the chosen certificate's holder says so in
its row, in amber; the whole text of every cell is in its tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from eoffice_desktop.ui.messages import display_digits, thai_ui

if TYPE_CHECKING:
    from eoffice_desktop.desk.signing import LetterOutcome, LetterToSign
    from eoffice_desktop.signing.certs import CertificateInfo

NUMBER, RECIPIENT, SUBJECT, RESULT = range(4)
WARN = "#8a5a00"
DANGER = "#b00020"
GOOD = "#1b5e20"


class SignLetterTable(QTableWidget):
    def __init__(self, letters: list[LetterToSign], parent: QWidget | None = None) -> None:
        super().__init__(len(letters), 4, parent)
        self.letters = letters
        self.reported: set[str] = set()  # letters the last run signed or gave a reason for
        self.setAccessibleName(self.tr("Letters to sign"))
        self.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("To"), self.tr("Subject"), self.tr("Result")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for row, letter in enumerate(letters):
            self._set(row, NUMBER, display_digits(letter.number) if letter.number else "—")
            self._set(row, RECIPIENT, letter.recipient or "—")
            self._set(row, SUBJECT, letter.subject)
            self._set(row, RESULT, self.tr("Waiting"))
        self.setColumnWidth(NUMBER, 110)
        self.setColumnWidth(RECIPIENT, 130)
        self.setColumnWidth(RESULT, 150)

    def _set(
        self, row: int, column: int, text: str, colour: str | None = None, tip: str | None = None
    ) -> None:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, column, item)
        item.setText(text)
        item.setToolTip(tip or text)
        item.setForeground(QBrush(QColor(colour)) if colour else self.palette().text())

    def row_of(self, letter_id: str) -> int:
        return next(i for i, letter in enumerate(self.letters) if letter.id == letter_id)

    def current_letter(self) -> LetterToSign | None:
        row = self.currentRow()
        return self.letters[row] if 0 <= row < len(self.letters) else None

    def show_waiting(self, cert: CertificateInfo | None, done: set[str]) -> list[LetterToSign]:
        """Rows of letters not signed yet say whether their signer is the certificate's holder; returns the
        letters whose signer differs."""
        differ = []
        for row, letter in enumerate(self.letters):
            if letter.id in done:
                continue
            other = cert is not None and letter.signer_differs(cert)
            if other:
                differ.append(letter)
            if letter.id in self.reported:
                continue  # what the last run did with it stays until the next run
            if cert is not None and other:
                self._set(row, RESULT, self.tr("Other signer"), WARN, signer_difference(letter, cert))
            else:
                self._set(row, RESULT, self.tr("Waiting"))
        return differ

    def show_signing(self, letter_ids: list[str]) -> None:
        for letter_id in letter_ids:
            self.reported.discard(letter_id)
            self._set(self.row_of(letter_id), RESULT, self.tr("Signing…"))

    def show_outcome(self, outcome: LetterOutcome) -> None:
        self.reported.add(outcome.letter_id)
        row = self.row_of(outcome.letter_id)
        if outcome.signed:
            self._set(row, RESULT, self.tr("Signed"), GOOD)
        elif outcome.cancelled:
            self._set(row, RESULT, self.tr("Not signed (cancelled)"), WARN)
        else:
            reason = outcome.problem_th if thai_ui() else outcome.problem
            self._set(
                row, RESULT, self.tr("Not signed: %1").replace("%1", reason or outcome.problem or ""), DANGER
            )


def signer_difference(letter: LetterToSign, cert: CertificateInfo) -> str:
    """``Signer on the letter: name, position / Certificate: name, title``."""
    on_letter = " ".join(x for x in (letter.signer_name or "", *letter.signer_positions[:1]) if x)
    on_cert = " ".join(x for x in (cert.common_name, cert.title or "") if x)
    text = QCoreApplication.translate("SignLetterTable", "Signer on the letter: %1 / Certificate: %2")
    return text.replace("%1", on_letter or "—").replace("%2", on_cert)
