"""The Settings dialog's page for the office's profile ([profile]): the agency, its letter code and address,
the unit that owns the matters, its contacts, and the usual signers; every new letter starts with them.

Signers are typed as paragraphs: the full name on the first line, the position lines under it, a blank line
between two signers. The first is every new letter's signer; the others are offered in each letter.

The user's own handwritten-signature image (ลายมือชื่อ) is chosen here too: copied into the data directory at
once, named in the settings when they are saved, drawn on every visible signature afterwards.
"""

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.config import Config, Signer
from eoffice_desktop.config.schema import EMAIL, SERIES
from eoffice_desktop.desk import signature_image
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.form_parts import ERROR_STYLE, form_button, group_form, note
from eoffice_desktop.ui.form_parts import line as side_by_side
from eoffice_desktop.ui.messages import user_message

# the dialog's labelled row: (form, label, setting, field, its controls, a note under it)
Row = Callable[[QFormLayout, str, str, QWidget, list[QWidget], QLabel | None], None]


def signers_text(signers: tuple[Signer, ...]) -> str:
    return "\n\n".join("\n".join((signer.name, *signer.positions)) for signer in signers)


def parse_signers(text: str) -> tuple[Signer, ...]:
    """Paragraphs of a name and its position lines (a signer without positions is kept: it is reported)."""
    found, lines = [], []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            lines.append(" ".join(line.split()))
        elif lines:
            found.append(Signer(lines[0], tuple(lines[1:])))
            lines = []
    return tuple(found)


