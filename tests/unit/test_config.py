"""The configuration file: known keys read, paths taken relative to the file, mistakes named."""

from pathlib import Path

import pytest

from eoffice_desktop.config import Config, ConfigError, load_config


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_are_read_with_paths_relative_to_the_file(tmp_path: Path) -> None:
    config = load_config(
        _write(
            tmp_path,
            '[render]\nemblem = "garuda.png"\ntemplate_dirs = ["agency"]\n'
            '[sync]\nserver = "https://eoffice.example.go.th"\n[signing]\ntrust = ["roots.pem"]\n',
        )
    )
    assert config.emblem == tmp_path / "garuda.png" and config.template_dirs == (tmp_path / "agency",)
    assert config.server == "https://eoffice.example.go.th" and config.trust == (tmp_path / "roots.pem",)


def test_a_missing_default_file_means_defaults_but_a_named_one_must_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent.toml"))
    assert load_config() == Config()
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[sync]\nsever = 'https://x'\n", "unknown key.*sync.sever"),
        ("[sync]\nserver = 'ftp://x'\n", "sync.server must be an http"),
        ("[render]\nfont_dirs = 'fonts'\n", "render.font_dirs must be a list"),
        ("[render\n", "cannot read configuration"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(_write(tmp_path, text))


def test_machine_policy_wins_and_locks_its_keys(tmp_path: Path) -> None:
    user = _write(
        tmp_path, '[sync]\nserver = "https://mine.example"\n[signing]\ntsa = ["http://tsa.example"]\n'
    )
    policy = tmp_path / "policy" / "policy.toml"
    policy.parent.mkdir()
    policy.write_text(
        '[policy]\nnote = "กำหนดโดยฝ่ายไอที"\n[sync]\nserver = "https://eoffice.go.th"\n'
        '[signing]\nmodule = "p11.so"\n',
        encoding="utf-8",
    )
    config = load_config(user, policy)
    assert config.server == "https://eoffice.go.th" and config.tsa == ("http://tsa.example",)
    assert config.pkcs11_module == policy.parent / "p11.so"
    assert config.locked == {"sync.server": "กำหนดโดยฝ่ายไอที", "signing.module": "กำหนดโดยฝ่ายไอที"}


def test_settings_are_saved_keeping_other_keys_but_never_over_policy(tmp_path: Path) -> None:
    from eoffice_desktop.config import save_settings

    user = _write(tmp_path, '[render]\nfont_families = ["Sarabun"]\n')
    policy = tmp_path / "policy.toml"
    policy.write_text('[sync]\nserver = "https://eoffice.go.th"\n', encoding="utf-8")
    config = save_settings(
        {"signing.tsa": ["http://tsa.example/ts"], "ui.language": "en", "signing.level": "B-T"}, user, policy
    )
    assert config.tsa == ("http://tsa.example/ts",) and config.language == "en" and config.level == "B-T"
    assert config.font_families == ("Sarabun",)
    before = user.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="machine policy"):
        save_settings({"sync.server": "https://elsewhere.example"}, user, policy)
    with pytest.raises(ConfigError, match=r"signing\.level must be one of"):
        save_settings({"signing.level": "B-X"}, user, policy)
    assert user.read_text(encoding="utf-8") == before  # nothing half-written
    assert save_settings({"ui.language": None}, user, policy).language is None
