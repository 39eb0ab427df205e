"""Desktop notifications: delivered, rejected and incoming letters.

Through the system tray where the desktop has one; otherwise (and always) in the window's status bar. What
was said is kept in ``history`` (tests and the status bar read it).
"""

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon

from eoffice_desktop.ui.messages import display_digits


class Notifier(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.history: list[tuple[str, str]] = []
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(window.windowTitle())
            self.tray.show()

    def notify(self, title: str, text: str, *, warning: bool = False) -> None:
        """Say ``text`` (counts, not letter content: its digits are written the window's way)."""
        text = display_digits(text)
        self.history.append((title, text))
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            kind = QSystemTrayIcon.MessageIcon.Warning if warning else QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(title, text, kind, 8000)
        self.window.statusBar().showMessage(f"{title}: {text}", 15_000)
