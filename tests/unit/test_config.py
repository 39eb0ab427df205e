"""Configuration in layers: defaults < machine policy (file, Windows registry) < the user's file; locked keys
keep the policy's value; mistakes are named with file and key and the rest still applies."""

import logging
from pathlib import Path

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.config import Config, ConfigError, load_config, save_settings

NO_POLICY = Path("/nonexistent/policy.toml")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_are_read_with_paths_relative_to_the_file(tmp_path: Path) -> None:
    config = load_config(
        _write(
            tmp_path / "config.toml",
            '[render]\nemblem = "garuda.png"\ntemplate_dirs = ["agency"]\n'
            '[sync]\nserver = "https://eoffice.example.go.th"\n[signing]\ntrust = ["roots.pem"]\n',
        )
    )
    assert config.emblem == tmp_path / "garuda.png" and config.template_dirs == (tmp_path / "agency",)
    assert config.server == "https://eoffice.example.go.th" and config.trust == (tmp_path / "roots.pem",)
    assert config.problems == ()


def test_the_person_a_workstation_acts_for_can_be_set_and_locked_by_policy(tmp_path: Path) -> None:
    assert (
        load_config(_write(tmp_path / "user.toml", '[identity]\nperson = "P001"\n'), NO_POLICY).person
        == "P001"
    )
    policy = _write(
        tmp_path / "policy.toml", '[identity]\nperson = "P003"\n[policy]\nlocked = ["identity.person"]\n'
    )
    config = load_config(tmp_path / "user.toml", policy)
    assert config.person == "P003" and "identity.person" in config.locked


