"""The office's profile ([profile]): read from the user's file or the machine policy (file or registry),
locked like any other key, a bad value named with file and key, and saved so that it reads back the same."""

from pathlib import Path

import pytest

from eoffice_desktop.config import ConfigError, Profile, Signer, load_config, save_settings

NO_POLICY = Path("/nonexistent/policy.toml")

PROFILE = """[profile]
agency = "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
agency_code = "ดศ 0201"
address = ["ศูนย์ราชการเฉลิมพระเกียรติฯ อาคารซี", "  ถนนแจ้งวัฒนะ กรุงเทพฯ ๑๐๒๑๐ "]
owner_unit = "กองกลาง"
phone = "0 2141 6747"
email = "saraban@mdes.go.th"
signers = [
  { name = "นายสมชาย ใจดี", positions = ["ผู้อำนวยการกองกลาง"] },
  { name = "นางสาวสมหญิง รักงาน", positions = [
    "นักจัดการงานทั่วไปชำนาญการพิเศษ", "ปฏิบัติราชการแทน ผู้อำนวยการกองกลาง"
  ] },
]
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_profile_is_read_from_the_users_file(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path / "config.toml", PROFILE), NO_POLICY)
    assert config.problems == ()
    assert config.profile == Profile(
        agency="สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        agency_code="ดศ 0201",
        address=("ศูนย์ราชการเฉลิมพระเกียรติฯ อาคารซี", "ถนนแจ้งวัฒนะ กรุงเทพฯ ๑๐๒๑๐"),
        owner_unit="กองกลาง",
        phone="0 2141 6747",
        email="saraban@mdes.go.th",
        signers=(
            Signer("นายสมชาย ใจดี", ("ผู้อำนวยการกองกลาง",)),
            Signer(
                "นางสาวสมหญิง รักงาน",
                ("นักจัดการงานทั่วไปชำนาญการพิเศษ", "ปฏิบัติราชการแทน ผู้อำนวยการกองกลาง"),
            ),
        ),
    )
    assert load_config(_write(tmp_path / "empty.toml", ""), NO_POLICY).profile == Profile()


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('agency_code = "0201"', "profile.agency_code must be a letter code such as ดศ 0201"),
        ('agency_code = "ดศ 0201/15"', "profile.agency_code must be a letter code"),
        ('email = "saraban at mdes"', "profile.email must be an e-mail address"),
        ('address = "ถนนแจ้งวัฒนะ"', "profile.address must be a list of lines of text"),
        ('agency = ""', "profile.agency must be text"),
        ('signers = [{ name = "นายสมชาย ใจดี" }]', "profile.signers[1] needs positions"),
        ('signers = [{ name = "นายสมชาย", positions = [], rank = 1 }]', "must be a table with name and"),
        ('signer = "นายสมชาย"', "unknown key profile.signer"),
    ],
)
def test_a_bad_profile_value_is_named_and_the_rest_applies(tmp_path: Path, line: str, problem: str) -> None:
    path = _write(tmp_path / "config.toml", f'[profile]\nowner_unit = "กองกลาง"\n{line}\n')
    config = load_config(path, NO_POLICY)
    assert config.profile.owner_unit == "กองกลาง"
    assert len(config.problems) == 1 and problem in config.problems[0]
    assert config.problems[0].startswith(f"{path}: ")


def test_the_machine_policy_sets_and_locks_the_profile(tmp_path: Path) -> None:
    policy = _write(
        tmp_path / "policy.toml",
        '[policy]\nlocked = ["profile.agency", "profile.agency_code"]\n'
        '[profile]\nagency = "กรมตัวอย่าง"\nagency_code = "ตย 0101"\nphone = "0 2000 0000"\n',
    )
    user = _write(
        tmp_path / "config.toml",
        '[profile]\nagency = "ของฉันเอง"\nphone = "0 2111 1111"\nfax = "0 2111 1112"\n',
    )
    config = load_config(user, policy)
    assert config.profile.agency == "กรมตัวอย่าง" and config.profile.agency_code == "ตย 0101"
    assert config.profile.phone == "0 2111 1111" and config.profile.fax == "0 2111 1112"
    assert set(config.locked) == {"profile.agency", "profile.agency_code"}
    with pytest.raises(ConfigError, match="machine policy"):
        save_settings({"profile.agency": "อื่น"}, user, policy)


def test_the_windows_policy_key_carries_the_profile(tmp_path: Path) -> None:
    registry = {
        "profile.agency": "กรมตัวอย่าง",
        "profile.address": "ถนนหนึ่ง;กรุงเทพฯ 10000",
        "profile.signers": ["นายหนึ่ง ใจดี|อธิบดี", "นายสอง ใจดี|รองอธิบดี|ปฏิบัติราชการแทน อธิบดี"],
        "profile.email": "saraban@example.go.th",
    }
    config = load_config(tmp_path / "none.toml", NO_POLICY, registry=registry, missing_ok=True)
    assert config.problems == ()
    assert config.profile.address == ("ถนนหนึ่ง", "กรุงเทพฯ 10000")
    assert config.profile.signers == (
        Signer("นายหนึ่ง ใจดี", ("อธิบดี",)),
        Signer("นายสอง ใจดี", ("รองอธิบดี", "ปฏิบัติราชการแทน อธิบดี")),
    )
    registry = {"profile.signers": "นายหนึ่ง"}
    bad = load_config(tmp_path / "none.toml", NO_POLICY, registry=registry, missing_ok=True)
    assert bad.profile.signers == () and "profile.signers[1] needs at least one position" in bad.problems[0]


def test_the_profile_is_saved_and_reads_back_the_same(tmp_path: Path) -> None:
    user = _write(tmp_path / "config.toml", '[sync]\nserver = "https://eoffice.example.go.th"\n')
    signers = [
        {"name": 'นายสมชาย "ชาย" ใจดี', "positions": ["ผู้อำนวยการกองกลาง"]},
        {"name": "นางสาวสมหญิง รักงาน", "positions": ["รองผู้อำนวยการ", "ปฏิบัติราชการแทน ผู้อำนวยการ"]},
    ]
    config = save_settings(
        {
            "profile.signers": signers,
            "profile.address": ["ถนนหนึ่ง", "กรุงเทพฯ"],
            "profile.agency_code": "ดศ ๐๒๐๑",
        },
        user,
        NO_POLICY,
    )
    assert config.problems == () and config.server == "https://eoffice.example.go.th"
    assert [s.as_table() for s in config.profile.signers] == signers
    assert config.profile.address == ("ถนนหนึ่ง", "กรุงเทพฯ") and config.profile.agency_code == "ดศ ๐๒๐๑"
    assert load_config(user, NO_POLICY) == config
    with pytest.raises(ConfigError, match=r"profile\.email must be an e-mail"):
        save_settings({"profile.email": "nobody"}, user, NO_POLICY)


def test_the_diagnostics_list_the_profile_as_plain_data(tmp_path: Path) -> None:
    import json

    from eoffice_desktop.support.diagnostics import configuration

    config = load_config(_write(tmp_path / "config.toml", PROFILE), NO_POLICY)
    settings = json.loads(json.dumps(configuration(config), ensure_ascii=False))["settings"]
    assert settings["profile.signers"]["value"][0] == {
        "name": "นายสมชาย ใจดี",
        "positions": ["ผู้อำนวยการกองกลาง"],
    }
    source = f"user {tmp_path / 'config.toml'}"
    assert settings["profile.agency_code"] == {"value": "ดศ 0201", "source": source}
