"""Windows that fit the screen they open on.

The common government desktop is 1366×768 at 125 % scaling: about 1093×614 device-independent pixels, less
the taskbar. A window asks for the size it would like; it gets that or what the screen has room for, and a
remembered geometry from a bigger screen (or another scaling) is pulled back onto this one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 0.96  # of the available height and width: room for the window's frame


def available(widget: QWidget) -> QRect:
    """The usable area (without taskbars) of the screen ``widget`` is on, or the primary one."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(widget: QWidget, wanted: QSize) -> QSize:
    area = available(widget)
    return QSize(
        min(wanted.width(), int(area.width() * MARGIN)), min(wanted.height(), int(area.height() * MARGIN))
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height`` or the room the screen has, and keep it on the screen (once
    more when it is first shown: only then does it have its frame, title bar included)."""
    widget.resize(fitted(widget, QSize(width, height)))
    keep_on_screen(widget)
    _OnFirstShow(widget)


class _OnFirstShow(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.widget and event.type() == QEvent.Type.Show:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, lambda: keep_on_screen(self.widget))
        return False


def keep_on_screen_when_shown(widget: QWidget) -> None:
    """:func:`keep_on_screen` now and when ``widget`` is first shown (its frame is known then)."""
    keep_on_screen(widget)
    _OnFirstShow(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Pull a window that is larger than the screen, or partly off it, back into the available area."""
    area = available(widget)
    frame = widget.frameGeometry()
    size = widget.size()
    extra_w = frame.width() - size.width()
    extra_h = frame.height() - size.height()
    width = min(size.width(), area.width() - extra_w)
    height = min(size.height(), area.height() - extra_h)
    if (width, height) != (size.width(), size.height()):
        widget.resize(width, height)
        frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)
