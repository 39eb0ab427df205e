"""Opening a received letter, as a clerk does: double-click its row in the inbox, Enter on it, or Letters ›
Open. The viewer shows the pages (zoom with Ctrl++ / Ctrl+- / Ctrl+0), the signatures' verdict in plain words
(green, amber for an unknown issuer, red for a changed letter), the receive-register entry and the
enclosures; it prints the letter with its signature appearance.

The letters are real: drafted and signed with the SoftHSM token, and one travels through the reference server
on loopback from another agency's workstation."""

import io
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from eoffice_desktop.ui.letter_viewer import LetterViewer
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.cloud import running_cloud
from tests.gui.test_printing import blue_pixels, file_printer, page_sizes
from tests.helpers import PIN_ENV, example, run_cli, sign_cli

pytest.importorskip("pytestqt")


def write_config(path: Path, trust_root: Path | None) -> Path:
    trust = f'trust = ["{trust_root}"]\n' if trust_root else ""
    path.write_text(f'[signing]\nlevel = "B-B"\n{trust}', encoding="utf-8")
    return path


def signed(
    hsm: Any, tmp_path: Path, write_json: Callable[..., Path], subject: str, enclosure: bool = False
) -> Path:
    """A letter drafted by the program (with a CSV embedded beside its data when ``enclosure``) and signed
    with the test token."""
    draft = tmp_path / f"{abs(hash(subject))}.pdf"
    # not classed ลับ: a secret letter reaches only the saraban officers' person tokens, not a clerk's desk
    data = example("external-letter") | {"subject": subject, "number": "ชม 0017/5", "secrecy": ""}
    assert (
        run_cli("draft", "--template", "external-letter", "--data", write_json(data), "--out", draft)[0] == 0
    )
    if enclosure:
        with pikepdf.new() as plain:
            plain.add_blank_page()
            blank = io.BytesIO()
            plain.save(blank)
        with pikepdf.open(draft, allow_overwriting_input=True) as pdf:
            pdf.attachments["ผู้เข้าประชุม.csv"] = pikepdf.AttachedFileSpec(pdf, "ชื่อ\nสมชาย\n".encode())
            pdf.attachments["กำหนดการ.pdf"] = pikepdf.AttachedFileSpec(pdf, blank.getvalue())
            pdf.save(draft)
    os.environ[PIN_ENV] = hsm.pin
    out = tmp_path / "signed"
    out.mkdir(exist_ok=True)
    code, _o, err = sign_cli(hsm, [draft], "--out-dir", out)
    assert code == 0, err
    return out / draft.name


@pytest.fixture
def office(tmp_path: Path, trust_root: Path) -> Iterator[Workspace]:
    """This agency's workstation, trusting the test PKI's root."""
    workspace = open_workspace(tmp_path / "ds", write_config(tmp_path / "config.toml", trust_root))
    yield workspace
    workspace.close()


def window_on(qtbot: Any, workspace: Workspace, tmp_path: Path) -> MainWindow:
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.counts))
    window.show_section("inbox")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    return window


def opened_viewer(qtbot: Any, window: MainWindow, count: int = 1) -> LetterViewer:
    """The viewer the window opened, once its pages and verdict are shown."""
    qtbot.waitUntil(lambda: len(window.findChildren(LetterViewer)) == count, timeout=10_000)
    viewer = window.findChildren(LetterViewer)[-1]
    qtbot.waitUntil(lambda: viewer.summary.report is not None and bool(viewer.pages.images), timeout=30_000)
    return viewer


def row_centre(window: MainWindow, row: int = 0) -> QPoint:
    return window.table.visualRect(window.model.index(row, 1)).center()


def double_click(qtbot: Any, window: MainWindow, row: int = 0) -> None:
    """What a double-click delivers: press and release, then the double-click (QTest's mouseDClick alone
    sends only the last, which a view takes for a first press)."""
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window, row))
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window, row))


