"""Small parts of forms: notes, grouped forms, rows of controls, and how a setting locked by machine policy
looks (a padlock, the reason, read-only controls)."""

import re
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b71c1c"
NOTE_STYLE = "color: #555555"
LOCK_STYLE = "color: #6d4c00"


translate = QCoreApplication.translate  # lupdate finds translate("SettingsDialog", "…") calls


def note(text: str = "", style: str = NOTE_STYLE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def form_button(text: str, accessible: str) -> QPushButton:
    """A button beside a field: Enter in the field saves the form, it does not press this button."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


def group_form(layout: QVBoxLayout, title: str) -> QFormLayout:
    group = QGroupBox(title)
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.addWidget(group)
    return form


def scrolling(page: QWidget) -> QScrollArea:
    """A page that scrolls on a small screen rather than growing its dialog past it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    scroll.setMinimumWidth(page.sizeHint().width() + 24)
    return scroll


def show_field(tabs: QTabWidget, field: QWidget) -> None:
    """Bring the page holding ``field`` forward and put the cursor there."""
    for index in range(tabs.count()):
        if tabs.widget(index).isAncestorOf(field):
            tabs.setCurrentIndex(index)
    field.setFocus()


def line(*widgets: QWidget) -> QWidget:
    """Widgets side by side; the first takes the room."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if number == 0 else 0)
    return row


def weakly(method: Callable[[Any], None]) -> Callable[[Any], None]:
    """``method``, without keeping its object alive. A task's callbacks live until its signals object is
    deleted later; holding the last reference to a dialog there would delete the dialog (and that object,
    its grandchild) from inside that object's own destructor: a crash."""
    ref = weakref.WeakMethod(method)

    def call(argument: Any) -> None:
        bound = ref()
        if bound is not None:
            bound(argument)

    return call


def lock_icon(size: int = 16) -> QPixmap:
    """A small padlock, drawn (no emoji font is needed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor("#6d4c00")
    painter.setPen(QPen(color, max(1.5, size / 9)))
    left, right, top = size * 0.3, size * 0.7, size * 0.1
    painter.drawArc(QRectF(left, top, right - left, size * 0.45), 0, 180 * 16)
    middle = top + size * 0.225
    painter.drawLine(int(left), int(middle), int(left), int(size * 0.5))
    painter.drawLine(int(right), int(middle), int(right), int(size * 0.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(size * 0.15, size * 0.45, size * 0.7, size * 0.5), 2, 2)
    painter.end()
    return pixmap


def lock_reason(reason: str) -> str:
    """The policy's reason (its note) as the user reads it."""
    where = re.fullmatch(r"set by machine policy \((.*)\)", reason)  # the policy has no note
    if where:
        return translate("SettingsDialog", "Set by machine policy (%1)").replace("%1", where[1])
    return translate("SettingsDialog", "Set by machine policy: %1").replace("%1", reason)


def lock_mark(key: str, reason: str, size: int) -> QWidget:
    """A padlock with the reason, under a locked setting (the reason's label is named ``lock:<key>``)."""
    mark = QWidget()
    row = QHBoxLayout(mark)
    row.setContentsMargins(0, 0, 0, 0)
    icon = QLabel()
    icon.setPixmap(lock_icon(size))
    icon.setAccessibleName(translate("SettingsDialog", "Locked"))
    text = note(lock_reason(reason), LOCK_STYLE)
    text.setObjectName(f"lock:{key}")
    text.setAccessibleName(translate("SettingsDialog", "Why this setting is locked"))
    row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(text, 1)
    return mark


def lock_controls(controls: Sequence[QWidget], reason: str) -> None:
    """Make a locked setting's controls read-only (a list stays scrollable), saying why."""
    shown = lock_reason(reason)
    for control in controls:
        if isinstance(control, (QLineEdit, QPlainTextEdit)):
            control.setReadOnly(True)
        elif not isinstance(control, QListWidget):
            control.setEnabled(False)
        control.setToolTip(shown)
        control.setAccessibleDescription(shown)
