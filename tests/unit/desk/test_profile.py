"""A new letter starts with the office's profile in the fields each template has for it; the template's own
defaults stay where the profile says nothing; a letter's data given whole keeps its own values."""

import pytest

from eoffice_desktop.config import Profile, Signer
from eoffice_desktop.desk.profile import profile_data, takes_signers, with_profile
from eoffice_desktop.templates import default_registry

OFFICE = Profile(
    agency="สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    agency_code="ดศ 0201",
    address=("ศูนย์ราชการฯ อาคารซี", "ถนนแจ้งวัฒนะ กรุงเทพฯ ๑๐๒๑๐"),
    owner_unit="กองกลาง",
    phone="0 2141 6747",
    email="saraban@mdes.go.th",
    signers=(
        Signer("นายสมชาย ใจดี", ("ผู้อำนวยการกองกลาง",)),
        Signer("นางสาวสมหญิง รักงาน", ("รองผู้อำนวยการกองกลาง", "ปฏิบัติราชการแทน ผู้อำนวยการกองกลาง")),
    ),
)


def test_an_external_letter_takes_every_value_of_the_profile() -> None:
    template = default_registry().get("external-letter")
    assert profile_data(template, OFFICE) == {
        "number": "ดศ 0201",
        "agency": OFFICE.agency,
        "address": list(OFFICE.address),
        "owner_unit": "กองกลาง",
        "contact": {"phone": "0 2141 6747", "email": "saraban@mdes.go.th"},  # no fax in the profile
        "signer": {"name": "นายสมชาย ใจดี", "positions": ["ผู้อำนวยการกองกลาง"]},
    }
    second = profile_data(template, OFFICE, signer=1)["signer"]
    assert second["positions"] == ["รองผู้อำนวยการกองกลาง", "ปฏิบัติราชการแทน ผู้อำนวยการกองกลาง"]


@pytest.mark.parametrize(
    ("template_id", "keys"),
    [
        ("memo", {"agency", "contact", "number", "signer"}),
        ("order", {"agency", "signer"}),  # its number is text (12/2568), not a letter code
        # no signer (a stamp), and no address: the form prints one only in place of a phone
        ("stamped-letter", {"number", "agency", "owner_unit", "contact"}),
    ],
)
def test_other_templates_take_only_the_fields_they_have(template_id: str, keys: set[str]) -> None:
    template = default_registry().get(template_id)
    assert set(profile_data(template, OFFICE)) == keys
    assert takes_signers(template) is ("signer" in keys)


def test_an_empty_profile_adds_nothing() -> None:
    for template in default_registry():
        assert profile_data(template, Profile()) == {}


def test_given_data_wins_whole_and_no_partial_number_is_added() -> None:
    template = default_registry().get("external-letter")
    given = {"agency": "กรมอื่น", "signer": {"name": "นายอื่น ใจดี"}}
    merged = with_profile(template, OFFICE, given)
    assert merged["agency"] == "กรมอื่น" and merged["signer"] == {"name": "นายอื่น ใจดี"}
    assert merged["owner_unit"] == "กองกลาง" and "number" not in merged