class ProfilePage(QWidget):
    """The profile's fields; the dialog lays out its rows, locks and saves them like its other settings."""

    def __init__(
        self,
        config: Config,
        row: Row,
        line_height: int,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from eoffice_desktop.paths import data_dir as default_data_dir

        self.data_dir = default_data_dir(data_dir)
        self._make_image_controls(config, line_height)
        self.agency = self._line(self.tr("Agency name"))
        self.agency_code = self._line(self.tr("Letter code"), "ดศ 0201")
        self.address = self._lines(self.tr("Address, one line per line"), line_height, 3)
        self.owner_unit = self._line(self.tr("Owner unit"))
        self.phone = self._line(self.tr("Phone"), "0 2141 6747")
        self.fax = self._line(self.tr("Fax"))
        self.email = self._line(self.tr("E-mail"), "saraban@example.go.th")
        self.signers = self._lines(self.tr("Signers"), line_height, 7)
        self.signers.setPlaceholderText("นายสมชาย ใจดี\nผู้อำนวยการกองกลาง\n\nนางสาวสมหญิง รักงาน\n…")
        self.fields: dict[str, QWidget] = {
            "profile.agency": self.agency,
            "profile.agency_code": self.agency_code,
            "profile.address": self.address,
            "profile.owner_unit": self.owner_unit,
            "profile.phone": self.phone,
            "profile.fax": self.fax,
            "profile.email": self.email,
            "profile.signers": self.signers,
            "profile.signature_image": self.image_choose,
        }
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("Every new letter starts with these; each letter may change them.")))
        code_note = note(self.tr("The letter code numbers run in; a new letter's number starts with it."))
        signers_note = note(
            self.tr(
                "One signer per paragraph: the full name, then the position lines; a blank line between two "
                "signers. The first signs new letters; the others can be chosen in each letter."
            )
        )
        labels = {
            "agency": self.tr("&Agency:"),
            "agency_code": self.tr("Letter &code:"),
            "address": self.tr("A&ddress:"),
            "owner_unit": self.tr("&Owner unit:"),
            "phone": self.tr("&Phone:"),
            "fax": self.tr("&Fax:"),
            "email": self.tr("E-&mail:"),
            "signers": self.tr("Si&gners:"),
        }
        notes = {"agency_code": code_note, "signers": signers_note}
        groups = [
            (self.tr("Agency"), ("agency", "agency_code", "address")),
            (self.tr("Owner unit and contacts"), ("owner_unit", "phone", "fax", "email")),
            (self.tr("Signers"), ("signers",)),
        ]
        for title, keys in groups:
            form = group_form(layout, title)
            for key in keys:
                field = self.fields[f"profile.{key}"]
                row(form, labels[key], f"profile.{key}", field, [field], notes.get(key))
        form = group_form(layout, self.tr("Your handwritten signature"))
        image_row = side_by_side(self.image_preview, self.image_choose, self.image_remove)
        image_row.layout().setStretch(0, 0)  # type: ignore[union-attr]
        image_row.layout().addStretch(1)  # type: ignore[union-attr]
        row(
            form,
            self.tr("Signature &image:"),
            "profile.signature_image",
            image_row,
            [self.image_choose, self.image_remove],
            self.image_note,
        )
        layout.addStretch(1)
        self.fill(config)

    def _make_image_controls(self, config: Config, line_height: int) -> None:
        self.image_preview = QLabel()
        self.image_preview.setAccessibleName(self.tr("Signature image preview"))
        self.image_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.image_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_preview.setFixedSize(line_height * 12, line_height * 4)
        self.image_choose = form_button(self.tr("Choose…"), self.tr("Choose the signature image"))
        self.image_choose.clicked.connect(self.choose_image)
        self.image_remove = form_button(self.tr("Remove"), self.tr("Remove the signature image"))
        self.image_remove.clicked.connect(self.remove_image)
        self.image_note = note()
        self._note_style = self.image_note.styleSheet()
        self.image_note.setAccessibleName(self.tr("About the signature image"))
        self.image: Path | None = None
        self.forbidden = signature_image.forbidden(config)
        self.ask_image_file: Callable[[], str] = self._ask_image_file
        """Asks which file to use ('' when none); tests replace it to bypass the system's file dialog."""

    def _ask_image_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your signature image"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"),
        )
        return path

    def choose_image(self) -> None:
        """Ask for a PNG or JPEG and keep the user's own copy of it; a file that is not one is named."""
        chosen = self.ask_image_file()
        if not chosen:
            return
        try:
            self.image = signature_image.keep_image(Path(chosen), self.data_dir)
        except EOfficeError as exc:
            self._show_image(error=user_message(exc))
            return
        self._show_image()
        self.image_remove.setFocus()

    def remove_image(self) -> None:
        self.image = None
        self._show_image()
        self.image_choose.setFocus()

    def _show_image(self, error: str | None = None) -> None:
        """The preview, the buttons and the note as the image and the machine's policy stand."""
        pixmap = QPixmap(str(self.image)) if self.image is not None else QPixmap()
        if self.forbidden is not None:
            self.image_preview.clear()
            self.image_preview.setText(self.tr("Not allowed"))
            text = self.tr("Signature images are not allowed on this computer: %1").replace(
                "%1", self.forbidden
            )
            self.image_choose.setEnabled(False)
            self.image_remove.setEnabled(False)
        elif error is not None:
            text = error
        elif self.image is not None and pixmap.isNull():
            text = self.tr("The image %1 is missing: choose it again or remove it.").replace(
                "%1", str(self.image)
            )
        elif self.image is not None:
            text = self.tr("Drawn above your name on every visible signature you make.")
        else:
            text = self.tr(
                "A PNG or JPEG of your signature on white or transparent ground; a copy is kept with your "
                "settings."
            )
        if self.forbidden is None:
            if pixmap.isNull():
                self.image_preview.clear()
                self.image_preview.setText(self.tr("No image"))
            else:
                room = self.image_preview.contentsRect().size()
                self.image_preview.setPixmap(
                    pixmap.scaled(
                        room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                )
            if self.image_choose.isEnabled():  # not locked by the policy
                self.image_remove.setEnabled(self.image is not None)
        self.image_note.setText(text)
        self.image_note.setStyleSheet(ERROR_STYLE if error is not None else self._note_style)

    def saved(self, config: Config) -> None:
        """The settings were written: images kept before, or chosen and not saved, go."""
        signature_image.discard_others(self.data_dir, config.profile.signature_image)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _lines(self, name: str, line_height: int, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(line_height * lines + 12)
        return edit

    def fill(self, config: Config) -> None:
        profile = config.profile
        for edit, value in (
            (self.agency, profile.agency),
            (self.agency_code, profile.agency_code),
            (self.owner_unit, profile.owner_unit),
            (self.phone, profile.phone),
            (self.fax, profile.fax),
            (self.email, profile.email),
        ):
            edit.setText(value or "")
        self.address.setPlainText("\n".join(profile.address))
        self.signers.setPlainText(signers_text(profile.signers))
        self.image = profile.signature_image
        self._show_image()

    def values(self) -> dict[str, Any]:
        """What the fields hold now, as :class:`Config` holds it."""

        def text(edit: QLineEdit) -> str | None:
            return " ".join(edit.text().split()) or None

        address = tuple(" ".join(line.split()) for line in self.address.toPlainText().splitlines())
        return {
            "profile.agency": text(self.agency),
            "profile.agency_code": text(self.agency_code),
            "profile.address": tuple(line for line in address if line),
            "profile.owner_unit": text(self.owner_unit),
            "profile.phone": text(self.phone),
            "profile.fax": text(self.fax),
            "profile.email": text(self.email),
            "profile.signers": parse_signers(self.signers.toPlainText()),
            "profile.signature_image": self.image,
        }

    def problems(self, changes: Mapping[str, Any]) -> list[tuple[str, str]]:
        """What is wrong with the changed profile values, each with the setting to fix it in."""
        found = []
        code = changes.get("profile.agency_code")
        if code and not SERIES.fullmatch(code):
            message = self.tr("Letter code: %1 is not a letter code such as ดศ 0201").replace("%1", code)
            found.append((message, "profile.agency_code"))
        email = changes.get("profile.email")
        if email and not EMAIL.fullmatch(email):
            message = self.tr("E-mail: %1 is not an e-mail address").replace("%1", email)
            found.append((message, "profile.email"))
        for signer in changes.get("profile.signers") or []:
            if not signer["positions"]:
                message = self.tr("Signers: %1 needs a position line under the name")
                found.append((message.replace("%1", signer["name"]), "profile.signers"))
        return found
