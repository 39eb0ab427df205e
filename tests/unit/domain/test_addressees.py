"""A memo's addressees inside the agency: tidied, bounded, read from metadata, and whom they reach."""

import pytest

from eoffice_desktop.domain.addressees import MAX_ADDRESSEES, AddresseeError, Addressees


def test_addressees_are_tidied_and_travel_in_the_metadata() -> None:
    given = Addressees.of(["  กองกลาง ", "กองกลาง", "กลุ่มงาน  คลัง"], ["P001", "P001"])
    assert given == Addressees(("กองกลาง", "กลุ่มงาน คลัง"), ("P001",))
    assert Addressees.from_metadata({"subject": "x"} | given.to_metadata()) == given
    assert Addressees.from_metadata({"subject": "x"}) == Addressees() and not Addressees()
    assert Addressees().to_metadata() == {}


@pytest.mark.parametrize(
    "metadata",
    [
        {"to_units": "กองกลาง"},
        {"to_people": [17]},
        {"to_people": ["no spaces allowed"]},
        {"to_units": ["line\nbreak"]},
        {"to_units": [""]},
        {"to_units": [f"กอง {n}" for n in range(MAX_ADDRESSEES + 1)]},
    ],
)
def test_malformed_addressees_are_refused_in_thai_too(metadata: dict[str, object]) -> None:
    with pytest.raises(AddresseeError) as caught:
        Addressees.from_metadata(metadata)
    assert caught.value.thai


def test_they_reach_the_people_named_and_the_units_however_spelt() -> None:
    memo = Addressees(("กองคลัง",), ("P009",))
    assert memo.reaches("P009", "กองแผนงาน")
    assert memo.reaches("P002", " กองคลัง")
    assert memo.reaches("P002", "กองคล\u0e31\u0e07")  # the same letters
    assert not memo.reaches("P003", "กองแผนงาน") and not memo.reaches(None, None)
    assert Addressees().reaches("P003", ""), "a letter without addressees is for everyone"
