"""`eoffice-cloud people import` and `people list`, and person tokens: what IT does with the CSV file of the
agency's people it keeps in Excel."""

import contextlib
import io
import json
from pathlib import Path

from sqlalchemy import select

from eoffice_cloud.cli import main
from eoffice_cloud.models import Workstation
from eoffice_cloud.people import learn_certificate, person
from eoffice_cloud.storage import open_cloud

PEOPLE = """person_id,agency,name,position,unit,roles
P001,DS,นางสาวสมใจ ตั้งใจ,นักจัดการงานทั่วไปชำนาญการ,กองกลาง,drafter
P002,DS,นายสมศักดิ์ รักงาน,ผู้อำนวยการกลุ่มงานบริหารทั่วไป,กองกลาง,reviewer|drafter
P003,DS,นายสมชาย ใจดี,ผู้อำนวยการกองกลาง,กองกลาง,signer
"""
CERT = "ab" * 32


def _run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def _write(path: Path, text: str, bom: bool = False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.replace("\n", "\r\n").encode("utf-8"))
    return path


def _listed(data_dir: Path, *options: str) -> dict[str, dict[str, object]]:
    code, out, err = _run("people", "list", "--data-dir", data_dir, "--json", *options)
    assert code == 0, err
    return {p["person_id"]: p for p in json.loads(out)}


def test_excel_csv_is_imported_in_thai_and_reimport_updates_without_duplicates(tmp_path: Path) -> None:
    data = tmp_path / "cloud"
    code, out, err = _run(
        "people", "import", "--data-dir", data, _write(tmp_path / "p.csv", PEOPLE, bom=True)
    )
    assert code == 0, err
    assert "people: 3 added, 0 updated, 0 unchanged" in out
    people = _listed(data)
    assert people["P002"] == {
        "person_id": "P002",
        "agency": "DS",
        "name": "นายสมศักดิ์ รักงาน",
        "position": "ผู้อำนวยการกลุ่มงานบริหารทั่วไป",
        "unit": "กองกลาง",
        "roles": ["drafter", "reviewer"],
        "certificates": [],
    }
    code, out, _err = _run("people", "list", "--data-dir", data)
    assert code == 0 and "P003\tDS\tนายสมชาย ใจดี\tผู้อำนวยการกองกลาง\tsigner" in out

    promoted = PEOPLE.replace("กองกลาง,drafter", "กองกลาง,drafter|reviewer")
    promoted += f"P004,CM,นางสมพร ศรีสุข,เจ้าพนักงานธุรการ,ฝ่ายสารบรรณ,saraban,{CERT}\n"
    promoted = promoted.replace("roles\n", "roles,certificates\n", 1)
    code, out, err = _run("people", "import", "--data-dir", data, _write(tmp_path / "p2.csv", promoted))
    assert code == 0, err
    assert "people: 1 added, 1 updated, 2 unchanged" in out
    people = _listed(data)
    assert len(people) == 4
    assert people["P001"]["roles"] == ["drafter", "reviewer"]
    assert people["P004"]["certificates"] == [CERT] and people["P004"]["agency"] == "CM"
    assert list(_listed(data, "--agency", "CM")) == ["P004"]
    code, out, _err = _run("directory", "list", "--data-dir", data, "--json")
    assert {"DS", "CM"} <= {a["code"] for a in json.loads(out)["agencies"]}  # new agencies added bare


def test_one_bad_row_imports_nothing_and_names_its_line(tmp_path: Path) -> None:
    data = tmp_path / "cloud"
    assert _run("people", "import", "--data-dir", data, _write(tmp_path / "p.csv", PEOPLE))[0] == 0
    bad = PEOPLE.replace("นายสมชาย ใจดี", "นายสมชาย ใจดีมาก")  # a change that must not be made
    bad += "P005,DS,นายสมบัติ มั่นคง,,,approver\n"  # line 5: unknown role
    bad += "P 006,DS,นายสมหมาย ดีงาม,,,drafter\n"  # line 6: a space in the id
    bad += "P007,DS,,,,drafter\n"  # line 7: no name
    bad += "P001,DS,นางสาวสมใจ ซ้ำ,,,drafter\n"  # line 8: an id twice
    code, out, err = _run("people", "import", "--data-dir", data, _write(tmp_path / "bad.csv", bad))
    assert code == 1 and out == ""
    assert "nothing was imported" in err
    assert "line 5: unknown role 'approver'" in err
    assert "line 6: person id 'P 006' is not valid" in err
    assert "line 7: name is empty" in err
    assert "line 8: person P001 is already on line 2" in err
    people = _listed(data)
    assert sorted(people) == ["P001", "P002", "P003"]
    assert people["P003"]["name"] == "นายสมชาย ใจดี"


def test_a_person_token_needs_a_person_the_server_knows(tmp_path: Path) -> None:
    data = tmp_path / "cloud"
    code, out, err = _run(
        "token", "create", "--data-dir", data, "--person", "P001", "--workstation", "desk-07"
    )
    assert code == 1 and out == ""
    assert "no person 'P001' on this server: import them first" in err
    assert _run("people", "import", "--data-dir", data, _write(tmp_path / "p.csv", PEOPLE))[0] == 0
    code, out, err = _run(
        "token", "create", "--data-dir", data, "--person", "P001", "--workstation", "desk-07"
    )
    assert code == 0 and out.startswith("eo_"), err
    store = open_cloud(data)
    try:
        with store.sessions() as session:
            desk = session.scalar(select(Workstation).where(Workstation.name == "desk-07"))
            assert desk is not None and (desk.person_id, desk.agency_code) == ("P001", "DS")
    finally:
        store.engine.dispose()


def test_a_certificate_is_learnt_once_and_survives_a_reimport_without_certificates(tmp_path: Path) -> None:
    data = tmp_path / "cloud"
    assert _run("people", "import", "--data-dir", data, _write(tmp_path / "p.csv", PEOPLE))[0] == 0
    store = open_cloud(data)
    try:
        with store.sessions.begin() as session:
            assert learn_certificate(session, "P003", CERT.upper())
            assert not learn_certificate(session, "P003", CERT)
            found = person(session, "P003")
            assert found is not None and json.loads(found.certificates_json) == [CERT]
            assert person(session, "P999") is None
    finally:
        store.engine.dispose()
    renamed = PEOPLE.replace("นายสมชาย ใจดี", "นายสมชาย ใจดียิ่ง")
    assert _run("people", "import", "--data-dir", data, _write(tmp_path / "p2.csv", renamed))[0] == 0
    assert _listed(data)["P003"]["certificates"] == [CERT]
