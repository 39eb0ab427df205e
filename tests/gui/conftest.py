"""Fixtures of the window tests."""

from collections.abc import Iterator
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
