"""Fixtures of the window tests."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from eoffice_desktop.ui.i18n import install_translations


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    installed: list[QTranslator] = []

    def use(code: str) -> list[QTranslator]:
        installed.extend(install_translations(qapp, code))
        return installed

    previous = QLocale()
    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)  # other tests read the English strings


@pytest.fixture(autouse=True)
def no_window_left_open(qapp: Any) -> Iterator[None]:
    """A dialog a test leaves open (a modal one blocks the keys of every later window) is closed after it."""
    yield
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()


@pytest.fixture
def stations(tmp_path: Path, hsm: Any, trust_root: Path, pki: Any) -> Iterator[Any]:
    """``stations(name, person)``: a workstation of one office acting for ``person`` (tests/gui/cases.py)."""
    from eoffice_desktop.workspace import Workspace
    from tests.gui.cases import station

    opened: list[Workspace] = []

    def make(name: str, person: str) -> Workspace:
        workspace = station(tmp_path, name, hsm, trust_root, pki, person)
        opened.append(workspace)
        return workspace

    yield make
    for workspace in opened:
        workspace.close()
