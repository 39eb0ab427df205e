"""The list of kinds to draft: external letter and memo first, each kind's whole description readable (wrapped
to the list's width, never cut), Enter or a double-click chooses; in the English window, English words."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from eoffice_desktop.templates import default_registry
from eoffice_desktop.ui.template_picker import KindDelegate, TemplatePicker

pytest.importorskip("pytestqt")


def _picker(qtbot: Any, width: int | None = None) -> TemplatePicker:
    picker = TemplatePicker(list(default_registry()))
    qtbot.addWidget(picker)
    if width is not None:
        picker.resize(width, picker.height())
    picker.show()
    qtbot.waitExposed(picker)
    QApplication.processEvents()
    return picker


def _texts_fit(picker: TemplatePicker) -> None:
    """Every item is as tall as its wrapped title and description need, and no wider than the list."""
    view = picker.list
    delegate = view.itemDelegate()
    assert isinstance(delegate, KindDelegate)
    for row in range(view.count()):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        option = QStyleOptionViewItem()
        option.font = view.font()
        needed = delegate.document(index, option).size()
        assert rect.height() >= needed.height() and rect.right() <= view.viewport().width()
        assert needed.width() <= view.viewport().width()


def test_the_kinds_used_most_come_first_with_their_whole_description(qtbot: Any) -> None:
    picker = _picker(qtbot)
    ids = [picker.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(picker.list.count())]
    assert ids[:2] == ["external-letter", "memo"]
    stamped = default_registry().get("stamped-letter")
    item = picker.list.item(ids.index("stamped-letter"))
    assert item.text().endswith(stamped.description_en)  # the test's window is English
    _texts_fit(picker)
    tall = picker.list.visualRect(picker.list.model().index(ids.index("stamped-letter"), 0)).height()

    narrow = _picker(qtbot, 300)  # the description wraps onto more lines, and the item grows with it
    _texts_fit(narrow)
    index = narrow.list.model().index(ids.index("stamped-letter"), 0)
    assert narrow.list.visualRect(index).height() > tall


def test_enter_and_double_click_choose(qtbot: Any) -> None:
    picker = _picker(qtbot)
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
        qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert chosen.args[0].id == "memo" and not picker.isVisible()

    again = _picker(qtbot)
    view = again.list
    with qtbot.waitSignal(again.chosen) as chosen:
        target = view.visualRect(view.model().index(2, 0)).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert chosen.args[0].id == again.templates[2].id


def test_the_thai_window_shows_thai_titles(qtbot: Any, language: Any) -> None:
    language("th")
    picker = _picker(qtbot)
    assert picker.list.item(0).text().startswith("หนังสือภายนอก\n")
    assert picker.windowTitle() != "New letter"
