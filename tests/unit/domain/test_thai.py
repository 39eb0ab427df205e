import datetime as dt

import pytest

from eoffice_desktop.domain.thai import (
    canonical_thai,
    latin_digits,
    parse_date,
    thai_date,
    thai_date_time,
    thai_digits,
    thai_short_date,
    typed_date,
)


def test_digits_round_trip() -> None:
    assert thai_digits("ดศ 0201/123") == "ดศ ๐๒๐๑/๑๒๓"
    assert latin_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


def test_dates_are_buddhist_era_with_full_month_names() -> None:
    assert thai_date(dt.date(2025, 11, 24)) == "๒๔ พฤศจิกายน ๒๕๖๘"
    assert thai_date(dt.date(2026, 1, 1), with_era=True) == "๑ มกราคม พ.ศ. ๒๕๖๙"
    assert thai_date(dt.date(2024, 2, 29)) == "๒๙ กุมภาพันธ์ ๒๕๖๗"


def test_minutes_date_a_meeting_with_its_day_of_the_week() -> None:
    assert thai_date(dt.date(2025, 12, 10), with_era=True, with_weekday=True) == "วันพุธที่ ๑๐ ธันวาคม พ.ศ. ๒๕๖๘"
    assert thai_date(dt.date(2026, 1, 4), with_weekday=True) == "วันอาทิตย์ที่ ๔ มกราคม ๒๕๖๙"


def test_lists_write_dates_with_short_month_names() -> None:
    assert thai_short_date(dt.date(2026, 12, 4)) == "๔ ธ.ค. ๒๕๖๙"
    assert thai_short_date(dt.date(2027, 5, 31)) == "๓๑ พ.ค. ๒๕๗๐"


def test_canonical_form_accepts_decomposed_sara_am_and_reordered_nikhahit() -> None:
    assert (
        canonical_thai("น้ำ") == canonical_thai("น\u0e49\u0e4d\u0e32") == canonical_thai("น\u0e4d\u0e49\u0e32")
    )
    assert canonical_thai("ที่  ๑๒") == "ที่ 12"
    assert canonical_thai("ที่") != canonical_thai("ที")


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("4/12/2569", dt.date(2026, 12, 4)),
        ("24/1/2569", dt.date(2026, 1, 24)),
        ("04/01/2569", dt.date(2026, 1, 4)),
        ("๔/๑๒/๒๕๖๙", dt.date(2026, 12, 4)),
        (" 4 / 12 / 2569 ", dt.date(2026, 12, 4)),
        ("4-12-2569", dt.date(2026, 12, 4)),
        ("4.12.2569", dt.date(2026, 12, 4)),
        ("4/12/2026", dt.date(2026, 12, 4)),
        ("2026-12-04", dt.date(2026, 12, 4)),
        ("๒๐๒๖-๑๒-๐๔", dt.date(2026, 12, 4)),
        ("29/2/2567", dt.date(2024, 2, 29)),
        ("29/2/2569", None),
        ("12/2569", None),
        ("", None),
        ("today", None),
    ],
)
def test_dates_as_thai_offices_type_them(typed: str, date: dt.date | None) -> None:
    assert parse_date(typed) == date


def test_a_typed_date_reads_back_as_itself() -> None:
    day = dt.date(2026, 1, 1)
    for _ in range(800):
        assert parse_date(typed_date(day)) == day
        day += dt.timedelta(days=1)


def test_a_stamps_time_is_thai_time_with_thai_digits() -> None:
    # 23:30 UTC on 3 December is 06:30 on 4 December in Bangkok (UTC+7, no daylight saving)
    late = dt.datetime(2026, 12, 3, 23, 30, tzinfo=dt.UTC)
    assert thai_date_time(late) == "๔ ธันวาคม ๒๕๖๙ เวลา ๐๖.๓๐ น."
    new_york = dt.timezone(dt.timedelta(hours=-5))
    assert thai_date_time(dt.datetime(2026, 12, 4, 2, 30, tzinfo=new_york)) == "๔ ธันวาคม ๒๕๖๙ เวลา ๑๔.๓๐ น."
    with pytest.raises(ValueError, match="aware"):
        thai_date_time(dt.datetime(2026, 12, 4, 14, 30))
