"""Finding English that a Thai window shows: every visible text of a widget tree (labels, buttons, menus,
actions, placeholders, headers, window titles) with an English word in it."""

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTreeView,
    QWidget,
)

# Words that Thai offices use as they are: the program's and standards' names, keys, units and codes.
ALLOWED = set(
    [
        "pin",
        "pdf",
        "ctrl",
        "shift",
        "alt",
        "enter",
        "esc",
        "tab",
        "demo",
        "pkcs",
        "tsa",
        "ocsp",
        "crl",
        "csv",
        "png",
        "jpeg",
        "svg",
        "kb",
        "mb",
        "b-b",
        "b-t",
        "b-lt",
        "b-lta",
        "e-office",
        "qt",
        "url",
        "id",
        "ca",
        "pades",
        "usb",
        "it",
        "ok",
        "up",
        "down",
        "left",
        "right",
        "del",
        "delete",
        "home",
        "end",
        "pgup",
        "pgdown",
        "backspace",
        "return",
    ]
)
WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")


def _texts(widget: QWidget) -> Iterable[str]:
    yield widget.windowTitle() if widget.isWindow() else ""
    yield widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QMenu):
        yield widget.title()
        yield from (action.text() for action in widget.actions())
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for action in widget.actions():
        yield action.text()


def english_words(text: str, allowed: set[str] = ALLOWED) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    plain = re.sub(r"\S*[/\\]\S*", " ", plain)  # paths and file names are what they are
    plain = re.sub(r"\S+@\S+|\b[0-9a-fA-F]*\d[0-9a-fA-F]*\b", " ", plain)  # e-mail addresses, serials
    return [w for w in WORD.findall(plain) if w.lower() not in allowed and len(w) > 1]


def english_in(root: QWidget, allowed: set[str] = ALLOWED) -> dict[str, list[str]]:
    """``{text: [english words]}`` for every visible text under ``root`` that has an English word."""
    found: dict[str, list[str]] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root and not isinstance(widget, QMenu):
            continue
        for text in _texts(widget):
            words = english_words(text or "", allowed)
            if words:
                found[text] = words
    return found
