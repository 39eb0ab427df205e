"""`eoffice-cloud directory import` and `groups`: what IT does with the CSV files it keeps in Excel."""

import contextlib
import io
import json
import sqlite3
from pathlib import Path

from eoffice_cloud.cli import main
from eoffice_cloud.storage import open_cloud

DIRECTORY = """code,name_th,name_en,parent,ministry,department
CM,ศาลากลางจังหวัดเชียงใหม่,Chiang Mai Provincial Hall,,กระทรวงมหาดไทย,สำนักงานปลัดกระทรวงมหาดไทย
CM-MUEANG,ที่ว่าการอำเภอเมืองเชียงใหม่,,CM,กระทรวงมหาดไทย,กรมการปกครอง
CM-SANSAI,ที่ว่าการอำเภอสันทราย,,CM,กระทรวงมหาดไทย,กรมการปกครอง
"""


def _run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def _listed(data_dir: Path) -> dict[str, object]:
    code, out, err = _run("directory", "list", "--data-dir", data_dir, "--json")
    assert code == 0, err
    listed: dict[str, object] = json.loads(out)
    return listed


def _write(path: Path, text: str, bom: bool = False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.replace("\n", "\r\n").encode("utf-8"))
    return path


def test_excel_csv_with_bom_is_imported_and_reimport_updates_without_duplicates(tmp_path: Path) -> None:
    data = tmp_path / "cloud"
    code, out, err = _run(
        "directory", "import", "--data-dir", data, _write(tmp_path / "d.csv", DIRECTORY, bom=True)
    )
    assert code == 0, err
    assert "agencies: 3 added" in out
    listed = _listed(data)
    agencies = {a["code"]: a for a in listed["agencies"]}  # type: ignore[attr-defined]
    assert agencies["CM"]["name_th"] == "ศาลากลางจังหวัดเชียงใหม่"  # the BOM did not stick to "code"
    assert agencies["CM-SANSAI"] == {
        "code": "CM-SANSAI",
        "name_th": "ที่ว่าการอำเภอสันทราย",
        "name_en": None,
        "parent": "CM",
        "ministry": "กระทรวงมหาดไทย",
        "department": "กรมการปกครอง",
    }
    first_version = listed["version"]

    renamed = DIRECTORY.replace("ที่ว่าการอำเภอสันทราย", "ที่ว่าการอำเภอสันทราย จังหวัดเชียงใหม่")
    renamed += "CM-HANGDONG,ที่ว่าการอำเภอหางดง,,CM,กระทรวงมหาดไทย,กรมการปกครอง\n"
    code, out, err = _run("directory", "import", "--data-dir", data, _write(tmp_path / "d2.csv", renamed))
    assert code == 0, err
    assert "agencies: 1 added, 1 updated, 2 unchanged" in out
    listed = _listed(data)
    codes = [a["code"] for a in listed["agencies"]]  # type: ignore[attr-defined]
    assert sorted(codes) == ["CM", "CM-HANGDONG", "CM-MUEANG", "CM-SANSAI"]
    names = {a["code"]: a["name_th"] for a in listed["agencies"]}  # type: ignore[attr-defined]
    assert names["CM-SANSAI"] == "ที่ว่าการอำเภอสันทราย จังหวัดเชียงใหม่"
    assert int(listed["version"]) > int(first_version)  # type: ignore[call-overload]

    # the same file again changes nothing, not even the version
    code, out, _err = _run("directory", "import", "--data-dir", data, tmp_path / "d2.csv")
    assert code == 0 and "agencies: 0 added, 0 updated, 4 unchanged" in out
    assert _listed(data)["version"] == listed["version"]


