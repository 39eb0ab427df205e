"""What the user reads about an error: the known problem in the window's language, else a plain notice."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from eoffice_desktop.domain.thai import thai_date, thai_digits
from eoffice_desktop.errors import EOfficeError


def thai_ui() -> bool:
    return QLocale().language() is QLocale.Language.Thai


def display_digits(text: str) -> str:
    """``text`` with its digits as the window's language writes them (Thai digits in the Thai window, as in
    the letters themselves)."""
    return thai_digits(text) if thai_ui() else text


def display_time(moment: dt.datetime | str | None) -> str:
    """A moment in local time, as a Thai reader writes it (BE date, Thai digits, "น.") or in English."""
    if moment is None:
        return "—"
    when = dt.datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if when.tzinfo is not None:
        when = when.astimezone()
    if thai_ui():
        return f"{thai_date(when.date())} เวลา {thai_digits(when.strftime('%H:%M'))} น."
    return when.strftime("%d %b %Y %H:%M").lstrip("0")


def user_message(error: BaseException) -> str:
    if isinstance(error, EOfficeError):
        return error.thai if thai_ui() else error.message
    return QCoreApplication.translate("Messages", "Unexpected error: %1").replace(
        "%1", str(error) or type(error).__name__
    )


def notice(
    parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
) -> QMessageBox:
    """A message box that does not block: the window (and its background work) goes on while it shows."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Messages", "OK"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
