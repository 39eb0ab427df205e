"""`eoffice-desktop draft` fills what the letter's data leaves out from the office's profile."""

import json
from pathlib import Path

from tests.helpers import example, pdftotext, run_cli


def test_draft_takes_the_agency_and_contacts_from_the_profile(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[profile]\nagency = "กรมทดสอบระบบสารบรรณ"\naddress = ["ถนนทดสอบ", "กรุงเทพฯ ๑๐๒๑๐"]\n'
        'owner_unit = "กองทดสอบ"\nemail = "saraban@test.go.th"\n',
        encoding="utf-8",
    )
    data = {
        k: v for k, v in example("external-letter").items() if k not in ("agency", "address", "owner_unit")
    }
    data["contact"] = {"phone": "0 2000 0000"}  # given whole: the profile's e-mail is not added to it
    letter = tmp_path / "letter.json"
    letter.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli(
        "--config", config, "draft", "--template", "external-letter", "--data", letter, "--out", out
    )
    assert code == 0, err
    text = " ".join(pdftotext(out).split())
    assert "กรมทดสอบระบบสารบรรณ" in text and "ถนนทดสอบ" in text and "กองทดสอบ" in text
    assert "saraban@test.go.th" not in text
