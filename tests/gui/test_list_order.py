"""Sorting the window's lists by a header click on a real store: the store sorts (Thai in dictionary order),
page after page, together with the search; the arrow shows the order; each section keeps its own, also
after the window is opened again."""

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.windows import cells, open_window
from tests.helpers import example

pytest.importorskip("pytestqt")

# Thai dictionary order; code-point order puts the words with a leading vowel (เ แ โ ใ ไ) last
SUBJECTS = ["ขอเชิญประชุม", "เชิญร่วมงาน", "แต่งตั้งคณะทำงาน", "ประกาศรับสมัคร", "เปลี่ยนกำหนดการ", "ไหว้ครู"]
KIND, NUMBER, SPEED, SECRECY, SUBJECT, TO, UPDATED = range(7)
INBOX_FROM, INBOX_SUBJECT = 2, 5


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    shuffled = SUBJECTS[:]
    random.Random(1).shuffle(shuffled)
    for subject in shuffled:
        opened.letters.create("memo", example("memo") | {"subject": subject})
    for i, (agency, subject) in enumerate([("ลป", "แจ้งผล"), ("กบ", "ขอข้อมูล"), ("ชม", "เชิญประชุม")]):
        data = example("memo") | {"agency": f"จังหวัด{agency}", "subject": subject}
        opened.inbox.receive(f"srv-{i}", agency, data, b"%PDF")
    yield opened
    opened.close()