def test_a_letter_from_another_agency_opens_with_a_double_click(
    qtbot: Any,
    tmp_path: Path,
    hsm: Any,
    trust_root: Path,
    write_json: Callable[..., Path],
    language: Any,
) -> None:
    language("th")
    letter = signed(hsm, tmp_path, write_json, "แจ้งผลการประชุม")
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as cloud:
        # CM's workstation queues and sends; ours syncs it in (the real protocol, over loopback)
        ds_token = cloud.token("ds-clerk", "DS")  # our agency is known to the server first
        code, _o, err = run_cli(
            "--data-dir", tmp_path / "cm", "queue", "add", letter, "--to", "DS", "--trust", trust_root
        )
        assert code == 0, err
        cm_token = cloud.token("cm-clerk", "CM")
        assert (
            run_cli(
                "--data-dir", tmp_path / "cm", "sync", "--once", "--server", cloud.url, "--token", cm_token
            )[0]
            == 0
        )
        assert (
            run_cli(
                "--data-dir", tmp_path / "ds", "sync", "--once", "--server", cloud.url, "--token", ds_token
            )[0]
            == 0
        )
    workspace = open_workspace(tmp_path / "ds", write_config(tmp_path / "config.toml", trust_root))
    try:
        window = window_on(qtbot, workspace, tmp_path)
        double_click(qtbot, window)
        viewer = opened_viewer(qtbot, window)

        assert viewer.windowTitle() == "แจ้งผลการประชุม"
        assert viewer.summary.verdict.text() == "ลงนามถูกต้อง ยังไม่มีการประทับเวลา"
        assert viewer.summary.tone == "valid" and viewer.summary.level.text() == "ระดับ: B-B"
        assert not viewer.summary.details.isVisible(), "the technical details wait to be asked for"
        qtbot.mouseClick(viewer.summary.toggle, Qt.MouseButton.LeftButton)
        assert viewer.summary.details.isVisible() and "ผู้ลงนาม" in viewer.summary.details.toPlainText()

        assert re.fullmatch("๑/๒๕[๐-๙]{2}", viewer.entry["reg_no"].text())
        assert "เวลา" in viewer.entry["received"].text() and viewer.entry["received"].text().endswith("น.")
        assert viewer.entry["number"].text() == "ชม ๐๐๑๗/๕"  # as the letter writes it
        assert viewer.entry["subject"].text() == "แจ้งผลการประชุม"
        assert viewer.entry["from"].text() == example("external-letter")["agency"]
        assert viewer.no_enclosures.isVisible() and viewer.no_enclosures.text() == "ไม่มีสิ่งที่ส่งมาด้วย"

        page = viewer.pages.pages[0].pixmap()
        assert not page.isNull() and page.width() > 200 and page.height() > page.width()
        assert not viewer.pages.images[0].isNull()

        # the print dialog speaks Thai too (Qt has no Thai of its own: our catalogue carries it)
        qtbot.keyClick(viewer, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=10_000)
        dialog = QApplication.activeModalWidget()
        assert dialog.windowTitle() == "พิมพ์ “แจ้งผลการประชุม”"
        buttons = {b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()}
        assert {"พิมพ์ (&P)", "ยกเลิก"} <= buttons and not any(re.search("[A-Za-z]{3}", b) for b in buttons)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        viewer.close()
    finally:
        workspace.close()


def test_enter_and_the_menu_open_the_selected_letter(
    qtbot: Any, office: Workspace, tmp_path: Path, hsm: Any, write_json: Callable[..., Path]
) -> None:
    pdf = signed(hsm, tmp_path, write_json, "ขอเชิญประชุม").read_bytes()
    office.inbox.receive("srv-1", "CM", example("external-letter") | {"subject": "ขอเชิญประชุม"}, pdf)
    window = window_on(qtbot, office, tmp_path)

    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    viewer = opened_viewer(qtbot, window)
    assert viewer.title == "ขอเชิญประชุม"
    viewer.close()

    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window))
    qtbot.keyClick(window.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    opened_viewer(qtbot, window).close()

    # Letters › Open, with the mouse
    bar = window.menuBar()
    letters = next(a for a in bar.actions() if a.text() == "&Letters")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(letters).center())
    menu = letters.menu()
    qtbot.waitUntil(menu.isVisible)
    at = menu.actionGeometry(window.letter_actions.open).center()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=at)
    opened_viewer(qtbot, window).close()


