import datetime as dt

from eoffice_desktop.domain.thai import (
    canonical_thai,
    latin_digits,
    thai_date,
    thai_digits,
    thai_short_date,
)


def test_digits_round_trip() -> None:
    assert thai_digits("ดศ 0201/123") == "ดศ ๐๒๐๑/๑๒๓"
    assert latin_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


def test_dates_are_buddhist_era_with_full_month_names() -> None:
    assert thai_date(dt.date(2025, 11, 24)) == "๒๔ พฤศจิกายน ๒๕๖๘"
    assert thai_date(dt.date(2026, 1, 1), with_era=True) == "๑ มกราคม พ.ศ. ๒๕๖๙"
    assert thai_date(dt.date(2024, 2, 29)) == "๒๙ กุมภาพันธ์ ๒๕๖๗"


def test_lists_write_dates_with_short_month_names() -> None:
    assert thai_short_date(dt.date(2026, 12, 4)) == "๔ ธ.ค. ๒๕๖๙"
    assert thai_short_date(dt.date(2027, 5, 31)) == "๓๑ พ.ค. ๒๕๗๐"


def test_canonical_form_accepts_decomposed_sara_am_and_reordered_nikhahit() -> None:
    assert (
        canonical_thai("น้ำ") == canonical_thai("น\u0e49\u0e4d\u0e32") == canonical_thai("น\u0e4d\u0e49\u0e32")
    )
    assert canonical_thai("ที่  ๑๒") == "ที่ 12"
    assert canonical_thai("ที่") != canonical_thai("ที")
