"""The window speaks Thai by default and English on request; every string in ui/ has its Thai translation,
and the catalogue is up to date with the code (run scripts/translations after changing strings)."""

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.resources import resource_path
from eoffice_desktop.ui.i18n import _lrelease
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.helpers import ROOT

TS = ROOT / "resources" / "translations" / "eoffice_th.ts"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    yield opened
    opened.close()


def test_the_window_is_thai_by_default(
    qtbot: Any, workspace: Workspace, tmp_path: Path, language: Any
) -> None:
    assert language("th"), "no Thai catalogue was installed"
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.counts))
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels[:2] == ["งานของฉัน (๐)", "ร่างหนังสือ (๐)"] and "ทะเบียนหนังสือรับ" in labels
    assert window.status.text() == "รอส่ง ๐ ฉบับ"
    window.show_section("draft")
    assert window.model.headerData(4, Qt.Orientation.Horizontal) == "เรื่อง"


def test_english_on_request(qtbot: Any, workspace: Workspace, tmp_path: Path, language: Any) -> None:
    assert len(language("en")) == 1  # the plural forms only: English is the strings' own language
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(window)
    assert window.navigation.item(0).text().startswith("My tasks")
    assert window.navigation.item(1).text().startswith("Drafts")
    qtbot.waitUntil(lambda: bool(window.status.text()))
    assert window.status.text() == "0 letters waiting to be sent"
    assert window.section_counts.tr("%n letter(s) waiting to be sent", "", 1) == "1 letter waiting to be sent"


@pytest.mark.parametrize(("ts", "options"), [(TS, []), (TS.with_name("eoffice_en.ts"), ["-pluralonly"])])
def test_every_string_is_translated_and_the_catalogue_is_current(
    tmp_path: Path, ts: Path, options: list[str]
) -> None:
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<numerusform></numerusform>" not in text
    lupdate = _lrelease()
    assert lupdate is not None
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(lupdate.with_name(lupdate.name.replace("lrelease", "lupdate"))),
            "-silent",
            *options,
            *map(str, sorted((ROOT / "src/eoffice_desktop/ui").glob("*.py"))),
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    sources = lambda t: set(re.findall(r"<source>(.*?)</source>", t))  # noqa: E731
    assert sources(fresh.read_text(encoding="utf-8")) == sources(text), "run scripts/translations"
    assert resource_path("translations").is_dir()


def test_times_read_as_a_thai_reader_writes_them(language: Any) -> None:
    import datetime as dt

    from eoffice_desktop.ui.messages import display_time

    moment = dt.datetime(2026, 11, 24, 7, 42, tzinfo=dt.UTC)
    local = moment.astimezone()
    language("th")
    shown = display_time(moment.isoformat())
    assert (
        shown.startswith(f"{'๒๔' if local.day == 24 else ''}") and "๒๕๖๙" in shown and shown.endswith(" น.")
    )
    assert "2026" not in shown and display_time(None) == "—"
