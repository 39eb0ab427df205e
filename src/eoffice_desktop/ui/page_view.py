"""A PDF's pages one under another, to read: scroll, zoom in and out, fit the width.

Pages are rasterised by PDFium on a worker thread at the zoom shown (sharp at any size); until the new
images arrive, the ones at hand are scaled, so a zoom answers at once. 100 % is the page's real size on a
96-dpi screen (an A4 page is 794 pixels wide).
"""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.tasks import TaskRunner

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
SCREEN_DPI = 96.0
MARGIN = 16  # grey around the pages, in pixels
RENDER_DELAY_MS = 60  # a burst of zoom steps or resizes renders once
PIXEL_BUDGET = 120_000_000  # all pages together; past it pages render coarser and are scaled up

translate = QCoreApplication.translate


class PageView(QScrollArea):
    """Set a PDF with :meth:`set_pdf`; ``rendered`` tells when the pages at the current zoom are shown."""

    rendered = Signal()
    zoom_changed = Signal(float)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # fit width does not oscillate
        self.setStyleSheet("QScrollArea { background: #6b6b6b; }")
        self.tasks = TaskRunner(self, threads=1)
        self.pdf: bytes | None = None
        self.sizes: list[tuple[float, float]] = []  # points
        self.images: list[QImage] = []  # as last rendered (their dpi may lag the zoom)
        self.pages: list[QLabel] = []
        self.fitting = True
        self._zoom = 1.0
        self._generation = 0
        self._rendered_dpi = 0.0
        self._inner = QWidget()
        self._inner.setStyleSheet("background: #6b6b6b;")
        self._column = QVBoxLayout(self._inner)
        self._column.setSpacing(12)
        self._column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setStyleSheet("color: #ffffff;")
        self.message.setWordWrap(True)
        self.message.hide()
        self._column.addWidget(self.message)
        self.setWidget(self._inner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self._render)

    # what is shown

    def set_pdf(self, pdf: bytes | None) -> None:
        """Show ``pdf`` (None: nothing), at the zoom in use."""
        from eoffice_desktop.ui.pdf_pages import page_sizes

        self.pdf = pdf
        self.sizes = []
        self.images = []
        self._rendered_dpi = 0.0
        self._generation += 1
        self.message.hide()
        self._show_labels(0)
        if pdf is None:
            return
        generation = self._generation
        self.tasks.run(
            lambda: page_sizes(pdf),
            lambda sizes: self._sized(generation, sizes),
            lambda error: self._failed(generation, error),
        )

    def _sized(self, generation: int, sizes: list[tuple[float, float]]) -> None:
        if generation != self._generation:
            return
        self.sizes = sizes
        self._show_labels(len(sizes))
        if self.fitting:
            self._fit()
        self._layout_pages()
        self._render()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.message.setText(user_message(error))
        self.message.show()
        self.failed.emit(self.message.text())

    def _show_labels(self, count: int) -> None:
        while len(self.pages) < count:
            label = QLabel()
            label.setAccessibleName(
                translate("PageView", "Page %1").replace("%1", display_digits(str(len(self.pages) + 1)))
            )
            label.setStyleSheet("background: #ffffff;")
            self._column.addWidget(label)
            self.pages.append(label)
        for index, label in enumerate(self.pages):
            label.setVisible(index < count)
            if index >= count:
                label.clear()

    # zoom

    @property
    def zoom(self) -> float:
        """1.0 is the page's real size."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self.fitting = False
        self._apply(min(max(zoom, ZOOMS[0]), ZOOMS[-1]))

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self._zoom * 1.05), ZOOMS[-1]))  # a step one sees

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self._zoom / 1.05), ZOOMS[0]))

    def fit_width(self) -> None:
        self.fitting = True
        self._fit()

    def _fit(self) -> None:
        widest = max((w for w, _h in self.sizes), default=595.0) / 72.0 * SCREEN_DPI
        room = self.viewport().width() - 2 * MARGIN
        self._apply(min(max(room / widest, ZOOMS[0]), ZOOMS[-1]))

    def _apply(self, zoom: float) -> None:
        changed = abs(zoom - self._zoom) > 0.0005
        self._zoom = zoom
        if changed:
            self.zoom_changed.emit(zoom)
        self._layout_pages()
        if self.sizes and abs(self._target_dpi() - self._rendered_dpi) > 0.5:
            self._timer.start()

    # pixels

    def _page_size(self, index: int) -> QSize:
        width, height = self.sizes[index]
        scale = self._zoom * SCREEN_DPI / 72.0
        return QSize(round(width * scale), round(height * scale))

    def _target_dpi(self) -> float:
        dpi = self._zoom * SCREEN_DPI * self.devicePixelRatioF()
        pixels = sum(w * h for w, h in self.sizes) * (dpi / 72.0) ** 2
        if pixels > PIXEL_BUDGET:
            dpi *= (PIXEL_BUDGET / pixels) ** 0.5
        return dpi

    def _layout_pages(self) -> None:
        """Each page at its size for the zoom, from the images at hand (scaled until the new ones come)."""
        ratio = self.devicePixelRatioF()
        for index, label in enumerate(self.pages[: len(self.sizes)]):
            size = self._page_size(index)
            label.setFixedSize(size)
            if index >= len(self.images):
                continue
            image = self.images[index]
            wanted = size * ratio
            if image.size() != wanted:
                image = image.scaled(
                    wanted, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)

    def _render(self) -> None:
        from eoffice_desktop.ui.pdf_pages import page_images

        pdf = self.pdf
        if pdf is None or not self.sizes:
            return
        dpi = self._target_dpi()
        generation = self._generation
        self.tasks.run(
            lambda: page_images(pdf, dpi),
            lambda images: self._show(generation, dpi, images),
            lambda error: self._failed(generation, error),
        )

    def _show(self, generation: int, dpi: float, images: Sequence[QImage]) -> None:
        if generation != self._generation:
            return
        self.images = list(images)
        self._rendered_dpi = dpi
        self._layout_pages()
        if abs(self._target_dpi() - dpi) > 0.5:  # the zoom moved on while this rendered
            self._timer.start()
        else:
            self.rendered.emit()

    # events

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.fitting and self.sizes:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def wait(self) -> None:
        """For closing: let a render that is running end."""
        self._timer.stop()
        self.tasks.wait()


def zoom_percent(zoom: float) -> str:
    return display_digits(f"{round(zoom * 100)}%")


def zoom_actions(owner: QWidget, view: PageView) -> list[QAction]:
    """Zoom in (Ctrl++, also Ctrl+=), zoom out (Ctrl+-), fit width (Ctrl+0) on ``view``, shortcuts anywhere in
    ``owner``'s window."""
    made = []
    for text, keys, slot in (
        (
            translate("PageView", "Zoom in"),
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
            view.zoom_in,
        ),
        (translate("PageView", "Zoom out"), [QKeySequence(QKeySequence.StandardKey.ZoomOut)], view.zoom_out),
        (translate("PageView", "Fit width"), [QKeySequence("Ctrl+0")], view.fit_width),
    ):
        action = QAction(text, owner)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        owner.addAction(action)
        made.append(action)
    return made


class ZoomBar(QWidget):
    """Zoom out, the zoom in percent, zoom in, fit width: buttons for ``view``, shortcuts in ``owner``."""

    def __init__(self, owner: QWidget, view: PageView) -> None:
        super().__init__()
        self.actions_made = zoom_actions(owner, view)
        zoom_in, zoom_out, fit = self.actions_made
        self.percent = QLabel(zoom_percent(view.zoom))
        self.percent.setAccessibleName(translate("PageView", "Zoom"))
        self.percent.setMinimumWidth(self.percent.fontMetrics().horizontalAdvance("0000%"))
        view.zoom_changed.connect(lambda zoom: self.percent.setText(zoom_percent(zoom)))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QToolButton] = []
        for item in (zoom_out, self.percent, zoom_in, fit):
            if isinstance(item, QLabel):
                row.addWidget(item)
                continue
            button = QToolButton()
            button.setDefaultAction(item)
            row.addWidget(button)
            self.buttons.append(button)
