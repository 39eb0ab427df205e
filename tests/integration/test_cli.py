"""The command line: listing templates, bad input with clear errors and no output left behind, mail merge."""

import csv
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from tests.helpers import example, pdftotext, run_cli


def test_templates_json_lists_ids_titles_and_fields() -> None:
    code, out, _ = run_cli("templates", "--json")
    assert code == 0
    listed = {t["id"]: t for t in json.loads(out)}
    assert set(listed) >= {"external-letter", "memo", "stamped-letter", "order", "announcement"}
    memo = listed["memo"]
    assert memo["title"] == "บันทึกข้อความ"
    subject = next(f for f in memo["fields"] if f["name"] == "subject")
    assert subject["required"] is True and subject["type"] == "text"


def test_templates_plain_listing() -> None:
    code, out, _ = run_cli("templates")
    assert code == 0
    assert "external-letter" in out and "หนังสือภายนอก" in out


def test_console_script_runs_as_a_program(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "eoffice_desktop.cli",
            "draft",
            "--template",
            "nope",
            "--data",
            "x.json",
            "--out",
            str(tmp_path / "x.pdf"),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "unknown template 'nope'" in result.stderr
    assert "Traceback" not in result.stderr


def _draft(tmp_path: Path, data_path: Path | str, template: str = "external-letter") -> tuple[int, str, Path]:
    out = tmp_path / "out" / "letter.pdf"
    out.parent.mkdir(exist_ok=True)
    code, _, err = run_cli("draft", "--template", template, "--data", data_path, "--out", out)
    return code, err, out


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"subject": None}, "field 'subject'"),
        ({"date": "24 พ.ย. 2568"}, "field 'date': not a date"),
        ({"date": "2025-02-30"}, "field 'date'"),
        ({"number": "ดศ 0201"}, "field 'number'"),
        ({"signer": {"name": "นายสมชาย ใจดี"}}, "field 'signer.positions'"),
        ({"secrecy": "ปกปิด"}, "field 'secrecy'"),
    ],
)
def test_bad_fields_exit_non_zero_naming_the_field(
    tmp_path: Path, write_json: Callable[..., Path], change: dict[str, object], expected: str
) -> None:
    data = {k: v for k, v in (example("external-letter") | change).items() if v is not None}
    code, err, out = _draft(tmp_path, write_json(data))
    assert code != 0
    assert expected in err
    assert not out.exists()
    assert list(out.parent.iterdir()) == [], "nothing half-written"


def test_unknown_template(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    code, err, out = _draft(tmp_path, write_json(example("memo")), template="circular")
    assert code != 0 and "unknown template 'circular'" in err and not out.exists()


def test_unreadable_or_malformed_json(tmp_path: Path) -> None:
    code, err, out = _draft(tmp_path, tmp_path / "missing.json")
    assert code != 0 and "cannot read letter data" in err and not out.exists()
    broken = tmp_path / "broken.json"
    broken.write_text('{"subject": "ขาด', encoding="utf-8")
    code, err, out = _draft(tmp_path, broken)
    assert code != 0 and "not valid JSON" in err and not out.exists()
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]", encoding="utf-8")
    code, err, _ = _draft(tmp_path, listing)
    assert code != 0 and "JSON object" in err


