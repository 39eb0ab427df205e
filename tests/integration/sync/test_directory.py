"""The agency directory: served to enrolled workstations only, pulled on sync when it changed, searched
offline; and one letter sent to several agencies reaches each of them exactly once."""

import json
from pathlib import Path

import requests

from eoffice_cloud.directory import import_agencies
from eoffice_cloud.storage import stats
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.directory import Directory
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.sync.backend import ServerError
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from tests.cloud import RunningCloud, running_cloud
from tests.directory import publish_directory as publish
from tests.helpers import run_cli


def publish_directory(cloud: RunningCloud, tmp_path: Path) -> None:
    publish(cloud.store, tmp_path)


def _sync(data_dir: Path, cloud: RunningCloud, token: str) -> str:
    code, out, err = run_cli(
        "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once"
    )
    assert code == 0, err
    return out


def test_the_directory_is_for_enrolled_workstations_and_says_when_it_changed(
    cloud: RunningCloud, tmp_path: Path
) -> None:
    publish_directory(cloud, tmp_path)
    url = f"{cloud.url}/v1/directory"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, headers={"Authorization": "Bearer eo_wrong"}, timeout=10).status_code == 401
    auth = {"Authorization": f"Bearer {cloud.token('ds-1', 'DS')}"}
    answer = requests.get(url, headers=auth, timeout=10)
    assert answer.status_code == 200
    body = answer.json()
    assert body["agency"] == "DS"
    assert {a["code"]: a["name_th"] for a in body["agencies"]}["CM-SANSAI"] == "ที่ว่าการอำเภอสันทราย"
    assert body["groups"] == [{"name": "อำเภอทุกแห่งในจังหวัดเชียงใหม่", "members": ["CM-MUEANG", "CM-SANSAI"]}]
    etag = answer.headers["ETag"]
    again = requests.get(url, headers=auth | {"If-None-Match": etag}, timeout=10)
    assert again.status_code == 304 and again.content == b""
    (tmp_path / "more.csv").write_text("code,name_th,parent\nCM-HANGDONG,ที่ว่าการอำเภอหางดง,CM\n", "utf-8")
    import_agencies(cloud.store, tmp_path / "more.csv")
    changed = requests.get(url, headers=auth | {"If-None-Match": etag}, timeout=10)
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    schema = requests.get(f"{cloud.url}/openapi.json", timeout=10).json()
    declared = schema["paths"]["/v1/directory"]["get"]["responses"]
    assert declared["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Directory"
    }
    assert {"304", "401"} <= set(declared)


def test_a_workstation_finds_agencies_offline_after_a_sync(tmp_path: Path, trust_root: Path) -> None:
    data_dir = tmp_path / "workstation"
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as cloud:
        publish_directory(cloud, tmp_path)
        token = cloud.token("ds-1", "DS")
        _sync(data_dir, cloud, token)
        store = open_store(data_dir)
        try:
            engine = SyncEngine(store, CloudClient(cloud.url, token), "clerk")
            assert engine.pull_directory() is False, "unchanged: not fetched again"
        finally:
            store.close()
    # the server is gone: the directory held answers
    code, out, err = run_cli("--data-dir", data_dir, "directory", "search", "สันทราย", "--json")
    assert code == 0, err
    assert [a["code"] for a in json.loads(out)] == ["CM-SANSAI"]
    store = open_store(data_dir)
    try:
        directory = Directory(store)
        assert directory.own_agency() == "DS"
        assert [a.code for a in directory.search("อำเภอ")] == ["CM-MUEANG", "CM-SANSAI"]
        assert directory.search("cm")[0].code == "CM"  # the exact code first
        assert [a.code for a in directory.search("cm-s")] == ["CM-SANSAI"]  # a code, any case
        assert [a.code for a in directory.search("มหาดไทย อำเภอเมือง")] == ["CM-MUEANG"]  # every word
        assert directory.thai_name("CM-MUEANG") == "ที่ว่าการอำเภอเมืองเชียงใหม่"
        assert directory.thai_name("NOWHERE") is None
        (group,) = directory.groups()
        assert group.published and group.members == ("CM-MUEANG", "CM-SANSAI")
    finally:
        store.close()


