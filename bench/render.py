"""Per-letter render time, warm, against bare Qt (QTextDocument → QPdfWriter) on comparable content.

    .venv/bin/python bench/render.py [--letters N]

Both sides set the same text in the same font on A4 in one process, the speed and secrecy stamps in bold red
on both (so both embed the regular and the bold face); ours adds the template layout, own pagination,
page numbers, the signature field, and the ToUnicode and ActualText passes. Target: ratio ≤ 3.
"""

import argparse
import html
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from eoffice_desktop.drafting import validate_letter
from eoffice_desktop.render import RenderOptions, render_letter
from eoffice_desktop.render.fonts import load_fontset
from eoffice_desktop.render.qt import ensure_gui_app
from eoffice_desktop.templates import default_registry

ROOT = Path(__file__).resolve().parent.parent


def letter_html(data: dict[str, object]) -> str:
    """The letter's text as HTML paragraphs; the stamps bold and red, as the letter sets them."""
    parts: list[str] = []
    for key, value in data.items():
        if key in ("speed", "secrecy"):
            parts.append(
                f'<p style="color:#d0021b; font-weight:bold; font-size:24pt">{html.escape(str(value))}</p>'
            )
        elif isinstance(value, dict):
            parts.extend(f"<p>{html.escape(str(v))}</p>" for v in value.values())
        elif isinstance(value, list):
            parts.extend(f"<p>{html.escape(str(v))}</p>" for v in value)
        else:
            parts.append(f"<p>{html.escape(str(value))}</p>")
    return "".join(parts)


def bare_qt(text: str, family: str) -> Callable[[], int]:
    def render() -> int:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(1200)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(30, 25, 20, 20),
            )
        )
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        font = QFont(family)
        font.setPointSizeF(16)
        doc.setDefaultFont(font)
        rect = writer.pageLayout().paintRectPixels(1200)
        doc.setPageSize(rect.size().toSizeF())
        doc.setHtml(text)
        painter = QPainter(writer)
        height = doc.pageSize().height()
        for page in range(doc.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, doc.pageSize().width(), height))
            painter.restore()
        painter.end()
        buffer.close()
        return doc.pageCount()

    return render


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=30)
    args = parser.parse_args()
    ensure_gui_app()
    registry = default_registry()
    template = registry.get("external-letter")
    data = json.loads((ROOT / "examples" / "external-letter.json").read_text(encoding="utf-8"))
    values = validate_letter(template, data, registry)
    fonts = load_fontset()
    ours = lambda: render_letter(template, values, RenderOptions())  # noqa: E731
    baseline = bare_qt(letter_html(data), fonts.family)
    ours_pages, base_pages = ours().pages, baseline()  # also warms: fonts registered, glyph tables read
    base_s = timed(baseline, args.letters)
    ours_s = timed(ours, args.letters)
    print(f"bare Qt QTextDocument → QPdfWriter : {base_s * 1000:7.1f} ms per letter ({base_pages} pages)")
    print(f"eoffice-desktop render_letter       : {ours_s * 1000:7.1f} ms per letter ({ours_pages} pages)")
    print(f"ratio                               : {ours_s / base_s:7.2f}×  (target ≤ 3×)")


if __name__ == "__main__":
    main()
