"""Verifying from the window with the real validator: a signed letter shows as valid, a tampered copy as
invalid with the reason, a file without a signature says so."""

from pathlib import Path
from typing import Any

import pikepdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication

from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.ui.verify_dialog import VerifyDialog


def _check(qtbot: Any, dialog: VerifyDialog, path: Path) -> Any:
    dialog.verify(path)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    return dialog.report


def test_valid_tampered_and_unsigned_letters(
    qtbot: Any, signed_letters: list[Path], trust_root: Path, tmp_path: Path
) -> None:
    dialog = VerifyDialog(load_trust_anchors([trust_root]))
    qtbot.addWidget(dialog)
    dialog.show()

    report = _check(qtbot, dialog, signed_letters[0])
    assert report.valid and dialog.verdict.text() == "Signed and valid; not timestamped yet"
    assert dialog.summary.tone == "valid" and dialog.summary.level.text() == "Level: B-B"
    assert (
        "Signer" in dialog.details.toPlainText()
        and report.signatures[0].signer in dialog.details.toPlainText()
    )

    data = bytearray(signed_letters[0].read_bytes())
    at = data.index(b"stream", 2000) + 20  # inside page content the signature covers
    data[at] = ord("X") if data[at] != ord("X") else ord("Y")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    report = _check(qtbot, dialog, tampered)
    assert not report.valid and dialog.verdict.text().startswith("The signature is not valid: ")
    assert dialog.summary.tone == "invalid"
    assert report.signatures[0].problems[0] in dialog.details.toPlainText()

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(
        b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    dialog.verify(broken)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.verdict.text().startswith("Cannot be checked: not a readable PDF")

    unsigned = tmp_path / "plain.pdf"
    with pikepdf.new() as plain:
        plain.add_blank_page()
        plain.save(unsigned)
    dialog.verify(unsigned)
    with qtbot.waitSignal(dialog.revision.rendered, timeout=20_000):
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.verdict.text() == "Not signed" and dialog.summary.tone == "invalid"
    assert len(dialog.revision.images) == 1, "an unsigned file is shown as it is"
    dialog.close()


def test_the_signed_revision_is_shown_even_when_bytes_were_added_after(
    qtbot: Any, signed_letters: list[Path], trust_root: Path, tmp_path: Path
) -> None:
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors

    tampered = tmp_path / "tampered.pdf"
    original = signed_letters[0].read_bytes()
    tampered.write_bytes(original + b"\n% added after signing\n")
    dialog = VerifyDialog(load_trust_anchors([trust_root]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.verify(tampered)
    with qtbot.waitSignal(dialog.revision.rendered, timeout=20_000):
        qtbot.waitUntil(lambda: dialog.signed_revision is not None, timeout=20_000)
    assert dialog.signed_revision == original  # exactly what the signer signed
    assert dialog.revision.images and dialog.revision.images[0].width() > 100
    assert "revision 2 of 2" in dialog.revision_label.text()  # the draft, then the signature
    assert any(_blue_pixels(image) > 50 for image in dialog.revision.images)

    # the pages zoom, and print (the system's dialog, named after the file)
    fitted = dialog.revision.images[0].width()
    with qtbot.waitSignal(dialog.revision.rendered, timeout=20_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.revision.images[0].width() > fitted
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=10_000)
    printing = QApplication.activeModalWidget()
    assert printing.windowTitle() == "Print “tampered.pdf”"
    qtbot.keyClick(printing, Qt.Key.Key_Escape)
    dialog.close()  # the signature's appearance


def _blue_pixels(image: Any) -> int:
    """Pixels of the blue signature appearance (the letter itself is black, with red stamps at most)."""
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            found += colour.blue() > 120 and colour.blue() > colour.red() + 60
    return found