class DirectoryDown(CloudClient):
    """FAKE fault: the real server's directory cannot be made to fail on demand, so this client's directory
    call fails as a broken proxy would; everything else goes to the real server."""

    def directory(self, etag: str | None) -> dict[str, object] | None:
        raise ServerError("the server answered 502: bad gateway")


def test_a_directory_that_cannot_be_fetched_does_not_hold_letters_back(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    code, _out, err = run_cli(
        "--data-dir", data_dir, "queue", "add", signed_letters[0], "--to", "CM", "--trust", trust_root
    )
    assert code == 0, err
    store = open_store(data_dir)
    try:
        progress = SyncEngine(store, DirectoryDown(cloud.url, cloud.token("ws", "DS")), "clerk").run_once()
        assert progress.delivered == 1
        assert Directory(store).etag() is None
    finally:
        store.close()
    assert stats(cloud.store)["documents"] == 1


def test_one_letter_to_two_agencies_arrives_in_each_inbox_once(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    publish_directory(cloud, tmp_path)
    sender = tmp_path / "ds"
    token = cloud.token("ds-1", "DS")
    _sync(sender, cloud, token)  # the directory, so that the register can name the recipients
    code, _out, err = run_cli(
        "--data-dir", sender, "queue", "add", signed_letters[0], "--to", "CM-MUEANG", "--to", "CM-SANSAI",
        "--trust", trust_root,
    )  # fmt: skip
    assert code == 0, err
    # a typo is caught at once, offline, not by the server later
    code, _out, err = run_cli(
        "--data-dir", sender, "queue", "add", signed_letters[1], "--to", "CM-SANSAY", "--trust", trust_root
    )
    assert code == 1 and "not in the agency directory: CM-SANSAY" in err
    out = _sync(sender, cloud, token)
    assert "delivered 2, rejected 0" in out
    assert _sync(sender, cloud, token).startswith("delivered 0"), "nothing is sent twice"
    assert json.loads(run_cli("--data-dir", sender, "status", "--json")[1])["delivered"] == 1
    (entry,) = json.loads(run_cli("--data-dir", sender, "register", "search", "อำเภอ", "--json")[1])
    assert entry["to_party"] == "ที่ว่าการอำเภอเมืองเชียงใหม่, ที่ว่าการอำเภอสันทราย"
    assert stats(cloud.store)["documents"] == 2
    for recipient in ("CM-MUEANG", "CM-SANSAI"):
        data_dir = tmp_path / recipient
        _sync(data_dir, cloud, cloud.token(f"{recipient}-1", recipient))
        _sync(data_dir, cloud, cloud.token(f"{recipient}-1", recipient))
        store = open_store(data_dir)
        try:
            (received,) = Inbox(store, "clerk").list()
            assert received.sender_agency == "DS"
            assert Directory(store).thai_name(received.sender_agency) == (
                "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
            )
        finally:
            store.close()


def test_a_letter_refused_for_one_of_its_recipients_is_rejected_naming_it(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    sender = tmp_path / "ds"  # no directory held: the codes are the server's to judge
    code, _out, err = run_cli(
        "--data-dir", sender, "queue", "add", signed_letters[0], "--to", "CM", "--to", "NOWHERE",
        "--trust", trust_root,
    )  # fmt: skip
    assert code == 0, err
    out = _sync(sender, cloud, cloud.token("ds-1", "DS"))
    assert "delivered 1, rejected 1" in out
    assert json.loads(run_cli("--data-dir", sender, "status", "--json")[1])["rejected"] == 1
    store = open_store(sender)
    try:
        (letter,) = LetterRepository(store, "clerk").page(LetterState.REJECTED)
        assert letter.reject_reason is not None and "NOWHERE" in letter.reject_reason
    finally:
        store.close()
