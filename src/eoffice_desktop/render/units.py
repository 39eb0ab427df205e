"""Page geometry in device units of the PDF writer."""

from dataclasses import dataclass

DPI = 1200
A4_WIDTH_CM = 21.0
A4_HEIGHT_CM = 29.7


def cm(value: float) -> float:
    return value / 2.54 * DPI


def pt(value: float) -> float:
    return value / 72.0 * DPI


def to_pt(device: float) -> float:
    """Device units → PDF points."""
    return device * 72.0 / DPI


@dataclass(frozen=True)
class Geometry:
    page_width: float
    page_height: float
    left: float
    right: float
    top: float  # continuation pages
    bottom: float
    content_top: float  # page one

    @property
    def text_width(self) -> float:
        return self.page_width - self.left - self.right

    def available(self, page: int) -> float:
        return self.page_height - self.bottom - (self.content_top if page == 0 else self.top)

    def body_top(self, page: int) -> float:
        return self.content_top if page == 0 else self.top
