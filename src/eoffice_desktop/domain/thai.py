"""Thai digits, Buddhist Era dates and text normalisation."""

import datetime as dt
import functools
import re
import unicodedata
import zoneinfo

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
LATIN_DIGITS = "0123456789"
_TO_THAI = str.maketrans(LATIN_DIGITS, THAI_DIGITS)
_TO_LATIN = str.maketrans(THAI_DIGITS, LATIN_DIGITS)

BE_OFFSET = 543
"""Buddhist Era year = Common Era year + 543."""

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)

THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
"""The short month names of lists and tables; letters write the full names (:data:`THAI_MONTHS`)."""

_TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"
_NIKHAHIT = "\u0e4d"
_SARA_AM = "\u0e33"
_SARA_AA = "\u0e32"


def thai_digits(text: str) -> str:
    """Replace every Latin digit with its Thai digit (U+0E50-U+0E59)."""
    return text.translate(_TO_THAI)


def latin_digits(text: str) -> str:
    """Replace every Thai digit with its Latin digit."""
    return text.translate(_TO_LATIN)


def be_year(date: dt.date) -> int:
    return date.year + BE_OFFSET


THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
"""Monday first, as :meth:`datetime.date.weekday` counts."""


def thai_date(date: dt.date, *, with_era: bool = False, with_weekday: bool = False) -> str:
    """``๒๔ พฤศจิกายน ๒๕๖๘`` (or ``๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘`` with ``with_era``), as the regulation writes it;
    with ``with_weekday`` as minutes date a meeting: ``วันพุธที่ ๑๐ ธันวาคม พ.ศ. ๒๕๖๘``."""
    era = "พ.ศ. " if with_era else ""
    day = f"วัน{THAI_WEEKDAYS[date.weekday()]}ที่ {date.day}" if with_weekday else str(date.day)
    return thai_digits(f"{day} {THAI_MONTHS[date.month - 1]} {era}{be_year(date)}")


THAI_TIME_ZONE = "Asia/Bangkok"
"""The time Thai letters and stamps are written in, whatever the machine's own time zone."""


@functools.cache
def thai_zone() -> zoneinfo.ZoneInfo:
    """Asia/Bangkok from the system's time zone database, or the ``tzdata`` package (Windows has no database
    of its own: the package is a dependency there)."""
    return zoneinfo.ZoneInfo(THAI_TIME_ZONE)


def thai_date_time(when: dt.datetime) -> str:
    """``๔ ธันวาคม ๒๕๖๙ เวลา ๑๔.๓๐ น.``: the moment ``when`` (aware) in Thai time, as a signature stamp
    writes it. A naive datetime is refused: its time zone would be a guess."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("thai_date_time needs an aware datetime")
    local = when.astimezone(thai_zone())
    return f"{thai_date(local.date())} เวลา {thai_digits(f'{local:%H.%M}')} น."


BE_YEARS_FROM = 2400
"""A four-digit year from here on is a Buddhist Era year (2400 BE is 1857 CE: no letter is dated then)."""

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> dt.date | None:
    """A date as Thai offices type it, or None when ``text`` is not one.

    Accepted: day/month/year with one or two digits for day and month (``4/12/2569``, ``24/01/2569``), the
    year in Buddhist Era (from 2400) or Common Era, ``/``, ``.`` or ``-`` between them; ISO ``2026-12-04``
    (Common Era); Thai or Latin digits. Impossible dates (31/2/2569) are None.
    """
    text = latin_digits(text.strip())
    iso = _ISO.fullmatch(text)
    if iso is not None:
        year, month, day = (int(g) for g in iso.groups())
    else:
        match = _DAY_MONTH_YEAR.fullmatch(text)
        if match is None:
            return None
        day, month, year = (int(g) for g in match.groups())
        if year >= BE_YEARS_FROM:
            year -= BE_OFFSET
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def typed_date(date: dt.date) -> str:
    """``4/12/2569``: the way a date is typed in Thai offices (day/month/BE year), which parse_date reads."""
    return f"{date.day}/{date.month}/{be_year(date)}"


def thai_short_date(date: dt.date) -> str:
    """``๔ ธ.ค. ๒๕๖๙``: a date in a list, where the full month name of a letter takes too much room."""
    return thai_digits(f"{date.day} {THAI_MONTHS_SHORT[date.month - 1]} {be_year(date)}")


def canonical_thai(text: str) -> str:
    """A normal form for comparing and searching Thai text.

    Sara am (ำ) is written as nikhahit + sara aa, the way PDF text extraction often returns it, a tone mark
    that a shaping engine moved after the nikhahit goes back before it, Thai digits become Latin and
    whitespace runs collapse to one space.
    """
    text = unicodedata.normalize("NFC", text).replace(_SARA_AM, _NIKHAHIT + _SARA_AA)
    chars = list(text)
    for i in range(len(chars) - 1):
        if chars[i] == _NIKHAHIT and chars[i + 1] in _TONE_MARKS:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return " ".join(latin_digits("".join(chars)).split())
