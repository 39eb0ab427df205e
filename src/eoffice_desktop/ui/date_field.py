"""A letter's date as Thai offices type it: ``4/12/2569`` or ``24/01/2569`` (day/month/BE year), Thai or Latin
digits, or ISO; a calendar that pages by month in Buddhist Era; "Today"; and the date as it will be printed.

Whatever the field writes itself (Today, the calendar, a stored date) is in the form it reads back, so it can
never reject its own value.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.domain.thai import THAI_MONTHS, be_year, parse_date, thai_date, typed_date
from eoffice_desktop.ui.messages import display_digits, thai_ui

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _to_qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def _from_qdate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def month_title(year: int, month: int) -> str:
    """``ธันวาคม ๒๕๖๙`` in the Thai window (BE year, Thai digits), ``December 2026`` in the English one."""
    if thai_ui():
        return display_digits(f"{THAI_MONTHS[month - 1]} {be_year(dt.date(year, month, 1))}")
    return f"{ENGLISH_MONTHS[month - 1]} {year}"


class _Days(QCalendarWidget):
    """Qt's month grid with the days in the window's digits (Thai digits in the Thai window)."""

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:  # noqa: N802 (Qt API)
        if not thai_ui():
            super().paintCell(painter, rect, date)
            return
        painter.save()
        selected = date == self.selectedDate()
        palette = self.palette()
        if selected:
            painter.fillRect(rect, palette.highlight())
            painter.setPen(palette.highlightedText().color())
        elif date.month() != self.monthShown():
            painter.setPen(palette.placeholderText().color())
        else:
            painter.setPen(palette.text().color())
        if date == QDate.currentDate():
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, display_digits(str(date.day())))
        painter.restore()


class CalendarPopup(QFrame):
    """A month at a time: ‹ and › (or Page Up/Down) change the month, arrows move the day, Enter or a click
    picks it, Escape closes."""

    picked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.days = _Days()
        self.days.setNavigationBarVisible(False)
        self.days.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.days.setGridVisible(False)
        self.days.setLocale(QLocale())
        self.days.setAccessibleName(self.tr("Calendar"))
        self.previous = QToolButton()
        self.previous.setText("‹")
        self.previous.setAccessibleName(self.tr("Previous month"))
        self.next = QToolButton()
        self.next.setText("›")
        self.next.setAccessibleName(self.tr("Next month"))
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-weight: 600;")
        header = QHBoxLayout()
        header.addWidget(self.previous)
        header.addWidget(self.title, 1)
        header.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.days)
        self.previous.clicked.connect(self.days.showPreviousMonth)
        self.next.clicked.connect(self.days.showNextMonth)
        self.days.currentPageChanged.connect(lambda year, month: self.title.setText(month_title(year, month)))
        self.days.clicked.connect(self._pick)
        self.days.activated.connect(self._pick)

    def show_at(self, anchor: QWidget, date: dt.date) -> None:
        self.days.setSelectedDate(_to_qdate(date))
        self.days.setCurrentPage(date.year, date.month)
        self.title.setText(month_title(date.year, date.month))
        self.adjustSize()
        where = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry()
        x = min(where.x(), screen.right() - self.width())
        fits_below = where.y() + self.height() <= screen.bottom()
        y = where.y() if fits_below else where.y() - anchor.height() - self.height()
        self.move(max(x, screen.left()), max(y, screen.top()))
        self.show()
        self.days.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(_from_qdate(date))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """The line edit (what ``text()`` holds is typed or written back by the field), a calendar button
    (Alt+Down or F4 too), Today, and the printed date beside."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy (Buddhist Era), e.g. 24/11/2569"))
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setAccessibleName(self.tr("Choose the date from a calendar"))
        self.calendar_button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.today = QPushButton(self.tr("Today"))
        self.today.setAccessibleName(self.tr("Today's date"))
        self.shown = QLabel()
        self.shown.setAccessibleName(self.tr("Date as printed"))
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.today)
        row.addWidget(self.shown)
        self.setFocusProxy(self.edit)
        self.popup: CalendarPopup | None = None
        self.edit.textChanged.connect(self._show_printed)
        self.edit.textChanged.connect(self.edited)
        self.today.clicked.connect(lambda: self.set_date(dt.date.today()))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 (Qt API)
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def date(self) -> dt.date | None:
        return parse_date(self.edit.text())

    def iso(self) -> str | None:
        """The date in ISO form when the text is a date; the text as typed otherwise (validation names it)."""
        text = self.edit.text().strip()
        if not text:
            return None
        date = parse_date(text)
        return date.isoformat() if date is not None else text

    def set_date(self, date: dt.date | None) -> None:
        self.edit.setText(typed_date(date) if date is not None else "")

    def set_value(self, value: object) -> None:
        """A stored value (ISO, or text the user typed that was not a date, kept as typed)."""
        if not value:
            self.edit.setText("")
            return
        date = parse_date(str(value))
        self.edit.setText(typed_date(date) if date is not None else str(value))

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.show_at(self.edit, self.date() or dt.date.today())

    def _picked(self, date: dt.date) -> None:
        self.set_date(date)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _show_printed(self, _text: str = "") -> None:
        date = self.date()
        self.shown.setText(thai_date(date) if date is not None else "")
