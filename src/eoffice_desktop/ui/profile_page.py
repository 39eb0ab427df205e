"""The Settings dialog's page for the office's profile ([profile]): the agency, its letter code and address,
the unit that owns the matters, its contacts, and the usual signers; every new letter starts with them.

Signers are typed as paragraphs: the full name on the first line, the position lines under it, a blank line
between two signers. The first is every new letter's signer; the others are offered in each letter.
"""

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from eoffice_desktop.config import Config, Signer
from eoffice_desktop.config.schema import EMAIL, SERIES
from eoffice_desktop.ui.form_parts import group_form, note

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

    def __init__(self, config: Config, row: Row, line_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout.addStretch(1)
        self.fill(config)

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
