"""What the cells of the window's lists say: digits, dates and times as the window's language writes them,
the kind of letter by its template's title, speed and secrecy classes (in red), agencies by name.

Each cell is made from the row the store returned: nothing here asks the store again.
"""

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.domain.classes import NONE, SECRECY_CLASSES, SPEED_CLASSES, is_highest, rank
from eoffice_desktop.domain.thai import latin_digits, thai_digits, thai_short_date
from eoffice_desktop.ui.messages import thai_ui
from eoffice_desktop.ui.paged_model import Alert, Column

if TYPE_CHECKING:
    from eoffice_desktop.workspace import Workspace

translate = QCoreApplication.translate  # lupdate finds translate("Sections", "…") calls

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""Fixed English month names: strftime's would follow the C library's locale, which Qt sets from the
system (Thai on a Thai desktop)."""


def digits(text: str | None) -> str:
    """``text`` with Thai digits in the Thai window (as the letters write them), Latin ones in English.
    Only what is shown changes; stored text stays as it was written."""
    return thai_digits(text or "") if thai_ui() else latin_digits(text or "")


def short_date(date: dt.date | None) -> str:
    """``๔ ธ.ค. ๒๕๖๙`` (BE year), or ``4 Dec 2026``."""
    if date is None:
        return ""
    if thai_ui():
        return thai_short_date(date)
    return f"{date.day} {MONTHS_EN[date.month - 1]} {date.year}"


def short_time(moment: dt.datetime | None) -> str:
    """A moment in local time with its date: ``๔ ธ.ค. ๒๕๖๙ ๑๔:๓๐``, or ``4 Dec 2026 14:30``."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{short_date(local.date())} {digits(local.strftime('%H:%M'))}"


def register_number(number: int, year: int) -> str:
    """A register number as the register book writes it: ๑๒/๒๕๖๙ (number/BE year)."""
    return digits(f"{number}/{year}")


def kind_titles(workspace: "Workspace | None") -> dict[str, str]:
    """Template id → the kind of letter it makes (หนังสือภายนอก, บันทึกข้อความ, คำสั่ง …), from the template
    registry, in the window's language."""
    if workspace is None:
        return {}
    thai = thai_ui()
    return {t.id: t.title if thai else (t.title_en or t.title) for t in workspace.services.templates}


def _class_names() -> dict[str, str]:
    """The classes in the window's language (in the Thai window, the regulation's own words)."""
    return {
        "ด่วน": translate("Sections", "Urgent"),
        "ด่วนมาก": translate("Sections", "Very urgent"),
        "ด่วนที่สุด": translate("Sections", "Most urgent"),
        "ลับ": translate("Sections", "Confidential"),
        "ลับมาก": translate("Sections", "Secret"),
        "ลับที่สุด": translate("Sections", "Top secret"),
    }


def _class_column(
    title: str, sort: str, value: Callable[[Any], str | None], classes: tuple[str, ...]
) -> Column:
    names = _class_names()

    def text(row: Any) -> str:
        shown = (value(row) or "").strip()
        return names.get(shown) or digits(shown)  # an agency's own class (ปกปิด) as it is written

    def alert(row: Any) -> Alert:
        chosen = value(row)
        if rank(chosen, classes) == NONE:
            return Alert.NONE
        return Alert.STRONG if is_highest(chosen, classes) else Alert.RED

    return Column(title, text, sort, descending_first=True, alert=alert)  # the most urgent first


def speed_column(value: Callable[[Any], str | None]) -> Column:
    """ชั้นความเร็ว: ด่วน, ด่วนมาก in red, ด่วนที่สุด in bold red."""
    return _class_column(translate("Sections", "Speed"), "speed", value, SPEED_CLASSES)


def secrecy_column(value: Callable[[Any], str | None]) -> Column:
    """ชั้นความลับ: ลับ, ลับมาก in red, ลับที่สุด in bold red."""
    return _class_column(translate("Sections", "Secrecy"), "secrecy", value, SECRECY_CLASSES)
