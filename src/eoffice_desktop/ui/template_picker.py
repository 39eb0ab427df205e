"""Choose the kind of letter to draft (the templates, bundled and the agency's)."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class TemplatePicker(QDialog):
    chosen = Signal(object)  # the Template

    def __init__(self, templates: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New letter"))
        self.templates = list(templates)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Kind of letter"))
        self.list.setSpacing(3)
        for template in self.templates:
            item = QListWidgetItem(
                f"{template.title} — {template.description}" if template.description else template.title
            )
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._choose())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draft"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.templates):
            self.chosen.emit(self.templates[row])
            self.accept()
