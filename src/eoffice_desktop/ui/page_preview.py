"""PDF pages shown one under another, scaled to the pane's width (the draft preview, a signed revision)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class PagePreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setBackgroundRole(self.backgroundRole())
        self.setStyleSheet("QScrollArea { background: #6b6b6b; }")
        self.images: list[QImage] = []
        self._inner = QWidget()
        self._inner.setStyleSheet("background: #6b6b6b;")
        self._column = QVBoxLayout(self._inner)
        self._column.setSpacing(12)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self.pages: list[QLabel] = []

    def show_pages(self, images: list[QImage]) -> None:
        self.images = images
        while len(self.pages) < len(images):
            label = QLabel()
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(len(self.pages) + 1)))
            self._column.addWidget(label)
            self.pages.append(label)
        for extra in self.pages[len(images) :]:
            extra.hide()
        self._scale()

    def _scale(self) -> None:
        width = max(self.viewport().width() - 32, 120)
        for label, image in zip(self.pages, self.images, strict=False):
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap.fromImage(
                image.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation)
            )
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.images:
            self._scale()