def test_a_bad_row_names_its_line_and_nothing_is_written(tmp_path: Path) -> None:
    data = tmp_path / "cloud"
    bad = DIRECTORY + "CM MAERIM,ที่ว่าการอำเภอแม่ริม,,CM,,\nCM-X,Mae Rim District,,CM,,\nCM-MUEANG,ซ้ำ,,,,\n"
    code, out, err = _run("directory", "import", "--data-dir", data, _write(tmp_path / "bad.csv", bad))
    assert code == 1 and out == ""
    assert "nothing was imported" in err
    assert "line 5: code 'CM MAERIM'" in err  # a space in the code
    assert "line 6: name_th 'Mae Rim District' has no Thai letters" in err
    assert "line 7: code CM-MUEANG is already on line 3" in err
    assert _listed(data)["agencies"] == []

    orphan = DIRECTORY + "CM-MAERIM,ที่ว่าการอำเภอแม่ริม,,CM-NOWHERE,,\n"
    code, _out, err = _run("directory", "import", "--data-dir", data, _write(tmp_path / "o.csv", orphan))
    assert code == 1 and "line 5: parent CM-NOWHERE is neither in the file nor in the directory" in err
    assert _listed(data)["agencies"] == []

    code, _out, err = _run(
        "directory", "import", "--data-dir", data, _write(tmp_path / "h.csv", "code,name,ministry\nX,ก,\n")
    )
    assert code == 1 and "unknown column 'name'" in err and "the column 'name_th' is missing" in err

    tis620 = tmp_path / "tis.csv"
    tis620.write_bytes("code,name_th\nCM,ศาลากลาง\n".encode("cp874"))
    code, _out, err = _run("directory", "import", "--data-dir", data, tis620)
    assert code == 1 and "line 2: not UTF-8" in err and "CSV UTF-8" in err
    assert _listed(data)["agencies"] == []


def test_groups_are_published_and_replaced_by_the_next_file(tmp_path: Path) -> None:
    data = tmp_path / "cloud"
    assert _run("directory", "import", "--data-dir", data, _write(tmp_path / "d.csv", DIRECTORY))[0] == 0
    groups = "group,code\nอำเภอทุกแห่งในจังหวัดเชียงใหม่,CM-MUEANG\nอำเภอทุกแห่งในจังหวัดเชียงใหม่,CM-SANSAI\n"
    code, out, err = _run("directory", "groups", "--data-dir", data, _write(tmp_path / "g.csv", groups))
    assert code == 0, err
    assert "อำเภอทุกแห่งในจังหวัดเชียงใหม่: 2 agencies" in out
    assert _listed(data)["groups"] == [
        {"name": "อำเภอทุกแห่งในจังหวัดเชียงใหม่", "members": ["CM-MUEANG", "CM-SANSAI"]}
    ]
    unknown = "group,code\nจังหวัด,CM\nจังหวัด,CM-NOWHERE\n"
    code, _out, err = _run("directory", "groups", "--data-dir", data, _write(tmp_path / "u.csv", unknown))
    assert code == 1 and "line 3: no agency with code 'CM-NOWHERE'" in err
    assert len(_listed(data)["groups"]) == 1  # type: ignore[arg-type]
    code, _out, err = _run(
        "directory", "groups", "--data-dir", data, _write(tmp_path / "n.csv", "group,code\nจังหวัด,CM\n")
    )
    assert code == 0, err
    assert _listed(data)["groups"] == [{"name": "จังหวัด", "members": ["CM"]}]


def test_a_database_made_before_the_directory_gets_its_columns(tmp_path: Path) -> None:
    data = tmp_path / "cloud"
    data.mkdir()
    with sqlite3.connect(data / "cloud.sqlite3") as old:
        old.execute("CREATE TABLE agencies (code VARCHAR(32) PRIMARY KEY, name TEXT)")
        old.execute("INSERT INTO agencies VALUES ('CM', 'CM')")
    open_cloud(data).engine.dispose()
    assert _run("directory", "import", "--data-dir", data, _write(tmp_path / "d.csv", DIRECTORY))[0] == 0
    names = {a["code"]: a["name_th"] for a in _listed(data)["agencies"]}  # type: ignore[attr-defined]
    assert names["CM"] == "ศาลากลางจังหวัดเชียงใหม่"
