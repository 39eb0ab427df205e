"""The people held in the store: replaced whole by sync, found by any part of a Thai name, position, unit or
id, and whom the workstation acts for."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from eoffice_desktop.domain.people import Role
from eoffice_desktop.store.db import Store, open_store
from eoffice_desktop.store.people import People, PeopleError

SERVER = {
    "etag": '"7-DS"',
    "people": [
        {
            "person_id": "P001",
            "agency": "DS",
            "name": "นางสาวสมใจ ตั้งใจ",
            "position": "นักจัดการงานทั่วไป",
            "unit": "กองกลาง",
            "roles": ["drafter"],
            "certificates": [],
        },
        {
            "person_id": "P002",
            "agency": "DS",
            "name": "นายน้ำใส ใจดี",
            "position": "ผู้อำนวยการกองกลาง",
            "unit": "กองกลาง",
            "roles": ["signer", "reviewer"],
            "certificates": ["ab" * 32],
        },
    ],
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def test_people_are_replaced_whole_and_found_by_any_part_of_their_thai_text(store: Store) -> None:
    people = People(store)
    assert people.etag() is None and people.all() == []
    assert people.replace(SERVER) == 2
    assert people.etag() == '"7-DS"'
    assert [p.person_id for p in people.search("สม")] == ["P001"]
    assert [p.person_id for p in people.search("กองกลาง")] == ["P001", "P002"]
    assert [p.person_id for p in people.search("น\u0e4d\u0e49\u0e32")] == [
        "P002"
    ]  # sara am typed as two marks
    assert [p.person_id for p in people.search("p002")] == ["P002"]
    assert [p.person_id for p in people.search("ใจดี ผู้อำนวยการ")] == ["P002"]
    found = people.get("P002")
    assert found is not None and found.roles == (Role.REVIEWER, Role.SIGNER)
    assert found.certificates == ("ab" * 32,)
    people.replace({"etag": '"8-DS"', "people": SERVER["people"][:1]})
    assert [p.person_id for p in people.all()] == ["P001"] and people.get("P002") is None


def test_a_malformed_list_changes_nothing(store: Store) -> None:
    people = People(store)
    people.replace(SERVER)
    broken = {"etag": '"9-DS"', "people": [*SERVER["people"], {"person_id": "P003", "roles": ["boss"]}]}
    with pytest.raises(PeopleError):
        people.replace(broken)
    assert people.etag() == '"7-DS"' and len(people.all()) == 2


def test_whom_the_token_stands_for_is_kept(store: Store) -> None:
    people = People(store)
    assert people.me() is None and people.workstation() is None
    people.set_me({"workstation": "desk-07", "agency": "DS", "person": SERVER["people"][1]})
    me = people.me()
    assert me is not None and me.name == "นายน้ำใส ใจดี" and people.workstation() == "desk-07"
    people.set_me({"workstation": "desk-07", "agency": "DS", "person": None})
    assert people.me() is None
