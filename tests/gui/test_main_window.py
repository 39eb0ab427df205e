"""The main window on a real store: sections with counts, paged lists, Thai substring search, a responsive
event loop while work runs in the background, and a layout that is remembered."""

import itertools
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.windows import cells, open_window
from tests.helpers import example

pytest.importorskip("pytestqt")

NUMBER, SUBJECT = 1, 4  # of the letter lists: kind, number, speed, secrecy, subject, to, updated
INBOX_FROM, INBOX_SUBJECT = 2, 5  # of the inbox: reg. no., number, from, speed, secrecy, subject, received


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    letters = opened.letters
    for i in range(3):
        letters.create("memo", example("memo") | {"subject": f"ขอเชิญประชุมคณะทำงาน ครั้งที่ {i + 1}"})
    ready = letters.create("memo", example("memo") | {"subject": "ขออนุมัติจัดซื้อครุภัณฑ์"})
    letters.move(ready.id, LetterState.READY)
    signed = letters.create(
        "memo", example("memo") | {"subject": "รายงานผลการดำเนินงาน", "number": "ดศ 0201/7"}
    )
    letters.set_pdf(signed.id, b"%PDF signed", signed=True)
    letters.move(signed.id, LetterState.QUEUED)
    opened.inbox.receive(
        "srv-1", "CM", example("external-letter") | {"subject": "แจ้งกำหนดการตรวจราชการ"}, b"%PDF in"
    )
    yield opened
    opened.close()


def _find(window: MainWindow, qtbot: Any, text: str) -> None:
    window.search.setText(text)
    qtbot.waitUntil(lambda: not window._search_timer.isActive())


def test_sections_show_counts_and_their_letters(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels[:8] == [
        "My tasks (0)",
        "Drafts (3)",
        "On their way (0)",
        "Waiting for signature (1)",
        "Signed (0)",
        "Outbox (1)",
        "Sent (0)",
        "Rejected (0)",
    ]
    assert labels[8] == "Inbox (1)"
    assert "1" in window.status.text()
    assert sorted(cells(window, SUBJECT)) == [f"ขอเชิญประชุมคณะทำงาน ครั้งที่ {i}" for i in (1, 2, 3)]
    window.show_section("queued")
    assert cells(window, SUBJECT) == ["รายงานผลการดำเนินงาน"] and cells(window, NUMBER) == ["ดศ 0201/7"]
    window.show_section("inbox")
    assert cells(window, INBOX_SUBJECT) == ["แจ้งกำหนดการตรวจราชการ"]
    sender = cells(window, INBOX_FROM)
    assert sender == ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"], "the sender by name, not its code CM"
    assert re.fullmatch("1/25[0-9]{2}", cells(window, 0)[0])  # as the register book writes it


def test_search_finds_parts_of_thai_words(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _find(window, qtbot, "ทำงาน ครั้งที่ 2")
    assert cells(window, SUBJECT) == ["ขอเชิญประชุมคณะทำงาน ครั้งที่ 2"]
    _find(window, qtbot, "ชุมคณะ")  # inside a word: Thai has no spaces between words
    assert len(cells(window, SUBJECT)) == 3
    window.show_section("receive-register")
    _find(window, qtbot, "ตรวจราช")
    assert cells(window, 5) == ["แจ้งกำหนดการตรวจราชการ"]
    window.show_section("inbox")
    found = cells(window, INBOX_SUBJECT)
    assert found == ["แจ้งกำหนดการตรวจราชการ"], "the inbox searches through the receive register"
    _find(window, qtbot, "ไม่มีเรื่องนี้")
    assert cells(window, INBOX_SUBJECT) == []


def test_long_lists_load_page_by_page(qtbot: Any, tmp_path: Path) -> None:
    opened = open_workspace(tmp_path / "big")
    try:
        letters = opened.letters
        for i in range(230):
            letters.create("memo", example("memo") | {"subject": f"เรื่องที่ {i}"})
        window = open_window(qtbot, opened, tmp_path / "w.ini")
        assert window.model.rowCount() == 100 and window.model.canFetchMore()
        window.table.scrollToBottom()
        qtbot.waitUntil(lambda: window.model.rowCount() > 100)
        while window.model.canFetchMore():
            window.model.fetchMore()
        assert window.model.rowCount() == 230
        assert len(set(cells(window, SUBJECT))) == 230, "no letter shown twice or skipped across pages"
        window.close()
    finally:
        opened.close()


def test_the_event_loop_runs_while_work_is_in_the_background(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    results: list[str] = []
    window.tasks.run(lambda: time.sleep(1.0) or "done", results.append)
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    timer.stop()
    assert len(ticks) >= 20, f"the GUI thread stalled: {len(ticks)} timer ticks in a second of work"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.5


def test_failures_in_the_background_reach_the_window(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    errors: list[BaseException] = []

    def broken() -> None:
        raise OSError(28, "No space left on device")

    window.tasks.run(broken, failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], OSError) and window.tasks.busy == 0


def test_the_window_remembers_its_layout(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    settings = tmp_path / "w.ini"
    window = open_window(qtbot, workspace, settings)
    window.resize(720, 520)  # inside the offscreen screen (800 × 600): Qt keeps windows on screen
    window.splitter.setSizes([300, 420])
    window.close()
    again = open_window(qtbot, workspace, settings)
    assert (again.width(), again.height()) == (720, 520)
    assert again.splitter.sizes()[0] == 300


def test_the_window_shows_before_the_store_opens_and_fills_in(qtbot: Any, tmp_path: Path) -> None:
    from eoffice_desktop.ui.gui import start_window

    data = tmp_path / "fresh"
    window, opened = start_window(data)
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        qtbot.waitUntil(lambda: bool(window.counts), timeout=20_000)
        assert window.workspace is opened[0] and window.navigation.item(1).text() == "Drafts (0)"
        assert (data / "eoffice.sqlite3").is_file()
        window.close()
    finally:
        for workspace in opened:
            workspace.close()
