import datetime as dt
from typing import Any

import pytest

from eoffice_desktop.domain.errors import FieldError
from eoffice_desktop.domain.fields import ValidationContext, validate
from eoffice_desktop.templates import default_registry
from tests.helpers import example


def _validate(data: dict[str, Any], template: str = "external-letter") -> dict[str, Any]:
    registry = default_registry()
    return validate(data, registry.get(template).fields, ValidationContext(registry.salutations))


def test_example_letter_validates_with_typed_values() -> None:
    values = _validate(example("external-letter"))
    assert values["date"] == dt.date(2025, 11, 24)
    assert str(values["number"]) == "ดศ ๐๒๐๑/๑๒๓"
    assert values["salutation"] == "เรียน"
    assert values["closing"] == "ขอแสดงความนับถือ"


def test_closing_follows_the_salutation() -> None:
    data = example("external-letter") | {"salutation": "กราบเรียน"}
    assert _validate(data)["closing"] == "ขอแสดงความนับถืออย่างยิ่ง"


def test_unknown_salutation_without_closing_is_an_error_naming_closing() -> None:
    data = example("external-letter") | {"salutation": "สวัสดี"}
    with pytest.raises(FieldError) as err:
        _validate(data)
    assert err.value.field == "closing"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"date": "31/2/2569"}, "date"),
        ({"date": "24 Nov 2025"}, "date"),
        ({"date": "2568-11-24"}, "date"),
        ({"number": "123"}, "number"),
        ({"speed": "ด่วนพิเศษ"}, "speed"),
        ({"signer": {"name": "นายสมชาย ใจดี"}}, "signer.positions"),
        ({"subjet": "typo"}, "subjet"),
        ({"body": "not a list but fine"}, None),
        ({"address": {"a": 1}}, "address"),
    ],
)
def test_errors_name_the_field(change: dict[str, Any], field: str | None) -> None:
    data = example("external-letter") | change
    if field is None:
        _validate(data)
        return
    with pytest.raises(FieldError) as err:
        _validate(data)
    assert err.value.field == field
    assert field in str(err.value)


def test_missing_required_field() -> None:
    data = example("external-letter")
    del data["recipient"]
    with pytest.raises(FieldError, match="recipient"):
        _validate(data)


def test_thai_digit_dates_are_accepted() -> None:
    assert _validate(example("external-letter") | {"date": "๒๐๒๕-๑๑-๒๔"})["date"] == dt.date(2025, 11, 24)


@pytest.mark.parametrize("typed", ["24/11/2568", "24/11/2025", "๒๔/๑๑/๒๕๖๘", "24.11.2568", "2025-11-24"])
def test_dates_typed_the_thai_way_are_accepted(typed: str) -> None:
    assert _validate(example("external-letter") | {"date": typed})["date"] == dt.date(2025, 11, 24)
