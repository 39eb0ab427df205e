"""What a signer reads in the lists at a glance, on a real store: the kind of letter, its number as the letter
writes it, speed and secrecy in red (bold for the highest class), the time beside the date; the inbox names
the sending agency; the registers write Thai digits and show การปฏิบัติ and หมายเหตุ."""

import datetime as dt
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.thai import THAI_MONTHS_SHORT
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.paged_model import LIGHT_RED
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.windows import cells, open_window
from tests.helpers import example, run_cli

pytest.importorskip("pytestqt")

KIND, NUMBER, SPEED, SECRECY, SUBJECT, TO, UPDATED = range(7)
REG, IN_NUMBER, FROM, IN_SPEED, IN_SECRECY, IN_SUBJECT, RECEIVED = range(7)
ACTION, REMARK = 6, 7  # of the registers
THAI_MONTH = "|".join(re.escape(m) for m in THAI_MONTHS_SHORT)
THAI_TIME = re.compile(f"[๐-๙]{{1,2}} ({THAI_MONTH}) ๒๕[๐-๙]{{2}} [๐-๙]{{2}}:[๐-๙]{{2}}")


@pytest.fixture
def bangkok() -> Iterator[None]:
    """The machine's clock in Thai time (UTC+7), as in an office; the store keeps UTC."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "ICT-7"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    letters = opened.letters
    urgent = letters.create(
        "memo",
        example("memo") | {"subject": "ขอส่งตัวผู้ต้องหา", "speed": "ด่วนที่สุด", "secrecy": "ลับ"},
    )
    letters.move(urgent.id, LetterState.READY)
    plain = letters.create("external-letter", example("external-letter") | {"subject": "ขอเชิญประชุม"})
    plain = letters.edit(plain.id, letters.data(plain.id) | {"speed": None, "secrecy": None})
    letters.move(plain.id, LetterState.READY)
    yield opened
    opened.close()


def _choose_section(qtbot: Any, window: MainWindow, key: str) -> None:
    """Click the section in the navigation pane, as a person does."""
    row = [s.key for s in window.sections].index(key)
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(row))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section().key == key


def _row(window: MainWindow, column: int, text: str) -> int:
    return cells(window, column).index(text)


def _role(window: MainWindow, row: int, column: int, role: Qt.ItemDataRole) -> Any:
    return window.model.data(window.model.index(row, column), role)


def _red_pixels(window: MainWindow, row: int, column: int) -> int:
    """Red pixels the table drew in one cell (on the screen, not in the model)."""
    window.table.clearSelection()  # a selected row draws in the highlight's text colour
    window.table.resizeColumnsToContents()
    rect = window.table.visualRect(window.model.index(row, column))
    image = window.table.viewport().grab(rect).toImage()
    red = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = QColor(image.pixel(x, y))
            red += pixel.red() - max(pixel.green(), pixel.blue()) > 60
    return red


def test_a_signer_spots_the_most_urgent_secret_letter_in_waiting_for_signature(
    qtbot: Any, workspace: Workspace, tmp_path: Path, language: Any, bangkok: None
) -> None:
    language("th")
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _choose_section(qtbot, window, "ready")
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["ประเภท", "ที่", "ชั้นความเร็ว", "ชั้นความลับ", "เรื่อง", "ถึง", "แก้ไขล่าสุด"]
    urgent = _row(window, SUBJECT, "ขอส่งตัวผู้ต้องหา")
    plain = _row(window, SUBJECT, "ขอเชิญประชุม")
    assert (cells(window, SPEED)[urgent], cells(window, SECRECY)[urgent]) == ("ด่วนที่สุด", "ลับ")
    assert (cells(window, SPEED)[plain], cells(window, SECRECY)[plain]) == ("", "")
    assert cells(window, KIND)[urgent] == "บันทึกข้อความ" and cells(window, KIND)[plain] == "หนังสือภายนอก"
    assert cells(window, NUMBER)[urgent] == "ดศ ๐๒๐๑/ว ๑๒๔", "Thai digits, as the letter writes the number"

    foreground = Qt.ItemDataRole.ForegroundRole
    assert _role(window, urgent, SPEED, foreground) == LIGHT_RED
    assert _role(window, urgent, SECRECY, foreground) == LIGHT_RED
    assert _role(window, urgent, SPEED, Qt.ItemDataRole.FontRole).bold(), "ด่วนที่สุด in bold"
    assert _role(window, urgent, SECRECY, Qt.ItemDataRole.FontRole) is None, "ลับ in red, not bold"
    assert (
        _role(window, plain, SPEED, foreground) is None and _role(window, plain, SUBJECT, foreground) is None
    )
    assert _role(window, urgent, SPEED, Qt.ItemDataRole.AccessibleTextRole) == "ด่วนที่สุด"
    assert _red_pixels(window, urgent, SPEED) > 10 and _red_pixels(window, urgent, SECRECY) > 5
    assert _red_pixels(window, urgent, SUBJECT) == 0

    shown = cells(window, UPDATED)[urgent]
    assert THAI_TIME.fullmatch(shown), shown
    updated = workspace.letters.get(workspace.letters.page(LetterState.READY, text="ผู้ต้องหา")[0].id).updated_at
    local = updated.astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert shown.endswith(local.strftime("%H:%M").translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))), (
        "the time in the office's time zone, not the store's UTC"
    )


def test_a_header_click_puts_the_most_urgent_first(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    letters = workspace.letters
    for speed in ("ด่วน", None, "ด่วนมาก"):
        made = letters.create("memo", example("memo") | {"subject": f"เรื่อง {speed}", "speed": speed})
        letters.move(made.id, LetterState.READY)
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _choose_section(qtbot, window, "ready")
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(SPEED) + header.sectionSize(SPEED) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert cells(window, SPEED) == ["Most urgent", "Very urgent", "Urgent", "", ""]
    assert cells(window, KIND)[0] == "Internal memo", "the English window names the kind in English"


def test_the_inbox_names_the_sender_and_the_time_it_came(
    qtbot: Any, workspace: Workspace, tmp_path: Path, language: Any, bangkok: None
) -> None:
    inbox = workspace.inbox
    inbox.receive(
        "srv-1",
        "CM",
        example("external-letter") | {"agency": "จังหวัดเชียงใหม่", "speed": "ด่วนมาก", "secrecy": "ลับที่สุด"},
        b"%PDF",
    )
    inbox.receive("srv-2", "KB", example("memo") | {"agency": ""}, b"%PDF")  # no name: the code shows
    language("th")
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _choose_section(qtbot, window, "inbox")
    assert window.model.headerData(RECEIVED, Qt.Orientation.Horizontal) == "วันเวลารับ"
    assert cells(window, FROM) == ["KB", "จังหวัดเชียงใหม่"]
    assert [re.sub("/๒๕[๐-๙]{2}$", "", c) for c in cells(window, REG)] == ["๒", "๑"]
    assert [cells(window, IN_SPEED)[1], cells(window, IN_SECRECY)[1]] == ["ด่วนมาก", "ลับที่สุด"]
    assert _role(window, 1, IN_SPEED, Qt.ItemDataRole.ForegroundRole) == LIGHT_RED
    assert _role(window, 1, IN_SECRECY, Qt.ItemDataRole.FontRole).bold()
    received = inbox.list()[1].received_at.astimezone(dt.timezone(dt.timedelta(hours=7)))
    shown = cells(window, RECEIVED)[1]
    assert THAI_TIME.fullmatch(shown) and shown.endswith(
        received.strftime("%H:%M").translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    )
    assert cells(window, IN_NUMBER)[1] == "ดศ ๐๒๐๑/๑๒๓"


def test_a_sender_the_letter_does_not_name_is_named_by_the_directory_held_offline(
    qtbot: Any, workspace: Workspace, tmp_path: Path, language: Any
) -> None:
    workspace.agencies.replace(
        {"etag": "1", "agency": "DS", "agencies": [{"code": "KB", "name_th": "ศาลากลางจังหวัดกระบี่"}]}
    )
    workspace.inbox.receive("srv-1", "KB", example("memo") | {"agency": ""}, b"%PDF")
    workspace.inbox.receive("srv-2", "XX", example("memo") | {"agency": ""}, b"%PDF")  # unknown: its code
    language("th")
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _choose_section(qtbot, window, "inbox")
    assert sorted(cells(window, FROM)) == ["XX", "ศาลากลางจังหวัดกระบี่"]
    code, out, _err = run_cli("--data-dir", workspace.directory, "inbox", "list")
    assert code == 0 and "(from ศาลากลางจังหวัดกระบี่)" in out


def test_registers_write_thai_digits_and_show_action_and_remark(
    qtbot: Any, workspace: Workspace, tmp_path: Path, language: Any
) -> None:
    workspace.registers.record(
        "send",
        number="ดศ 0201/17",
        letter_date=dt.date(2026, 12, 4),
        from_party="กองกลาง",
        to_party="ผู้ว่าราชการจังหวัด 77 จังหวัด",
        subject="ขอเชิญประชุม ครั้งที่ 3/2569",
        action="แจ้งเวียน 12 หน่วยงาน",
        remark="ต้นฉบับส่งทางไปรษณีย์",
    )
    language("th")
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _choose_section(qtbot, window, "send-register")
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[ACTION:] == ["การปฏิบัติ", "หมายเหตุ"]
    row = [cells(window, c)[0] for c in range(8)]
    assert re.fullmatch("๑/๒๕[๐-๙]{2}", row[0])
    assert row[1:] == [
        "ดศ ๐๒๐๑/๑๗",
        "๔ ธ.ค. ๒๕๖๙",
        "กองกลาง",
        "ผู้ว่าราชการจังหวัด ๗๗ จังหวัด",
        "ขอเชิญประชุม ครั้งที่ ๓/๒๕๖๙",
        "แจ้งเวียน ๑๒ หน่วยงาน",
        "ต้นฉบับส่งทางไปรษณีย์",
    ]
    assert not any(re.search("[0-9]", cell) for cell in row), "no Latin digit in the Thai window"
    assert workspace.registers.page("send")[0].number == "ดศ 0201/17", "only the display changes"


def test_the_english_window_has_the_same_columns_with_latin_digits(
    qtbot: Any, workspace: Workspace, tmp_path: Path, language: Any, bangkok: None
) -> None:
    workspace.registers.record("send", number="ดศ ๐๒๐๑/๑๘", letter_date=dt.date(2026, 12, 4), action="ทราบ")
    language("en")
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _choose_section(qtbot, window, "ready")
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Kind", "Number", "Speed", "Secrecy", "Subject", "To", "Updated"]
    urgent = _row(window, SUBJECT, "ขอส่งตัวผู้ต้องหา")
    assert cells(window, KIND)[urgent] == "Internal memo"
    assert (cells(window, SPEED)[urgent], cells(window, SECRECY)[urgent]) == ("Most urgent", "Confidential")
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} 20\d\d \d\d:\d\d", cells(window, UPDATED)[urgent])
    _choose_section(qtbot, window, "send-register")
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[ACTION:] == ["Action", "Remark"]
    assert [cells(window, c)[0] for c in (1, 2, ACTION)] == ["ดศ 0201/18", "4 Dec 2026", "ทราบ"]
    assert re.fullmatch(r"1/25\d\d", cells(window, 0)[0])


def test_the_red_reads_on_a_dark_palette_too(qapp: Any) -> None:
    from PySide6.QtGui import QGuiApplication, QPalette

    from eoffice_desktop.ui.paged_model import DARK_RED, alert_colour

    before = QGuiApplication.palette()
    assert alert_colour() == LIGHT_RED
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    QGuiApplication.setPalette(dark)
    try:
        assert alert_colour() == DARK_RED
    finally:
        QGuiApplication.setPalette(before)


def test_a_long_recipient_leaves_the_subject_its_room(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    letters = workspace.letters
    long_to = "ผู้ว่าราชการจังหวัดพระนครศรีอยุธยา ผ่านนายอำเภอพระนครศรีอยุธยา และหัวหน้าส่วนราชการประจำอำเภอทุกแห่ง"
    made = letters.create("external-letter", example("external-letter") | {"recipient": long_to})
    letters.move(made.id, LetterState.READY)
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    _choose_section(qtbot, window, "ready")
    header = window.table.horizontalHeader()
    titles = [c.title for c in window.model.columns]
    subject, to = titles.index("Subject"), titles.index("To")
    room = window.table.viewport().width()
    qtbot.waitUntil(lambda: header.sectionSize(to) <= room * 0.22 + 1)
    assert header.sectionSize(subject) >= header.sectionSize(to), "the subject is what a clerk reads"
    assert header.sectionSize(to) >= header.sectionSizeHint(to), "a recipient still shows its start"
