"""The trust anchors field: certificate files, or folders of them as IT deploys them, in a list with add and
remove buttons."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.ui.form_parts import form_button

translate = QCoreApplication.translate  # lupdate finds translate("SettingsDialog", "…") calls


class TrustList(QWidget):
    def __init__(self, start: Path, line_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = start  # where the file choosers open
        self.locked = False
        self.list = QListWidget()
        self.list.setAccessibleName(translate("SettingsDialog", "Trust anchor certificate files"))
        self.list.setFixedHeight(line_height * 4 + 12)
        self.add_files = form_button(
            translate("SettingsDialog", "Add…"), translate("SettingsDialog", "Add trust anchor certificates")
        )
        self.add_files.clicked.connect(self._choose_files)
        self.add_folder = form_button(
            translate("SettingsDialog", "Add folder…"),
            translate("SettingsDialog", "Add a folder of trust anchor certificates"),
        )
        self.add_folder.clicked.connect(self._choose_folder)
        self.remove = form_button(
            translate("SettingsDialog", "Remove"),
            translate("SettingsDialog", "Remove the selected trust anchor"),
        )
        self.remove.clicked.connect(self._remove)
        self.remove.setEnabled(False)
        self.list.itemSelectionChanged.connect(self._selection)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        for button in (self.add_files, self.add_folder, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def controls(self) -> list[QWidget]:
        return [self.list, self.add_files, self.add_folder, self.remove]

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def add(self, path: Path) -> None:
        if path in self.paths():
            return
        name = f"{path.name}{'/' if path.is_dir() else ''}"
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.list.addItem(item)

    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("SettingsDialog", "Add trust anchor certificates"),
            str(self.start),
            translate("SettingsDialog", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        for name in paths:
            self.add(Path(name))
        self.list.setFocus()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("SettingsDialog", "Add a folder of trust anchor certificates"), str(self.start)
        )
        if folder:
            self.add(Path(folder))
        self.list.setFocus()

    def _remove(self) -> None:
        row = self.list.currentRow()
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus()

    def _selection(self) -> None:
        self.remove.setEnabled(bool(self.list.selectedItems()) and not self.locked)