def _click_header(qtbot: Any, window: MainWindow, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _arrow(window: MainWindow) -> tuple[int, Qt.SortOrder]:
    header = window.table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def test_a_header_click_sorts_in_thai_dictionary_order(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    assert _arrow(window) == (UPDATED, Qt.SortOrder.DescendingOrder), "newest first, and the arrow says so"
    _click_header(qtbot, window, SUBJECT)
    assert cells(window, SUBJECT) == SUBJECTS
    assert _arrow(window) == (SUBJECT, Qt.SortOrder.AscendingOrder)
    _click_header(qtbot, window, SUBJECT)
    assert cells(window, SUBJECT) == SUBJECTS[::-1]
    assert _arrow(window) == (SUBJECT, Qt.SortOrder.DescendingOrder)
    _click_header(qtbot, window, UPDATED)
    assert _arrow(window) == (UPDATED, Qt.SortOrder.DescendingOrder), (
        "dates sort newest first on a first click"
    )
    window.show_section("inbox")
    assert _arrow(window) == (0, Qt.SortOrder.DescendingOrder)  # the register number, newest first
    _click_header(qtbot, window, INBOX_FROM)
    assert cells(window, INBOX_FROM) == ["จังหวัดกบ", "จังหวัดชม", "จังหวัดลป"]


def test_sorted_lists_page_through_every_letter_once(qtbot: Any, tmp_path: Path) -> None:
    opened = open_workspace(tmp_path / "big")
    try:
        numbers = list(range(1, 231))
        random.Random(2).shuffle(numbers)
        for n in numbers:
            opened.letters.create(
                "memo", example("memo") | {"number": f"ดศ 0201/{n}", "subject": f"เรื่อง {n}"}
            )
        window = open_window(qtbot, opened, tmp_path / "w.ini")
        _click_header(qtbot, window, NUMBER)
        assert window.model.rowCount() == 100, "sorting loads one page, not the whole list"
        while window.model.canFetchMore():
            window.model.fetchMore()
        assert cells(window, NUMBER) == [f"ดศ 0201/{n}" for n in range(1, 231)], "by number, not as text"
        window.close()
    finally:
        opened.close()


def test_search_and_sort_combine(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _click_header(qtbot, window, SUBJECT)
    _click_header(qtbot, window, SUBJECT)
    window.search.setText("เชิญ")
    qtbot.waitUntil(lambda: not window._search_timer.isActive())
    assert cells(window, SUBJECT) == ["เชิญร่วมงาน", "ขอเชิญประชุม"]
    assert _arrow(window) == (SUBJECT, Qt.SortOrder.DescendingOrder)
    _click_header(qtbot, window, SUBJECT)
    assert cells(window, SUBJECT) == ["ขอเชิญประชุม", "เชิญร่วมงาน"], "the search stays"
    window.show_section("inbox")  # searched through the receive register, sorted by its sender
    _click_header(qtbot, window, INBOX_FROM)
    assert cells(window, INBOX_SUBJECT) == ["เชิญประชุม"]


def test_each_section_keeps_its_order_also_in_the_next_session(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    settings = tmp_path / "w.ini"
    window = open_window(qtbot, workspace, settings)
    _click_header(qtbot, window, SUBJECT)
    _click_header(qtbot, window, SUBJECT)
    window.show_section("inbox")
    _click_header(qtbot, window, INBOX_SUBJECT)  # A to Z
    assert cells(window, INBOX_SUBJECT) == ["ขอข้อมูล", "แจ้งผล", "เชิญประชุม"]
    window.show_section("draft")
    assert _arrow(window) == (SUBJECT, Qt.SortOrder.DescendingOrder)
    assert cells(window, SUBJECT) == SUBJECTS[::-1]
    window.close()

    again = open_window(qtbot, workspace, settings)
    assert _arrow(again) == (SUBJECT, Qt.SortOrder.DescendingOrder)
    assert cells(again, SUBJECT) == SUBJECTS[::-1]
    again.show_section("inbox")
    assert _arrow(again) == (INBOX_SUBJECT, Qt.SortOrder.AscendingOrder)
    again.show_section("ready")  # a section never sorted by hand: newest first
    assert _arrow(again) == (UPDATED, Qt.SortOrder.DescendingOrder)


def test_an_order_the_list_no_longer_has_falls_back_to_newest_first(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    settings = tmp_path / "w.ini"
    settings.write_text("[sort]\ndraft=colour descending\ninbox=subject sideways\n", encoding="utf-8")
    window = open_window(qtbot, workspace, settings)
    assert _arrow(window) == (UPDATED, Qt.SortOrder.DescendingOrder)
    assert len(cells(window, SUBJECT)) == len(SUBJECTS)
    window.show_section("inbox")
    assert _arrow(window) == (0, Qt.SortOrder.DescendingOrder)


def test_every_column_of_every_section_sorts_in_the_store(qapp: Any, workspace: Workspace) -> None:
    from eoffice_desktop.ui.sections import sections

    for section in sections():
        for column in section.columns(workspace):
            assert column.sort is not None, f"{section.key}: {column.title} shows an arrow it cannot keep"
            for text in ("", "ประชุม", "ขอ"):  # the list, the trigram search, the short-text search
                up = section.fetch(workspace, text, (column.sort, False), 0, 100)
                down = section.fetch(workspace, text, (column.sort, True), 0, 100)
                assert list(down) == list(up)[::-1], (section.key, column.sort, text)


def test_the_model_reloads_from_the_first_page_and_ignores_columns_it_cannot_sort(qapp: Any) -> None:
    from eoffice_desktop.ui.paged_model import Column, Order, PagedTableModel

    asked: list[tuple[int, Order]] = []

    def fetch(offset: int, limit: int, order: Order) -> list[int]:
        asked.append((offset, order))
        values = sorted(range(250), reverse=bool(order and order[1]))
        return values[offset : offset + limit]

    model = PagedTableModel([Column("n", str, "n"), Column("note", str)], fetch)
    model.fetchMore()
    assert model.rowCount() == 200
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert asked[-1] == (0, ("n", True)) and model.rowCount() == 100, "a new order starts at the first page"
    assert model.rows[0] == 249
    before = len(asked)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert len(asked) == before and model.order == ("n", True), "a column without a sort key changes nothing"
    model.sort(-1)
    assert asked[-1] == (0, None), "no column: the list's own order"


def test_a_column_that_cannot_sort_keeps_no_arrow(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _click_header(qtbot, window, SUBJECT)
    window.model.columns[TO] = window.model.columns[TO]._replace(sort=None)  # as a column without a sort key
    shown = cells(window, SUBJECT)
    _click_header(qtbot, window, TO)
    assert _arrow(window) == (SUBJECT, Qt.SortOrder.AscendingOrder) and cells(window, SUBJECT) == shown
