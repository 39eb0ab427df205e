"""The Test button beside the settings' PKCS#11 module: lists the tokens the module sees, on a worker thread
(a token call never runs on the GUI thread), and says what it found under the field."""

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from eoffice_desktop.ui.form_parts import ERROR_STYLE, NOTE_STYLE, form_button, note, weakly
from eoffice_desktop.ui.messages import user_message
from eoffice_desktop.ui.tasks import TaskRunner

translate = QCoreApplication.translate  # the settings dialog's strings


def typed_path(text: str, base: Path) -> Path | None:
    """A path typed or chosen; a relative one is taken from ``base`` (the settings file's folder)."""
    text = text.strip()
    if not text:
        return None
    path = Path(text).expanduser()
    return path if path.is_absolute() else Path(os.path.normpath(base / path))


class ModuleCheck:
    """The button and its result; the dialog owns it (it holds no reference back to the dialog)."""

    def __init__(self, tasks: TaskRunner, field: QLineEdit, base: Path) -> None:
        self.tasks, self.field, self.base = tasks, field, base
        looks = translate("SettingsDialog", "Look for tokens through this module")
        self.button = form_button(translate("SettingsDialog", "Test"), looks)
        self.button.clicked.connect(self.run)
        self.result = note()
        self.result.setAccessibleName(translate("SettingsDialog", "Token test result"))
        self.result.hide()

    def run(self) -> None:
        module = typed_path(self.field.text(), self.base)
        self.result.show()
        self.result.setStyleSheet(NOTE_STYLE)
        if module is None:
            self.result.setText(translate("SettingsDialog", "Choose the PKCS#11 module first."))
            return
        if not module.is_file():
            missing = translate("SettingsDialog", "The file %1 does not exist.")
            self._failed(None, missing.replace("%1", str(module)))
            return
        self.button.setEnabled(False)
        self.result.setText(translate("SettingsDialog", "Looking for tokens…"))

        def work() -> list[Any]:
            from eoffice_desktop.signing.tokens import TokenService

            return TokenService(module).tokens()

        self.tasks.run(work, weakly(self._found), weakly(self._failed))

    def _found(self, tokens: list[Any]) -> None:
        self.button.setEnabled(True)
        if not tokens:
            self.result.setText(translate("SettingsDialog", "The module works, but no token is inserted."))
            return
        labels = ", ".join(token.label for token in tokens)
        self.result.setText(
            translate("SettingsDialog", "Found %1 token(s): %2")
            .replace("%1", str(len(tokens)))
            .replace("%2", labels)
        )

    def _failed(self, error: BaseException | None, text: str | None = None) -> None:
        self.button.setEnabled(True)
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(text if text is not None else user_message(error or RuntimeError()))
