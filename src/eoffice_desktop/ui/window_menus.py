"""The main window's menus, toolbar and shortcuts: File (verify a PDF, settings), View (refresh, find) and
Letters (new, open, route, present, sign, send, print). Sync adds its own menu (ui/sync_status.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from eoffice_desktop.ui.actions import add_action

if TYPE_CHECKING:
    from eoffice_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate finds translate("MainWindow", "…") calls


@dataclass(frozen=True)
class LetterActions:
    """The Letters menu's actions, which the toolbar shares."""

    new: QAction
    open: QAction
    route: QAction
    present: QAction
    sign: QAction
    send: QAction
    print: QAction


def build_menus(window: MainWindow) -> LetterActions:
    """The window's menus, toolbar and shortcuts; the Letters actions returned."""
    _file_and_view(window)
    return _letters(window)


def _file_and_view(window: MainWindow) -> None:
    refresh = QAction(translate("MainWindow", "Refresh"), window)
    refresh.setShortcut(QKeySequence.StandardKey.Refresh)
    refresh.triggered.connect(window.refresh)
    find = QAction(translate("MainWindow", "Find"), window)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(lambda: window.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
    window.addActions([refresh, find])
    verify = QAction(translate("MainWindow", "Verify a PDF…"), window)
    verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
    verify.triggered.connect(lambda: window.open_verify())  # noqa: PLW0108 (triggered passes `checked`)
    window.addAction(verify)
    settings = QAction(translate("MainWindow", "Settings…"), window)
    settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.triggered.connect(lambda: window.open_settings())  # noqa: PLW0108 (triggered passes `checked`)
    window.addAction(settings)
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(verify)
    file_menu.addAction(settings)
    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(refresh)
    view_menu.addAction(find)


def _letters(window: MainWindow) -> LetterActions:
    from eoffice_desktop.ui.case_window import present_selected
    from eoffice_desktop.ui.route_window import submit_selected

    new_key = QKeySequence(QKeySequence.StandardKey.New)
    new = add_action(window, translate("MainWindow", "New letter…"), new_key, window.new_letter)
    open_action = add_action(window, translate("MainWindow", "Open"), "Return", window.open_selected)
    open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])  # and the keypad's
    open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.table.addAction(open_action)
    route = translate("MainWindow", "Submit on a route…")
    present = translate("MainWindow", "Present a received letter…")
    print_key = QKeySequence(QKeySequence.StandardKey.Print)
    made = LetterActions(
        new=new,
        open=open_action,
        route=add_action(window, route, "Ctrl+Shift+R", lambda: submit_selected(window)),
        present=add_action(window, present, "Ctrl+Shift+P", lambda: present_selected(window)),
        sign=add_action(
            window, translate("MainWindow", "Sign…"), "Ctrl+Shift+S", window.sending.sign_selected
        ),
        send=add_action(
            window, translate("MainWindow", "Send…"), "Ctrl+Shift+D", window.sending.send_selected
        ),
        print=add_action(window, translate("MainWindow", "Print…"), print_key, window.print_selected),
    )
    menu = window.menuBar().addMenu(translate("MainWindow", "&Letters"))
    for action in (made.new, made.open, made.route, made.present, made.sign, made.send, made.print):
        menu.addAction(action)
    bar = window.addToolBar(translate("MainWindow", "Letters"))
    bar.setObjectName("letters-toolbar")
    for action in (made.new, made.route, made.present, made.sign, made.send, made.print):
        bar.addAction(action)
    return made
