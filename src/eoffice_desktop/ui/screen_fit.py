"""Windows that fit the screen they open on.

The common government desktop is 1366×768 at 125 % scaling: about 1093×614 device-independent pixels, less
the taskbar. A window asks for the size it would like; it gets that or what the screen has room for, and a
remembered geometry from a bigger screen (or another scaling) is pulled back onto this one.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
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
    """Resize ``widget`` to ``width``×``height`` or the room the screen has, and keep it on the screen."""
    widget.resize(fitted(widget, QSize(width, height)))
    keep_on_screen(widget)


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
