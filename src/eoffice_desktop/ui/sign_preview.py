"""One letter's pages, one page at a time, to read before signing: Page Down / Page Up or the buttons.

The pages are the letter's own PDF (the one that will be signed, or a draft rendered as far as it goes),
rasterised by PDFium off the GUI thread; a letter is rendered once and again after it is signed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from eoffice_desktop.desk.signing import LetterToSign
    from eoffice_desktop.workspace import Workspace

PAGE_DPI = 150.0  # sharp when the page is shown at about half its size on a 125 % screen
PAGE_KEYS = {
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_PageUp: -1,
}


class LetterPages(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = TaskRunner(self, threads=1)
        self.pages: dict[str, list[QImage]] = {}
        self.letter: LetterToSign | None = None
        self.index = 0
        self.setAccessibleName(self.tr("Letter pages"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = QLabel(self.tr("Select a letter to read it before signing."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page.setMinimumSize(120, 160)
        self.page.setStyleSheet("background: #6b6b6b; color: white;")
        self.page.setAccessibleName(self.tr("Page"))
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.previous_button.setAutoDefault(False)
        self.previous_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.next_button.setAutoDefault(False)
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setAccessibleName(self.tr("Page number"))

        turns = QHBoxLayout()
        turns.addWidget(self.previous_button)
        turns.addWidget(self.counter, 1)
        turns.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.page, 1)
        layout.addLayout(turns)
        self._show()

    def show_letter(self, letter: LetterToSign) -> None:
        changed = self.letter is None or self.letter.id != letter.id
        self.letter = letter
        if changed:
            self.index = 0
        number = display_digits(letter.number) if letter.number else ""
        self.title.setText(" · ".join(x for x in (number, letter.subject) if x))
        self.title.setToolTip(self.title.text())
        if letter.id not in self.pages:
            self._render(letter.id)
        self._show()

    def forget(self, letter_id: str) -> None:
        """The letter changed (it was signed): render it again when it is shown."""
        self.pages.pop(letter_id, None)
        if self.letter is not None and self.letter.id == letter_id:
            self._render(letter_id)

    def _render(self, letter_id: str) -> None:
        workspace = self.workspace

        def work() -> list[QImage]:
            from eoffice_desktop.desk.signing import letter_pdf
            from eoffice_desktop.ui.pdf_pages import page_images

            return page_images(letter_pdf(workspace, letter_id), PAGE_DPI)

        def done(images: list[QImage]) -> None:
            self.pages[letter_id] = images
            if self.letter is not None and self.letter.id == letter_id:
                self._show()

        def failed(error: BaseException) -> None:
            if self.letter is not None and self.letter.id == letter_id:
                self.page.setPixmap(QPixmap())
                self.page.setText(user_message(error))

        self.tasks.run(work, done, failed)

    def turn(self, step: int) -> None:
        images = self.pages.get(self.letter.id, []) if self.letter else []
        if images:
            self.index = max(0, min(len(images) - 1, self.index + step))
            self._show()

    def _show(self) -> None:
        images = self.pages.get(self.letter.id) if self.letter else None
        if not images:
            self.page.setPixmap(QPixmap())
            self.page.setText(self.tr("Loading the letter…") if self.letter else "")
            self.counter.clear()
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.index = min(self.index, len(images) - 1)
        self.page.setText("")
        self._scale(images[self.index])
        self.counter.setText(
            display_digits(
                self.tr("Page %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(images)))
            )
        )
        self.page.setAccessibleName(self.counter.text())
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(images) - 1)

    def _scale(self, image: QImage) -> None:
        ratio = self.devicePixelRatioF()
        size = self.page.size() * ratio
        scaled = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self.page.setPixmap(pixmap)

    def shown_page(self) -> int | None:
        """The page on screen (0-based), or None while there is none."""
        return self.index if self.letter and self.pages.get(self.letter.id) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        step = PAGE_KEYS.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.turn(step)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        images = self.pages.get(self.letter.id) if self.letter else None
        if images:
            self._scale(images[self.index])

    def stop(self) -> None:
        self.tasks.wait()
