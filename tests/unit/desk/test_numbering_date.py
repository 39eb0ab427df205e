"""The date the saraban desk fills in after signing is written as the template prints its date: orders and
announcements with พ.ศ. ("สั่ง ณ วันที่ ๕ ธันวาคม พ.ศ. ๒๕๖๙"), letters and memos without."""

import datetime as dt

import pytest

from eoffice_desktop.desk.numbering import _with_era
from eoffice_desktop.domain.thai import thai_date
from eoffice_desktop.templates.registry import default_registry


@pytest.mark.parametrize(
    ("template", "shown"),
    [
        ("order", "๕ ธันวาคม พ.ศ. ๒๕๖๙"),
        ("announcement", "๕ ธันวาคม พ.ศ. ๒๕๖๙"),
        ("memo", "๕ ธันวาคม ๒๕๖๙"),
        ("external-letter", "๕ ธันวาคม ๒๕๖๙"),
    ],
)
def test_the_filled_date_follows_the_templates_form(template: str, shown: str) -> None:
    loaded = default_registry().get(template)
    assert thai_date(dt.date(2026, 12, 5), with_era=_with_era(loaded, "date")) == shown
