"""The Settings dialog: the user's configuration file, edited field by field, under the machine policy.

Keys the machine policy sets are shown read-only with the policy's reason and are never written. Saving
checks the obvious first (addresses, files that must exist), then writes only what changed through
:func:`eoffice_desktop.config.save_settings`, which reads the new file back before it replaces the old one.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.config import (
    LANGUAGES,
    LEVELS,
    Config,
    ConfigError,
    Signer,
    default_config_path,
    load_config,
    save_settings,
    setting,
)
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.form_parts import (
    ERROR_STYLE,
    LOCK_STYLE,
    form_button,
    group_form,
    line,
    lock_controls,
    lock_mark,
    note,
    scrolling,
    show_field,
)
from eoffice_desktop.ui.i18n import DEFAULT_LANGUAGE
from eoffice_desktop.ui.i18n import LANGUAGES as LANGUAGE_NAMES
from eoffice_desktop.ui.messages import user_message
from eoffice_desktop.ui.module_check import ModuleCheck, typed_path
from eoffice_desktop.ui.profile_page import ProfilePage
from eoffice_desktop.ui.settings_checks import level_explanation, level_name, problems
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.trust_list import TrustList


class SettingsDialog(QDialog):
    """Edit the user's settings; ``saved(Config)`` is emitted with the configuration now in force."""

    saved = Signal(object)

    def __init__(
        self,
        config_path: Path | None = None,
        policy_path: Path | None = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir  # where the user's signature image is kept (default: the user data dir)
        self.setWindowTitle(self.tr("Settings"))
        self.config_path = config_path or default_config_path()
        self.policy_path = policy_path
        self.tasks = TaskRunner(self, threads=1)
        self.config, unreadable = self._load()
        self._locked_controls: dict[str, list[QWidget]] = {}
        self._labels: list[QLabel] = []
        self.setStyleSheet(
            'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: palette(window); }'
        )
        self._make_fields()
        self._make_buttons()
        self._layout()
        self._fill()
        self._apply_policy()
        if unreadable is not None:
            self._show_error(
                self.tr("The settings cannot be read, so they cannot be changed here: %1").replace(
                    "%1", unreadable
                )
            )
            self.save_button.setEnabled(False)
        first = next((c for c in self._editable() if c.focusPolicy() != Qt.FocusPolicy.NoFocus), None)
        if first is not None:
            first.setFocus()
        self.resize(self.sizeHint().width() + 120, self._fitting_height())

    # building ------------------------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.server = QLineEdit()
        self.server.setAccessibleName(self.tr("Server address"))
        self.server.setPlaceholderText("https://eoffice.example.go.th")
        self.module = QLineEdit()
        self.module.setAccessibleName(self.tr("PKCS#11 module file"))
        self.module_browse = form_button(self.tr("Browse…"), self.tr("Choose the PKCS#11 module file"))
        self.module_browse.clicked.connect(self._choose_module)
        self.module_check = ModuleCheck(self.tasks, self.module, self.config_path.parent)
        self.module_test = self.module_check.button
        self.module_result = self.module_check.result
        self.tsa = QPlainTextEdit()
        self.tsa.setAccessibleName(self.tr("Timestamp authorities, one address per line"))
        self.tsa.setTabChangesFocus(True)
        self.tsa.setPlaceholderText("http://tsa.example.go.th/tsa")
        self.tsa.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Signature level"))
        self.level_note = note()
        self.trust_field = TrustList(self.config_path.parent, self.fontMetrics().lineSpacing())
        self.trust_field.locked = "signing.trust" in self.config.locked
        self.trust = self.trust_field.list
        self.trust_add = self.trust_field.add_files
        self.trust_remove = self.trust_field.remove
        self.emblem = QLineEdit()
        self.emblem.setAccessibleName(self.tr("Emblem image file"))
        self.emblem_browse = form_button(self.tr("Browse…"), self.tr("Choose the emblem image"))
        self.emblem_browse.clicked.connect(self._choose_emblem)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))

    def _make_buttons(self) -> None:
        self.error = note(style=ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problems"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        where = note(self.tr("Settings file: %1").replace("%1", str(self.config_path)))
        where.setAccessibleName(self.tr("Settings file"))
        layout.addWidget(where)
        if self.config.locked:
            notice = note(
                self.tr(
                    "Settings marked with a lock are set by your organisation's machine policy and cannot be "
                    "changed here."
                ),
                LOCK_STYLE,
            )
            notice.setAccessibleName(self.tr("Machine policy"))
            layout.addWidget(notice)
        if self.config.problems:
            ignored = note(
                self.tr("These settings are wrong and were ignored; the others apply:")
                + "\n"
                + "\n".join(f"• {problem}" for problem in self.config.problems),
                ERROR_STYLE,
            )
            ignored.setAccessibleName(self.tr("Settings that were ignored"))
            layout.addWidget(ignored)
        outer = layout
        workstation = QWidget()
        layout = QVBoxLayout(workstation)

        sync = group_form(layout, self.tr("Central server"))
        self._row(sync, self.tr("&Server:"), "sync.server", self.server, [self.server])

        signing = group_form(layout, self.tr("Signing"))
        module_row = line(self.module, self.module_browse, self.module_test)
        self._row(
            signing,
            self.tr("PKCS#11 &module:"),
            "signing.module",
            module_row,
            [self.module, self.module_browse],
            self.module_result,
        )
        tsa_note = note(self.tr("One address per line; the next one is tried when one does not answer."))
        self._row(signing, self.tr("&Timestamp authorities:"), "signing.tsa", self.tsa, [self.tsa], tsa_note)
        self._row(
            signing, self.tr("Signature &level:"), "signing.level", self.level, [self.level], self.level_note
        )
        self._row(
            signing,
            self.tr("T&rust anchors:"),
            "signing.trust",
            self.trust_field,
            self.trust_field.controls(),
        )

        letters = group_form(layout, self.tr("Letters"))
        self._row(
            letters,
            self.tr("&Emblem:"),
            "render.emblem",
            line(self.emblem, self.emblem_browse),
            [self.emblem, self.emblem_browse],
        )

        display = group_form(layout, self.tr("Display"))
        language_note = note(self.tr("A new language is used the next time the program starts."))
        self._row(
            display, self.tr("Lan&guage:"), "ui.language", self.language, [self.language], language_note
        )

        layout.addStretch(1)
        self.profile = ProfilePage(self.config, self._row, self.fontMetrics().lineSpacing(), self.data_dir)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(workstation), self.tr("&Workstation"))
        self.tabs.addTab(scrolling(self.profile), self.tr("Office &profile"))
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)  # the fields of every group line up
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

    def _fitting_height(self) -> int:
        """Tall enough for the longest page without scrolling, where the screen allows it."""
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        longest = max(page.widget().sizeHint().height() for page in pages if isinstance(page, QScrollArea))
        wanted = self.sizeHint().height() - self.tabs.currentWidget().sizeHint().height() + longest + 8
        screen = self.screen().availableGeometry().height() if self.screen() is not None else wanted
        return min(wanted, screen - 80)

    def _row(
        self,
        form: QFormLayout,
        label_text: str,
        key: str,
        field: QWidget,
        controls: list[QWidget],
        note: QLabel | None = None,
    ) -> None:
        """A labelled field (the label's buddy is its first control), its note and its lock mark."""
        label = QLabel(label_text)
        label.setBuddy(controls[0])
        self._labels.append(label)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        if note is not None:
            column.addWidget(note)
        if key in self.config.locked:
            column.addWidget(lock_mark(key, self.config.locked[key], self.fontMetrics().height()))
            self._locked_controls[key] = controls
        form.addRow(label, box)

    # values --------------------------------------------------------------------------------------
    def _load(self) -> tuple[Config, str | None]:
        """The settings in force, and why they could not be read (then defaults are shown)."""
        try:
            return load_config(self.config_path, self.policy_path, missing_ok=True), None
        except ConfigError as exc:
            return Config(), user_message(exc)

    def _fill(self) -> None:
        config = self.config
        self.server.setText(config.server or "")
        self.module.setText(str(config.pkcs11_module or ""))
        self.tsa.setPlainText("\n".join(config.tsa))
        for level in LEVELS:
            self.level.addItem(level_name(level), level)
        self.level.setCurrentIndex(max(0, self.level.findData(config.level)))
        self.level.currentIndexChanged.connect(self._explain_level)
        self._explain_level()
        for path in config.trust:
            self.trust_field.add(path)
        self.emblem.setText(str(config.emblem or ""))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(config.language or DEFAULT_LANGUAGE)))

    def _editable(self) -> list[QWidget]:
        """The controls in tab order, without those the policy locks."""
        locked = {id(c) for controls in self._locked_controls.values() for c in controls}
        fields = [self.server, self.module, self.tsa, self.level, self.trust, self.emblem, self.language]
        return [c for c in fields if id(c) not in locked]

    def _apply_policy(self) -> None:
        for key, controls in self._locked_controls.items():
            lock_controls(controls, self.config.locked[key])

    def _explain_level(self) -> None:
        self.level_note.setText(level_explanation(self.level.currentData()))

    def _absolute(self, text: str) -> Path | None:
        """A path typed or chosen; a relative one is taken from the settings file's folder, as the file is."""
        return typed_path(text, self.config_path.parent)

    def _tsa_lines(self) -> list[str]:
        return [line.strip() for line in self.tsa.toPlainText().splitlines() if line.strip()]

    def values(self) -> dict[str, Any]:
        """What the fields hold now, as :class:`Config` holds it."""
        return {
            "sync.server": self.server.text().strip() or None,
            "signing.module": self._absolute(self.module.text()),
            "signing.tsa": tuple(self._tsa_lines()),
            "signing.level": self.level.currentData(),
            "signing.trust": tuple(self.trust_field.paths()),
            "render.emblem": self._absolute(self.emblem.text()),
            "ui.language": self.language.currentData(),
            **self.profile.values(),
        }

    def changes(self) -> dict[str, Any]:
        """The changed, unlocked settings as ``save_settings`` takes them (None removes a key)."""
        changed: dict[str, Any] = {}
        for key, value in self.values().items():
            current = setting(self.config, key)
            if key == "ui.language":
                current = current or DEFAULT_LANGUAGE
            if key in self.config.locked or value == current:
                continue
            if isinstance(value, tuple):
                changed[key] = [v.as_table() if isinstance(v, Signer) else str(v) for v in value] or None
            else:
                changed[key] = None if value is None else str(value)
        return changed

    def problems(self, changes: dict[str, Any]) -> list[tuple[str, QWidget]]:
        """What is wrong with the changed values, each with the field to fix it in."""
        fields: dict[str, QWidget] = {
            "sync.server": self.server,
            "signing.tsa": self.tsa,
            "signing.module": self.module,
            "render.emblem": self.emblem,
            "signing.trust": self.trust,
            "signing.level": self.level,
            **self.profile.fields,
        }
        found = problems(changes, self.values(), self.config.locked) + self.profile.problems(changes)
        return [(message, fields[key]) for message, key in found]

    # actions -------------------------------------------------------------------------------------
    def save(self) -> None:
        """Check, then write what changed; on success emit ``saved`` and close. Nothing changed: close."""
        if not self.save_button.isEnabled():
            return
        self._show_error("")
        changes = self.changes()
        problems = self.problems(changes)
        if problems:
            self._show_error("\n".join(message for message, _field in problems))
            show_field(self.tabs, problems[0][1])
            return
        if not changes:
            self.accept()
            return
        try:
            config = save_settings(changes, self.config_path, self.policy_path)
        except (EOfficeError, OSError) as exc:
            reason = user_message(exc) if isinstance(exc, EOfficeError) else (exc.strerror or str(exc))
            self._show_error(self.tr("The settings were not saved: %1").replace("%1", reason))
            return
        self.config = config
        self.profile.saved(config)
        self.saved.emit(config)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _choose_file(self, edit: QLineEdit, title: str, filters: str) -> None:
        current = self._absolute(edit.text())
        start = str(current.parent if current else self.config_path.parent)
        path, _filter = QFileDialog.getOpenFileName(self, title, start, filters)
        if path:
            edit.setText(path)
            edit.setFocus()

    def _choose_module(self) -> None:
        self._choose_file(
            self.module,
            self.tr("Choose the PKCS#11 module"),
            self.tr("PKCS#11 modules (*.so *.dll *.dylib);;All files (*)"),
        )

    def _choose_emblem(self) -> None:
        self._choose_file(
            self.emblem,
            self.tr("Choose the emblem image"),
            self.tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"),
        )

    def test_module(self) -> None:
        """List the tokens the module sees, on a worker thread (a token call never runs on this one)."""
        self.module_check.run()

    def done(self, result: int) -> None:
        self.tasks.wait()
        super().done(result)