def test_unwritable_output(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    data = write_json(example("external-letter"))
    code, _, err = run_cli(
        "draft", "--template", "external-letter", "--data", data, "--out", tmp_path / "no-such-dir" / "x.pdf"
    )
    assert code != 0 and "does not exist" in err
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root): permission check not observable")
        code, _, err = run_cli(
            "draft", "--template", "external-letter", "--data", data, "--out", locked / "x.pdf"
        )
        assert code != 0 and "not writable" in err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_output_path_that_is_a_directory_leaves_nothing(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    data = write_json(example("external-letter"))
    target = tmp_path / "taken.pdf"
    target.mkdir()
    code, _, err = run_cli("draft", "--template", "external-letter", "--data", data, "--out", target)
    assert code != 0 and "cannot write" in err
    assert [p.name for p in tmp_path.iterdir() if p.name != "letter.json"] == ["taken.pdf"]


def test_missing_emblem_file_is_an_error(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    data = write_json(example("external-letter"))
    out = tmp_path / "x.pdf"
    code, _, err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        data,
        "--out",
        out,
        "--emblem",
        tmp_path / "garuda.png",
    )
    assert code != 0 and "emblem" in err and not out.exists()


def test_unreadable_emblem_is_an_error(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    bogus = tmp_path / "garuda.png"
    bogus.write_bytes(b"not an image")
    out = tmp_path / "x.pdf"
    code, _, _err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        write_json(example("memo")),
        "--out",
        out,
        "--emblem",
        bogus,
    )
    assert code != 0 and not out.exists()


# mail merge --------------------------------------------------------------------------------------------


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


RECIPIENTS = ["ผู้ว่าราชการจังหวัดเชียงใหม่", "ผู้ว่าราชการจังหวัดลำปาง", "ผู้ว่าราชการจังหวัดน่าน"]


def test_merge_writes_one_letter_per_row(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    base = example("external-letter") | {"number": "ดศ 0201/ว 124"}
    rows = [
        {"recipient": r, "signer.name": "นายสมชาย ใจดี", "address": "ถนนหนึ่ง\nอำเภอเมือง"} for r in RECIPIENTS
    ]
    csv_path = _write_csv(tmp_path / "rows.csv", rows)
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    code, _out, err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        write_json(base),
        "--merge",
        csv_path,
        "--out-dir",
        out_dir,
    )
    assert code == 0, err
    pdfs = sorted(out_dir.glob("*.pdf"))
    assert [p.name for p in pdfs] == ["001.pdf", "002.pdf", "003.pdf"]
    for pdf, recipient in zip(pdfs, RECIPIENTS, strict=True):
        text = pdftotext(pdf)
        assert recipient in text
        assert "ดศ ๐๒๐๑/ว ๑๒๔" in text
        assert "อำเภอเมือง" in text
    assert not [p for p in out_dir.iterdir() if p.suffix != ".pdf"], "no temporary files left"


def test_merge_file_names_from_the_csv(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    rows = [{"_file": f"to-{i}", "recipient": r} for i, r in enumerate(RECIPIENTS)]
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    code, _, err = run_cli(
        "draft",
        "--template",
        "memo",
        "--data",
        write_json(example("memo")),
        "--merge",
        _write_csv(tmp_path / "r.csv", rows),
        "--out-dir",
        out_dir,
    )
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == ["to-0.pdf", "to-1.pdf", "to-2.pdf"]
    with pymupdf.open(out_dir / "to-2.pdf") as doc:
        assert RECIPIENTS[2] in doc[0].get_text()


def test_merge_with_a_bad_row_writes_nothing(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    rows = [{"recipient": r, "date": "2025-11-24"} for r in RECIPIENTS]
    rows[2]["date"] = "2025-13-01"
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    data = write_json(example("external-letter"))
    merge = _write_csv(tmp_path / "r.csv", rows)
    code, _, err = run_cli(
        "draft", "--template", "external-letter", "--data", data, "--merge", merge, "--out-dir", out_dir
    )
    assert code != 0
    assert "field 'date'" in err and "merge row 3" in err
    assert list(out_dir.iterdir()) == []


def test_merge_rejects_unreadable_csv(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"recipient\n\xff\xfe\n")
    code, _, err = run_cli(
        "draft",
        "--template",
        "memo",
        "--data",
        write_json(example("memo")),
        "--merge",
        bad,
        "--out-dir",
        out_dir,
    )
    assert code != 0 and "CSV" in err
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("recipient,subject\nผู้อำนวยการ\n", encoding="utf-8")
    code, _, err = run_cli(
        "draft",
        "--template",
        "memo",
        "--data",
        write_json(example("memo")),
        "--merge",
        ragged,
        "--out-dir",
        out_dir,
    )
    assert code != 0 and "line 2" in err
    assert list(out_dir.iterdir()) == []


def test_merge_needs_out_dir(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    code, _, err = run_cli(
        "draft",
        "--template",
        "memo",
        "--data",
        write_json(example("memo")),
        "--merge",
        tmp_path / "r.csv",
        "--out",
        tmp_path / "x.pdf",
    )
    assert code != 0 and "--out-dir" in err


def test_output_gets_the_usual_file_mode(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli("draft", "--template", "memo", "--data", write_json(example("memo")), "--out", out)
    assert code == 0, err
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_merge_makes_a_missing_output_directory(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    rows = [{"recipient": r} for r in RECIPIENTS[:2]]
    out_dir = tmp_path / "letters" / "2568" / "november"
    code, out, err = run_cli(
        "draft",
        "--template",
        "memo",
        "--data",
        write_json(example("memo")),
        "--merge",
        _write_csv(tmp_path / "r.csv", rows),
        "--out-dir",
        out_dir,
    )
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == ["001.pdf", "002.pdf"]
    assert str(out_dir / "001.pdf") in out


def test_a_failed_merge_leaves_no_directory_it_would_have_made(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    rows = [{"recipient": r, "date": "2025-11-24"} for r in RECIPIENTS]
    rows[1]["date"] = "2025-13-01"
    code, _, err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        write_json(example("external-letter")),
        "--merge",
        _write_csv(tmp_path / "r.csv", rows),
        "--out-dir",
        tmp_path / "letters" / "new",
    )
    assert code == 1 and "merge row 2" in err
    assert not (tmp_path / "letters").exists()


def test_merge_into_a_file_is_refused(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    taken = tmp_path / "letters"
    taken.write_text("a file", encoding="utf-8")
    code, _, err = run_cli(
        "draft",
        "--template",
        "memo",
        "--data",
        write_json(example("memo")),
        "--merge",
        _write_csv(tmp_path / "r.csv", [{"recipient": RECIPIENTS[0]}]),
        "--out-dir",
        taken,
    )
    assert code == 1 and f"output directory {taken} is a file" in err
    assert taken.read_text(encoding="utf-8") == "a file"
