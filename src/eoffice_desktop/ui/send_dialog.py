"""Send signed letters: choose the recipient agency (its code on the central e-Office), then they are
queued in the outbox and go out with the next sync (at once when online)."""

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

RECENT_KEY = "send/recent-agencies"


class SendDialog(QDialog):
    chosen = Signal(str)  # the recipient agency code

    def __init__(self, count: int, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Send letters"))
        text = QLabel(self.tr("Send %n signed letter(s) to:", "", count))
        self.agency = QComboBox()
        self.agency.setEditable(True)
        self.agency.setAccessibleName(self.tr("Recipient agency code"))
        self.agency.lineEdit().setPlaceholderText(self.tr("Agency code on the central e-Office, e.g. DEMO-B"))
        recent = settings.value(RECENT_KEY) or []
        self.agency.addItems([str(a) for a in (recent if isinstance(recent, list) else [recent])])
        form = QFormLayout()
        label = QLabel(self.tr("&Agency"))
        label.setBuddy(self.agency)
        form.addRow(label, self.agency)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _send(self) -> None:
        code = self.agency.currentText().strip()
        if not code:
            self.error.setText(self.tr("Give the recipient agency's code."))
            return
        recent = [code] + [
            self.agency.itemText(i) for i in range(self.agency.count()) if self.agency.itemText(i) != code
        ]
        self.settings.setValue(RECENT_KEY, recent[:10])
        self.chosen.emit(code)
        self.accept()
