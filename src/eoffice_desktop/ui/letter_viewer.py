"""A received letter opened to read: its pages (scroll, zoom), its signatures' verdict in plain words, its
entry in the receive register and its enclosures; printable.

Everything slow runs on workers: reading the store, rasterising pages, validating the signatures. The window
shows what it has as it comes (the register entry and the pages first, the verdict when the check is done).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.domain.thai import thai_date
from eoffice_desktop.ui.actions import add_action
from eoffice_desktop.ui.messages import display_digits, display_time, thai_ui, user_message
from eoffice_desktop.ui.page_view import PageView, ZoomBar
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.signature_summary import SignatureSummary
from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from eoffice_desktop.desk.viewing import Enclosure, OpenedLetter
    from eoffice_desktop.workspace import Workspace


def display_date(day: dt.date | None) -> str:
    if day is None:
        return "—"
    return thai_date(day) if thai_ui() else f"{day.day} {day.strftime('%b %Y')}"


class LetterViewer(QMainWindow):
    """One letter in its own window. :meth:`show_received` reads a received letter from the store;
    :meth:`show_pdf` shows a PDF alone (an enclosure that is a letter itself)."""

    loaded = Signal()  # the letter is read: the entry, enclosures and pages are on their way
    printed = Signal(int)  # pages

    def __init__(self, trust: Sequence[Any], parent: QWidget | None = None, revocation: Any = None) -> None:
        super().__init__(parent)
        self.revocation = revocation  # a signing.revocation.RevocationChecker; None: online, nothing kept
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Letter"))
        self.trust = list(trust)
        self.tasks = TaskRunner(self, threads=2)
        self.title = ""
        self.pdf: bytes | None = None
        self.opened: OpenedLetter | None = None
        self.enclosures: list[Enclosure] = []
        self.key: tuple[int, int] | None = None  # the receive number of the letter shown

        self.pages = PageView()
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.failed.connect(lambda text: self.statusBar().showMessage(text))
        self.zoom = ZoomBar(self, self.pages)
        self.print_action = add_action(
            self, self.tr("Print…"), QKeySequence(QKeySequence.StandardKey.Print), self.print_dialog
        )
        self.print_action.setEnabled(False)
        self.save_action = add_action(
            self, self.tr("Save the PDF…"), QKeySequence(QKeySequence.StandardKey.Save), self.save_pdf
        )
        self.save_action.setEnabled(False)
        close = add_action(self, self.tr("Close"), QKeySequence.StandardKey.Close, self.close)
        bar = self.addToolBar(self.tr("Letter"))
        bar.setObjectName("letter-toolbar")
        bar.addWidget(self.zoom)
        bar.addSeparator()
        bar.addAction(self.print_action)
        bar.addAction(self.save_action)
        menu = self.menuBar().addMenu(self.tr("&Letter"))
        for made in (self.print_action, self.save_action, close):
            menu.addAction(made)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for made in self.zoom.actions_made:
            view_menu.addAction(made)

        split = QSplitter()
        split.addWidget(self.pages)
        split.addWidget(self._build_side())
        split.setStretchFactor(0, 1)
        split.setSizes([620, 360])
        self.setCentralWidget(split)
        fit_to_screen(self, 1000, 720)

    def offer_way(self, start: Callable[[], Any]) -> QAction:
        """The received letter's way (Ctrl+Shift+P): present it, or open it when it is on its way."""
        action = add_action(self, self.tr("Present / its way…"), "Ctrl+Shift+P", start)
        bar = self.findChild(QToolBar, "letter-toolbar")
        if bar is not None:
            bar.addAction(action)
        self.way_action = action
        return action

    def _build_side(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.summary = SignatureSummary()
        signatures = QGroupBox(self.tr("Signatures"))
        QVBoxLayout(signatures).addWidget(self.summary)

        self.register = QGroupBox(self.tr("Receive register"))
        form = QFormLayout(self.register)
        self.entry: dict[str, QLabel] = {}
        for key, label in (
            ("reg_no", self.tr("Receive no.")),
            ("received", self.tr("Received")),
            ("number", self.tr("Number")),
            ("dated", self.tr("Dated")),
            ("from", self.tr("From")),
            ("to", self.tr("To")),
            ("subject", self.tr("Subject")),
        ):
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            form.addRow(label, value)
            self.entry[key] = value

        box = QGroupBox(self.tr("Enclosures"))
        self.enclosure_list = QListWidget()
        self.enclosure_list.setAccessibleName(self.tr("Enclosures"))
        self.enclosure_list.itemActivated.connect(lambda _item: self.open_enclosure())
        self.enclosure_list.currentRowChanged.connect(lambda _row: self._enclosure_chosen())
        self.no_enclosures = QLabel(self.tr("No enclosures."))
        self.open_enclosure_button = QPushButton(self.tr("Open"))
        self.open_enclosure_button.clicked.connect(self.open_enclosure)
        self.save_enclosure_button = QPushButton(self.tr("Save…"))
        self.save_enclosure_button.clicked.connect(self.save_enclosure)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_enclosure_button)
        buttons.addWidget(self.save_enclosure_button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.no_enclosures)
        column.addWidget(self.enclosure_list)
        column.addLayout(buttons)
        self._show_enclosures([])

        inner = QWidget()
        side = QVBoxLayout(inner)
        side.addWidget(self.heading)
        side.addWidget(signatures)
        side.addWidget(self.register)
        side.addWidget(box)
        side.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumWidth(280)
        return scroll

    # loading

    def show_received(self, workspace: Workspace, record: Any) -> None:
        """Read the received letter of ``record`` (an inbox row or a receive-register row) and show it."""
        from eoffice_desktop.desk.viewing import open_received

        self.summary.show_checking()
        self.heading.setText(getattr(record, "subject", ""))
        self.tasks.run(lambda: open_received(workspace, record), self._received, self._load_failed)

    def show_pdf(self, title: str, pdf: bytes) -> None:
        """Show ``pdf`` alone: no register entry; its own embedded files are its enclosures."""
        from eoffice_desktop.desk.viewing import enclosures

        self.register.hide()
        self._show_letter(title, pdf)
        self.tasks.run(lambda: enclosures(pdf), self._show_enclosures)
        self.loaded.emit()

    def _received(self, opened: OpenedLetter) -> None:
        self.opened = opened
        self._show_entry(opened)
        self._show_enclosures(opened.enclosures)
        self._show_letter(opened.title, opened.pdf)
        self.loaded.emit()

    def _show_letter(self, title: str, pdf: bytes) -> None:
        from eoffice_desktop.signing.verify import verify_data

        self.title = title
        self.pdf = pdf
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.pages.set_pdf(pdf)
        self.print_action.setEnabled(True)
        self.save_action.setEnabled(True)
        self.summary.show_checking()
        trust, revocation = self.trust, self.revocation
        self.tasks.run(
            lambda: verify_data(pdf, title, trust, revocation),
            self.summary.show_report,
            self.summary.show_failed,
        )

    def _load_failed(self, error: BaseException) -> None:
        self.summary.show_failed(error)
        self.statusBar().showMessage(user_message(error))

    def _show_entry(self, opened: OpenedLetter) -> None:
        received = opened.letter.received
        entry = opened.letter.entry
        values = {
            "reg_no": display_digits(f"{received.register_no}/{received.register_year}"),
            "received": display_time(received.received_at),
            "number": display_digits(entry.number if entry else received.number),
            "dated": display_date(entry.letter_date if entry else received.letter_date),
            "from": entry.from_party if entry else received.sender_agency,
            "to": entry.to_party if entry else "",
            "subject": entry.subject if entry else received.subject,
        }
        for key, value in values.items():
            self.entry[key].setText(value or "—")

    # enclosures

    def _show_enclosures(self, found: list[Enclosure]) -> None:
        self.enclosures = found
        self.enclosure_list.clear()
        for enclosure in found:
            size = display_digits(f"{max(enclosure.size // 1024, 1)}")
            item = QListWidgetItem(self.tr("%1 (%2 KB)").replace("%1", enclosure.name).replace("%2", size))
            item.setToolTip(enclosure.description)
            self.enclosure_list.addItem(item)
        self.no_enclosures.setVisible(not found)
        self.enclosure_list.setVisible(bool(found))
        rows = min(max(len(found), 1), 6)
        self.enclosure_list.setFixedHeight(rows * self.enclosure_list.sizeHintForRow(0) + 8 if found else 0)
        if found:
            self.enclosure_list.setCurrentRow(0)
        self._enclosure_chosen()

    def _chosen(self) -> Enclosure | None:
        row = self.enclosure_list.currentRow()
        return self.enclosures[row] if 0 <= row < len(self.enclosures) else None

    def _enclosure_chosen(self) -> None:
        chosen = self._chosen()
        self.save_enclosure_button.setVisible(bool(self.enclosures))
        self.open_enclosure_button.setVisible(bool(self.enclosures))
        self.save_enclosure_button.setEnabled(chosen is not None)
        self.open_enclosure_button.setEnabled(chosen is not None and chosen.is_pdf)
        self.open_enclosure_button.setToolTip(
            "" if chosen is None or chosen.is_pdf else self.tr("Save it, then open it with its own program.")
        )

    def open_enclosure(self) -> LetterViewer | None:
        """A PDF enclosure opens in a viewer of its own (pages, signatures); any other is saved first."""
        chosen = self._chosen()
        if chosen is None:
            return None
        if not chosen.is_pdf:
            self.save_enclosure()
            return None
        viewer = LetterViewer(self.trust, self.parentWidget() or self, self.revocation)
        viewer.show_pdf(chosen.name, chosen.data)
        viewer.show()
        return viewer

    def save_enclosure(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._save(chosen.data, self.tr("Save the enclosure"), chosen.name)

    def save_pdf(self) -> None:
        if self.pdf is not None:
            name = "".join(c for c in self.title if c not in '/\\:*?"<>|')[:80] or "letter"
            self._save(self.pdf, self.tr("Save the PDF"), f"{name}.pdf")

    def _save(self, data: bytes, caption: str, name: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name))
        if not path:
            return
        from eoffice_desktop.durable import write_atomically

        try:
            write_atomically(Path(path), data)
        except OSError as exc:
            self.statusBar().showMessage(str(exc.strerror or exc))
            return
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", path), 8000)

    # printing

    def print_dialog(self) -> None:
        from eoffice_desktop.ui.printing import print_with_dialog

        if self.pdf is not None:
            self._print_dialog = print_with_dialog(
                self, self.tasks, self.title, self.pdf, self._said, len(self.pages.sizes), self.printed.emit
            )

    def print_to(self, printer: QPrinter) -> None:
        """Print on ``printer`` as set up (what the dialog does once accepted)."""
        from eoffice_desktop.ui.printing import print_in_background

        if self.pdf is not None:
            print_in_background(self.tasks, self.pdf, printer, self._said, self.printed.emit)

    def _said(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.pages.wait()
        self.tasks.wait()
        super().closeEvent(event)


def open_received(parent: QWidget, workspace: Workspace, record: Any, trust: Sequence[Any]) -> LetterViewer:
    """A viewer window on the received letter of ``record``; the one already open on it comes to the front."""
    key = _receive_number(record)
    for viewer in parent.findChildren(LetterViewer):
        if viewer.key == key and viewer.isVisible():
            viewer.raise_()
            viewer.activateWindow()
            return viewer
    from eoffice_desktop.desk.viewing import revocation_checker

    viewer = LetterViewer(trust, parent, revocation_checker(workspace))
    viewer.key = key
    viewer.show_received(workspace, record)
    viewer.show()
    return viewer


def _receive_number(record: Any) -> tuple[int, int] | None:
    """The receive number of an inbox row or a receive-register row: one letter, from either list."""
    if hasattr(record, "register_no"):
        return record.register_year, record.register_no
    if hasattr(record, "reg_no"):
        return record.year, record.reg_no
    return None


def close_viewers(parent: QWidget) -> None:
    for viewer in parent.findChildren(LetterViewer):
        viewer.close()