def test_zoom_with_the_keys_and_the_buttons(
    qtbot: Any, office: Workspace, tmp_path: Path, hsm: Any, write_json: Callable[..., Path]
) -> None:
    pdf = signed(hsm, tmp_path, write_json, "ขอเชิญประชุม").read_bytes()
    office.inbox.receive("srv-1", "CM", example("external-letter") | {"subject": "ขอเชิญประชุม"}, pdf)
    window = window_on(qtbot, office, tmp_path)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    viewer = opened_viewer(qtbot, window)
    pages = viewer.pages
    fitted = pages.images[0].width()

    def rendered_after(press: Callable[[], None]) -> int:
        with qtbot.waitSignal(pages.rendered, timeout=15_000):
            press()
        return pages.images[0].width()

    larger = rendered_after(
        lambda: qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    )
    assert larger > fitted and pages.pages[0].pixmap().width() > fitted / pages.devicePixelRatioF() - 1
    assert viewer.zoom.percent.text() == f"{round(pages.zoom * 100)}%"
    smaller = rendered_after(
        lambda: qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    )
    assert smaller < larger
    zoom_in_button = viewer.zoom.buttons[1]
    assert rendered_after(lambda: qtbot.mouseClick(zoom_in_button, Qt.MouseButton.LeftButton)) > smaller
    assert (
        rendered_after(lambda: qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier))
        == fitted
    )
    viewer.close()


def test_a_changed_letter_shows_red_and_an_unknown_issuer_amber(
    qtbot: Any, tmp_path: Path, hsm: Any, write_json: Callable[..., Path], trust_root: Path
) -> None:
    pdf = bytearray(signed(hsm, tmp_path, write_json, "แจ้งผลการประชุม").read_bytes())
    untouched = bytes(pdf)
    at = pdf.index(b"stream", 2000) + 20  # inside page content the signature covers
    pdf[at] = ord("X") if pdf[at] != ord("X") else ord("Y")
    workspace = open_workspace(tmp_path / "ds", write_config(tmp_path / "config.toml", trust_root))
    try:
        workspace.inbox.receive("srv-1", "CM", example("external-letter"), bytes(pdf))
        window = window_on(qtbot, workspace, tmp_path)
        double_click(qtbot, window)
        viewer = opened_viewer(qtbot, window)
        assert viewer.summary.tone == "invalid"
        assert viewer.summary.verdict.text().startswith(
            "The signature is not valid: the signed content was altered"
        )
        viewer.close()
    finally:
        workspace.close()

    # without the test root among the trust anchors: intact, but no one vouches for the signer
    stranger = open_workspace(tmp_path / "other", write_config(tmp_path / "none.toml", None))
    try:
        stranger.inbox.receive("srv-2", "CM", example("external-letter"), untouched)
        window = window_on(qtbot, stranger, tmp_path)
        double_click(qtbot, window)
        viewer = opened_viewer(qtbot, window)
        assert viewer.summary.tone == "untrusted" and viewer.summary.verdict.text().startswith(
            "Unknown certificate issuer"
        )
        viewer.close()
    finally:
        stranger.close()


