"""The directory held in the store: replaced whole by sync, the user's own groups kept, Thai search."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from eoffice_desktop.store.db import Store, open_store
from eoffice_desktop.store.directory import Directory, DirectoryError

SERVER = {
    "etag": '"3-DEMO-A"',
    "agency": "DEMO-A",
    "agencies": [
        {"code": "DEMO-A", "name_th": "สำนักงานตัวอย่าง ก"},
        {"code": "DEMO-B", "name_th": "สำนักงานตัวอย่าง ข", "ministry": "กระทรวงตัวอย่าง"},
        {"code": "KK-NAMPHONG", "name_th": "ที่ว่าการอำเภอน้ำพอง", "parent": "KK"},
        {"code": "KK", "name_th": "ศาลากลางจังหวัดขอนแก่น"},
    ],
    "groups": [{"name": "อำเภอในจังหวัดขอนแก่น", "members": ["KK-NAMPHONG", "GONE"]}],
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def test_sync_replaces_the_directory_and_published_groups_but_keeps_the_users_own(store: Store) -> None:
    directory = Directory(store)
    assert directory.replace(SERVER) == 4
    assert directory.etag() == '"3-DEMO-A"' and directory.own_agency() == "DEMO-A"
    directory.save_group("ของฉัน", ["DEMO-B", "KK", "DEMO-B"])
    groups = directory.groups()
    assert [(g.name, g.published, g.members) for g in groups] == [
        ("อำเภอในจังหวัดขอนแก่น", True, ("KK-NAMPHONG",)),  # a member the directory lacks is left out
        ("ของฉัน", False, ("DEMO-B", "KK")),
    ]
    directory.save_group("ของฉัน", ["KK"])  # saving again under the same name replaces it
    changed = {**SERVER, "etag": '"4-DEMO-A"', "agencies": SERVER["agencies"][:2], "groups": []}
    directory.replace(changed)
    assert directory.count() == 2 and directory.thai_name("KK") is None
    assert [(g.name, g.members) for g in directory.groups()] == [("ของฉัน", ("KK",))]
    with pytest.raises(DirectoryError):
        directory.save_group("   ", ["KK"])
    with pytest.raises(DirectoryError):
        directory.save_group("กลุ่มว่าง", [])
    assert directory.delete_group("ของฉัน") and not directory.groups()


def test_a_published_groups_name_is_not_taken_by_the_users(store: Store) -> None:
    directory = Directory(store)
    directory.replace(SERVER)
    with pytest.raises(DirectoryError) as refused:
        directory.save_group("อำเภอในจังหวัดขอนแก่น", ["KK"])
    assert "ชื่ออื่น" in refused.value.thai
    assert not directory.delete_group("อำเภอในจังหวัดขอนแก่น"), "published groups are the server's"


def test_thai_search_takes_any_part_of_a_name_in_either_form_of_sara_am(store: Store) -> None:
    directory = Directory(store)
    directory.replace(SERVER)
    assert [a.code for a in directory.search("น้ำ")] == ["KK-NAMPHONG"]
    assert [a.code for a in directory.search("น\u0e49\u0e4d\u0e32")] == ["KK-NAMPHONG"]  # as a PDF gives it
    assert [a.code for a in directory.search("ตัวอย่าง")] == ["DEMO-A", "DEMO-B"]
    assert [a.code for a in directory.search("กระทรวงตัวอย่าง")] == ["DEMO-B"]  # the ministry too
    assert [a.code for a in directory.search("100%")] == []
    assert len(directory.search("")) == 4
    with pytest.raises(DirectoryError):
        directory.replace({"agencies": [{"code": "X"}]})  # no Thai name: nothing replaced
    twice = {"name": "ซ้ำ", "members": ["KK"]}
    with pytest.raises(DirectoryError):
        directory.replace({**SERVER, "groups": [twice, twice]})
    assert directory.count() == 4 and len(directory.groups()) == 1