def test_a_missing_default_file_means_defaults_but_a_named_one_must_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent.toml"))
    assert load_config() == Config()
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "absent.toml")
    assert load_config(tmp_path / "absent.toml", missing_ok=True) == Config()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[sync]\nsever = 'https://x'\n", "unknown key sync.sever"),
        ("[sync]\nserver = 'ftp://x'\n", "sync.server must be an http"),
        ("[render]\nfont_dirs = 'fonts'\n", "render.font_dirs must be a list"),
        ("[rendering]\nemblem = 'x.png'\n", "unknown section [rendering]"),
        ("[identity]\nperson = 'P 001'\n", "identity.person must be a person's id"),
    ],
)
def test_a_mistake_is_named_with_file_and_key_and_the_other_settings_apply(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = _write(tmp_path / "config.toml", text + '[signing]\nlevel = "B-T"\n')
    config = load_config(path, NO_POLICY)
    assert config.level == "B-T"  # the valid setting beside the mistake
    assert len(config.problems) == 1
    assert config.problems[0].startswith(f"{path}: ") and problem in config.problems[0]


def test_a_file_that_cannot_be_parsed_means_defaults_with_the_reason(tmp_path: Path) -> None:
    path = _write(tmp_path / "config.toml", "[render\n")
    config = load_config(path, NO_POLICY)
    assert config.level == "B-B" and config.source == path
    assert len(config.problems) == 1 and "cannot read the settings" in config.problems[0]


def test_policy_values_are_defaults_the_user_may_override_unless_locked(tmp_path: Path) -> None:
    policy = _write(
        tmp_path / "etc" / "policy.toml",
        '[policy]\nnote = "กำหนดโดยฝ่ายไอที"\nlocked = ["sync.server", "signing.level"]\n'
        '[sync]\nserver = "https://eoffice.go.th"\n'
        '[signing]\nmodule = "p11.so"\ntsa = ["http://tsa.go.th"]\n',
    )
    user = _write(
        tmp_path / "home" / "config.toml",
        '[sync]\nserver = "https://mine.example"\n[signing]\ntsa = ["http://tsa.example"]\nlevel = "B-T"\n',
    )
    config = load_config(user, policy)
    assert config.server == "https://eoffice.go.th"  # locked: the user's value does not count
    assert config.level == "B-B"  # locked at the built-in default, though the policy does not set it
    assert config.tsa == ("http://tsa.example",)  # a policy default the user overrode
    assert config.pkcs11_module == policy.parent / "p11.so"  # a policy default the user left alone
    assert config.locked == {"sync.server": "กำหนดโดยฝ่ายไอที", "signing.level": "กำหนดโดยฝ่ายไอที"}
    assert config.sources == {
        "sync.server": f"policy {policy}",
        "signing.module": f"policy {policy}",
        "signing.tsa": f"user {user}",
    }
    assert config.problems == ()


def test_star_locks_every_key_the_policy_sets(tmp_path: Path) -> None:
    policy = _write(
        tmp_path / "policy.toml",
        '[policy]\nlocked = ["*"]\n[sync]\nserver = "https://eoffice.go.th"\n[ui]\nlanguage = "th"\n',
    )
    config = load_config(tmp_path / "none.toml", policy, missing_ok=True)
    assert set(config.locked) == {"sync.server", "ui.language"}
    assert config.locked["sync.server"] == f"set by machine policy ({policy})"


def test_a_malformed_policy_is_reported_and_its_valid_keys_still_apply(tmp_path: Path) -> None:
    policy = _write(
        tmp_path / "policy.toml",
        '[policy]\nlocked = ["sync.server", "sync.sevrer"]\ncolour = "red"\n'
        '[sync]\nserver = "https://eoffice.go.th"\n[signing]\ntsa = "http://one.go.th"\nlevl = "B-T"\n',
    )
    config = load_config(tmp_path / "none.toml", policy, missing_ok=True)
    assert config.server == "https://eoffice.go.th" and set(config.locked) == {"sync.server"}
    assert config.tsa == ()
    assert sorted(config.problems) == sorted(
        [
            f"{policy}: cannot lock unknown setting sync.sevrer (ignored)",
            f"{policy}: unknown key policy.colour (ignored)",
            f"{policy}: signing.tsa must be a list of http(s) URLs (ignored)",
            f"{policy}: unknown key signing.levl (ignored)",
        ]
    )
    broken = _write(tmp_path / "broken.toml", '[sync]\nserver = "https://eoffice.go.th\n')
    config = load_config(tmp_path / "none.toml", broken, missing_ok=True)
    assert config.server is None and config.locked == {}
    assert "cannot read the machine policy" in config.problems[0] and str(broken) in config.problems[0]


def test_the_windows_policy_key_is_read_like_the_msi_writes_it(tmp_path: Path) -> None:
    """The registry's values as winreg returns them (the key itself exists only on Windows)."""
    user = _write(
        tmp_path / "config.toml", '[sync]\nserver = "https://mine.example"\n[signing]\nlevel = "B-T"\n'
    )
    registry = {
        "SERVERURL": "https://eoffice.go.th",
        "PKCS11MODULE": r"C:\Windows\System32\eTPKCS11.dll",
        "TSAURLS": "http://tsa1.go.th, http://tsa2.go.th;http://tsa3.go.th",
        "TRUSTDIR": r"C:\ProgramData\eoffice-desktop\trust",
        "EMBLEM": "",  # the property was not given on the msiexec command line
        "LOCKED": "SERVERURL signing.level",
        "NOTE": "ตั้งค่าโดยศูนย์เทคโนโลยีสารสนเทศ",
        "signing.level": "B-LT",
        "SERVERURLL": "https://typo.example",
    }
    config = load_config(user, NO_POLICY, registry=registry)
    where = r"HKLM\Software\Policies\eoffice-desktop"
    assert config.server == "https://eoffice.go.th" and config.level == "B-LT"
    assert config.pkcs11_module == Path(r"C:\Windows\System32\eTPKCS11.dll")
    assert config.tsa == ("http://tsa1.go.th", "http://tsa2.go.th", "http://tsa3.go.th")
    assert config.trust == (Path(r"C:\ProgramData\eoffice-desktop\trust"),)
    assert config.emblem is None
    assert config.locked == dict.fromkeys(["signing.level", "sync.server"], "ตั้งค่าโดยศูนย์เทคโนโลยีสารสนเทศ")
    assert config.sources["sync.server"] == f"policy {where}"
    assert config.problems == (f"{where}: unknown value SERVERURLL (ignored)",)

    relative = load_config(user, NO_POLICY, registry={"EMBLEM": "garuda.png"})
    assert relative.emblem is None and "render.emblem must be an absolute path" in relative.problems[0]


def test_the_registry_wins_over_the_policy_file(tmp_path: Path) -> None:
    policy = _write(
        tmp_path / "policy.toml", '[sync]\nserver = "https://file.go.th"\n[ui]\nlanguage = "en"\n'
    )
    registry = {"SERVERURL": "https://registry.go.th"}
    config = load_config(tmp_path / "none.toml", policy, registry=registry, missing_ok=True)
    assert config.server == "https://registry.go.th" and config.language == "en"


def test_settings_are_saved_keeping_other_keys_but_never_over_a_lock(tmp_path: Path) -> None:
    user = _write(tmp_path / "config.toml", '[render]\nfont_families = ["Sarabun"]\n')
    policy = _write(
        tmp_path / "policy.toml",
        '[policy]\nlocked = ["sync.server"]\n[sync]\nserver = "https://eoffice.go.th"\n'
        '[signing]\nlevel = "B-T"\n',
    )
    config = save_settings({"signing.tsa": ["http://tsa.example/ts"], "ui.language": "en"}, user, policy)
    assert config.tsa == ("http://tsa.example/ts",) and config.language == "en" and config.level == "B-T"
    assert config.font_families == ("Sarabun",)
    before = user.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="machine policy"):
        save_settings({"sync.server": "https://elsewhere.example"}, user, policy)
    with pytest.raises(ConfigError, match=r"signing\.level must be one of"):
        save_settings({"signing.level": "B-X"}, user, policy)
    assert user.read_text(encoding="utf-8") == before  # nothing half-written
    assert save_settings({"signing.level": "B-LT"}, user, policy).level == "B-LT"  # over a policy default
    assert save_settings({"ui.language": None}, user, policy).language is None


def test_the_command_line_names_the_mistake_and_runs_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    user = _write(tmp_path / "config.toml", '[render]\ntemplate_dir = ["agency"]\n')
    with caplog.at_level(logging.WARNING):
        assert main(["--config", str(user), "templates"]) == 0
    out = capsys.readouterr()
    assert "external-letter" in out.out
    assert f"warning: {user}: unknown key render.template_dir (ignored)" in out.err
