"""People over the wire: GET /v1/me and GET /v1/people on the real server (SQLite and PostgreSQL), pulled by a
workstation's sync, searched offline in Thai, and `whoami`."""

import json
from pathlib import Path

import requests

from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.people import People
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from tests.cloud import RunningCloud, running_cloud
from tests.helpers import run_cli

PEOPLE = [
    {
        "person_id": "P001",
        "agency": "DS",
        "name": "นางสาวสมใจ ตั้งใจ",
        "position": "นักจัดการงานทั่วไปชำนาญการ",
        "unit": "กองกลาง",
        "roles": "drafter",
    },
    {
        "person_id": "P002",
        "agency": "DS",
        "name": "นายสมศักดิ์ รักงาน",
        "position": "ผู้อำนวยการกลุ่มงานบริหารทั่วไป",
        "unit": "กองกลาง",
        "roles": "reviewer|drafter",
    },
    {
        "person_id": "P003",
        "agency": "DS",
        "name": "นายวิชัย ใจดี",
        "position": "ผู้อำนวยการกองกลาง",
        "unit": "กองกลาง",
        "roles": "signer",
    },
    {"person_id": "C001", "agency": "CM", "name": "นายสมปอง เชียงใหม่", "roles": "saraban"},
]


def _get(cloud: RunningCloud, path: str, token: str, etag: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} | ({"If-None-Match": etag} if etag else {})
    return requests.get(f"{cloud.url}{path}", headers=headers, timeout=10)


def test_me_names_the_person_of_the_token_and_people_are_the_agencys(cloud: RunningCloud) -> None:
    cloud.import_people(PEOPLE)
    token = cloud.person_token("P002", "desk-07")
    assert requests.get(f"{cloud.url}/v1/me", timeout=10).status_code == 401
    me = _get(cloud, "/v1/me", token)
    assert me.status_code == 200
    assert me.json() == {
        "workstation": "desk-07",
        "agency": "DS",
        "person": {
            "person_id": "P002",
            "agency": "DS",
            "name": "นายสมศักดิ์ รักงาน",
            "position": "ผู้อำนวยการกลุ่มงานบริหารทั่วไป",
            "unit": "กองกลาง",
            "roles": ["drafter", "reviewer"],
            "certificates": [],
        },
    }
    machine = cloud.token("ds-machine", "DS")
    assert _get(cloud, "/v1/me", machine).json() == {
        "workstation": "ds-machine",
        "agency": "DS",
        "person": None,
    }

    listed = _get(cloud, "/v1/people", machine)
    assert listed.status_code == 200
    assert [p["person_id"] for p in listed.json()["people"]] == ["P001", "P002", "P003"]  # not CM's
    etag = listed.headers["ETag"]
    unchanged = _get(cloud, "/v1/people", machine, etag)
    assert unchanged.status_code == 304 and unchanged.content == b""
    cloud.import_people([{**PEOPLE[0], "position": "นักจัดการงานทั่วไปชำนาญการพิเศษ"}])
    changed = _get(cloud, "/v1/people", machine, etag)
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert changed.json()["people"][0]["position"] == "นักจัดการงานทั่วไปชำนาญการพิเศษ"
    assert [
        p["person_id"] for p in _get(cloud, "/v1/people", cloud.person_token("C001")).json()["people"]
    ] == ["C001"]


def test_a_workstation_knows_its_people_and_who_it_is_offline_after_a_sync(
    tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as cloud:
        cloud.import_people(PEOPLE)
        token = cloud.person_token("P001", "desk-07")
        code, _out, err = run_cli(
            "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once"
        )
        assert code == 0, err
    # the server is gone: everything below is what the workstation kept
    code, out, err = run_cli("--data-dir", data_dir, "people", "search", "สม")
    assert code == 0, err
    assert out.splitlines() == [  # in Thai dictionary order: นาง… before นาย…
        "P001  นางสาวสมใจ ตั้งใจ, นักจัดการงานทั่วไปชำนาญการ  กองกลาง  (ผู้ร่าง)",
        "P002  นายสมศักดิ์ รักงาน, ผู้อำนวยการกลุ่มงานบริหารทั่วไป  กองกลาง  (ผู้ร่าง, ผู้ตรวจ)",
    ]
    code, out, err = run_cli("--data-dir", data_dir, "people", "search", "ผู้อำนวยการ ใจดี", "--json")
    assert code == 0, err
    assert [p["person_id"] for p in json.loads(out)] == ["P003"]
    code, out, err = run_cli("--data-dir", data_dir, "people", "list", "--json")
    assert code == 0, err
    assert sorted(p["person_id"] for p in json.loads(out)) == ["P001", "P002", "P003"]

    code, out, err = run_cli("--data-dir", data_dir, "whoami")
    assert code == 0, err
    assert out.splitlines()[0] == "P001  นางสาวสมใจ ตั้งใจ, นักจัดการงานทั่วไปชำนาญการ  กองกลาง  (ผู้ร่าง)"
    code, out, err = run_cli("--data-dir", data_dir, "whoami", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["person_id"], shown["source"], shown["workstation"]) == ("P001", "token", "desk-07")
    assert shown["person"]["name"] == "นางสาวสมใจ ตั้งใจ"

    settings = tmp_path / "config.toml"
    settings.write_text('[identity]\nperson = "P003"\n', encoding="utf-8")
    code, out, err = run_cli("--config", settings, "--data-dir", data_dir, "whoami", "--json")
    assert code == 0, err
    assert (json.loads(out)["person_id"], json.loads(out)["source"]) == ("P003", "setting")


def test_a_workstation_token_acts_for_nobody_and_a_second_sync_fetches_only_changes(
    tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as cloud:
        cloud.import_people(PEOPLE)
        store = open_store(data_dir)
        try:
            engine = SyncEngine(store, CloudClient(cloud.url, cloud.token("ds-1", "DS")), "clerk")
            assert engine.pull_people()
            assert not engine.pull_people()  # unchanged: a 304
            cloud.import_people([{**PEOPLE[2], "name": "นายวิชัย ใจดีมาก"}])
            assert engine.pull_people()
            people = People(store)
            assert people.me() is None
            found = people.get("P003")
            assert found is not None and found.name == "นายวิชัย ใจดีมาก"
        finally:
            store.close()
    code, out, err = run_cli("--data-dir", data_dir, "whoami")
    assert code == 1 and out == ""
    assert "acts for nobody" in err
