"""A handwritten-signature image as the stamp draws it: checked, and made small enough to be carried in every
signed letter (a 12-megapixel phone photo would otherwise add megabytes to each one)."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from eoffice_desktop.render.errors import RenderError
from eoffice_desktop.render.qt import RENDERING, ensure_gui_app

MAX_PIXELS = (900, 360)
"""Wide enough for a sharp signature at the stamp's size when printed at 600 dpi."""
MAX_BYTES = 20 * 1024 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def signature_png(data: bytes, name: str) -> bytes:
    """``data`` (PNG or JPEG; ``name`` for messages) as a PNG no larger than :data:`MAX_PIXELS`, keeping its
    proportions and transparency. Anything else is a :class:`RenderError` saying what is accepted."""
    thai_kind = f"ไฟล์ {name} ไม่ใช่ภาพลายมือชื่อที่ใช้ได้ (ใช้ภาพ PNG หรือ JPEG)"
    if len(data) > MAX_BYTES:
        raise RenderError(
            f"{name} is too large for a signature image ({len(data) // (1024 * 1024)} MB; at most 20 MB)",
            thai=f"ไฟล์ {name} ใหญ่เกินไปสำหรับภาพลายมือชื่อ (ไม่เกิน ๒๐ MB)",
        )
    if not data.startswith((_PNG, _JPEG)):
        raise RenderError(f"{name} is not a PNG or JPEG image", thai=thai_kind)
    with RENDERING:
        ensure_gui_app()  # Qt's JPEG reader is a plugin, found through the application
        image = QImage.fromData(data)
        if image.isNull() or image.width() < 1 or image.height() < 1:
            raise RenderError(f"{name} cannot be read as an image (damaged PNG or JPEG?)", thai=thai_kind)
        width, height = MAX_PIXELS
        if image.width() > width or image.height() > height:
            image = image.scaled(
                width,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str at run time
            raise RenderError(f"{name}: the image could not be converted", thai=thai_kind)
        buffer.close()
        return bytes(array.data())
