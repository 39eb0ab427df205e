"""Printing a signed letter: through QPrinter to a PDF file (the test's printer: no dialog, no print server),
the printout has the letter's pages, on A4, with the blue signature appearance where the letter has it."""

import subprocess
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter

from eoffice_desktop.ui.printing import print_pdf


def file_printer(path: Path, resolution: int = 300) -> QPrinter:
    """A printer that writes a PDF file (what the dialog's "print to file" gives)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    return printer


def blue_pixels(pdf: Path | bytes, page: int = 0, dpi: float = 100) -> int:
    """Pixels of the blue signature appearance on ``page`` (the text is black, stamps red at most)."""
    document = pdfium.PdfDocument(pdf.read_bytes() if isinstance(pdf, Path) else pdf)
    try:
        document.init_forms()
        pixels = document[page].render(scale=dpi / 72).to_pil().convert("RGB").tobytes()
    finally:
        document.close()
    return sum(1 for i in range(0, len(pixels), 3) if pixels[i + 2] > 120 and pixels[i + 2] > pixels[i] + 60)


def page_sizes(path: Path) -> list[str]:
    info = subprocess.run(
        ["pdfinfo", "-l", "99", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [
        line.split(":", 1)[1].split("pts")[0].strip()
        for line in info.splitlines()
        if line.startswith("Page") and " size:" in line
    ]


def test_a_signed_letter_prints_with_its_signature(
    qapp: Any, signed_letters: list[Path], tmp_path: Path
) -> None:
    letter = signed_letters[0].read_bytes()
    out = tmp_path / "printed.pdf"
    assert print_pdf(letter, file_printer(out)) == len(pdfium.PdfDocument(letter))
    sizes = page_sizes(out)
    assert len(sizes) == len(pdfium.PdfDocument(letter))
    assert all(size.startswith("595") and "842" in size for size in sizes), sizes  # A4, not rescaled
    signed_page = max(range(len(sizes)), key=lambda i: blue_pixels(letter, i))
    assert blue_pixels(letter, signed_page) > 30
    # the printed page is a raster drawn again: thin blue strokes lose edge pixels, more or fewer with the
    # signing time's digits in the stamp
    assert blue_pixels(out, signed_page) > 0.7 * blue_pixels(letter, signed_page)


def test_a_page_range_prints_only_those_pages(qapp: Any, signed_letters: list[Path], tmp_path: Path) -> None:
    from eoffice_desktop.ui.printing import page_layout

    out = tmp_path / "range.pdf"
    printer = file_printer(out, 150)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    assert print_pdf(signed_letters[0].read_bytes(), printer) == 1
    assert len(page_sizes(out)) == 1
    wide = page_layout(842, 595)
    assert wide.orientation() is wide.Orientation.Landscape