def test_enclosures_are_listed_saved_and_a_pdf_one_opens(
    qtbot: Any, office: Workspace, tmp_path: Path, hsm: Any, write_json: Callable[..., Path]
) -> None:
    pdf = signed(hsm, tmp_path, write_json, "ส่งรายชื่อ", enclosure=True).read_bytes()
    office.inbox.receive("srv-1", "CM", example("external-letter") | {"subject": "ส่งรายชื่อ"}, pdf)
    window = window_on(qtbot, office, tmp_path)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    viewer = opened_viewer(qtbot, window)
    listed = viewer.enclosure_list
    assert sorted(listed.item(i).text() for i in range(listed.count())) == [
        "กำหนดการ.pdf (1 KB)",
        "ผู้เข้าประชุม.csv (1 KB)",
    ]
    assert not viewer.no_enclosures.isVisible()

    def choose(name: str) -> None:
        row = next(i for i in range(listed.count()) if listed.item(i).text().startswith(name))
        qtbot.mouseClick(
            listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(listed.item(row)).center()
        )

    choose("ผู้เข้าประชุม.csv")
    assert viewer.save_enclosure_button.isEnabled()
    assert not viewer.open_enclosure_button.isEnabled(), "a spreadsheet is saved, not run from here"
    choose("กำหนดการ.pdf")
    assert viewer.open_enclosure_button.isEnabled()
    qtbot.mouseClick(viewer.open_enclosure_button, Qt.MouseButton.LeftButton)
    enclosed = opened_viewer(qtbot, window, count=2)
    assert enclosed.title == "กำหนดการ.pdf" and not enclosed.register.isVisible()
    assert enclosed.summary.verdict.text() == "Not signed" and len(enclosed.pages.images) == 1
    enclosed.close()

    # opening the same letter again brings its window forward, not a second one
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len([v for v in window.findChildren(LetterViewer) if v.isVisible()]) == 1
    viewer.close()


def test_printing_the_letter_keeps_its_signature(
    qtbot: Any, office: Workspace, tmp_path: Path, hsm: Any, write_json: Callable[..., Path]
) -> None:
    pdf = signed(hsm, tmp_path, write_json, "แจ้งผลการประชุม").read_bytes()
    office.inbox.receive("srv-1", "CM", example("external-letter") | {"subject": "แจ้งผลการประชุม"}, pdf)
    window = window_on(qtbot, office, tmp_path)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    viewer = opened_viewer(qtbot, window)

    # Ctrl+P opens the system's print dialog; Escape leaves it
    qtbot.keyClick(viewer, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert "แจ้งผลการประชุม" in dialog.windowTitle()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    # what the dialog does once accepted, on a printer that writes a PDF file
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(viewer.printed, timeout=30_000) as printed:
        viewer.print_to(file_printer(out))
    with pikepdf.open(io.BytesIO(pdf)) as original:
        assert printed.args == [len(original.pages)] and len(page_sizes(out)) == len(original.pages)
    last = len(page_sizes(out)) - 1
    # the printed page is a raster drawn again: thin blue strokes lose edge pixels, more or fewer with the
    # signing time's digits in the stamp
    assert blue_pixels(out, last) > 0.7 * blue_pixels(pdf, last) > 0
    viewer.close()


def test_the_main_window_prints_the_selected_draft_through_the_dialog(
    qtbot: Any, tmp_path: Path, language: Any
) -> None:
    language("en")  # the plural forms
    workspace = open_workspace(tmp_path / "data")
    try:
        workspace.letters.create("memo", example("memo") | {"subject": "ร่างบันทึกข้อความ"})
        window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.isActiveWindow())
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window))
        qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=15_000)
        dialog = QApplication.activeModalWidget()
        assert dialog.windowTitle() == "Print “ร่างบันทึกข้อความ”"

        # no print server here: the dialog's own "print to file", its file typed in, then Print
        out = tmp_path / "draft-printout.pdf"
        target = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
        qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(target, str(out))
        print_button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Print")
        qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "sent to the printer" in window.statusBar().currentMessage(), timeout=30_000)
        assert window.statusBar().currentMessage() == "1 page sent to the printer."
        assert len(page_sizes(out)) == 1
    finally:
        workspace.close()
