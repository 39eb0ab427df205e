"""The files the .deb installs besides the program: the machine-policy sample and the desktop entry."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from eoffice_desktop import config as config_module
from eoffice_desktop.config import load_config
from tests.helpers import ROOT

LINUX = ROOT / "installers" / "linux"
POLICY = LINUX / "policy.toml"
# the configuration keys of the contract; the sample documents each with an example value
KEYS = {
    "render.emblem",
    "render.font_families",
    "render.font_dirs",
    "render.template_dirs",
    "sync.server",
    "signing.trust",
    "signing.module",
    "signing.tsa",
    "signing.level",
    "ui.language",
}
EXAMPLE = re.compile(r"^#(\[[a-z]+\]|[a-z_]+ = .*)$")


def _uncommented(text: str) -> str:
    """The sample with its example lines ("#key = value", "#[section]") made live; prose stays comment."""
    return "\n".join(m.group(1) if (m := EXAMPLE.match(line)) else line for line in text.splitlines()) + "\n"


def _example_keys(text: str) -> set[str]:
    keys, section = set(), ""
    for line in _uncommented(text).splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif not line.startswith("#") and " = " in line:
            keys.add(f"{section}.{line.split(' = ')[0]}")
    return keys


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    return path


def test_the_sample_as_shipped_sets_nothing(tmp_path: Path, user_file: Path) -> None:
    defaults = load_config(user_file, tmp_path / "absent-policy.toml")
    config = load_config(user_file, POLICY)
    assert not config.locked
    assert getattr(config, "problems", ()) == ()
    assert config.server == defaults.server and config.pkcs11_module == defaults.pkcs11_module
    assert config.trust == defaults.trust and config.level == defaults.level


def test_the_sample_documents_every_key(tmp_path: Path) -> None:
    documented = _example_keys(POLICY.read_text(encoding="utf-8"))
    schema = getattr(config_module, "SCHEMA", None)
    known = {f"{s}.{k}" for s, keys in schema.items() for k in keys} if schema else KEYS
    assert documented >= KEYS | known, f"undocumented: {sorted((KEYS | known) - documented)}"
    assert {"policy.note", "policy.locked"} <= documented


def test_the_samples_examples_are_a_valid_policy(tmp_path: Path, user_file: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(_uncommented(POLICY.read_text(encoding="utf-8")), encoding="utf-8")
    config = load_config(user_file, policy)
    assert getattr(config, "problems", ()) == ()
    assert config.server == "https://eoffice.example.go.th"
    assert config.pkcs11_module == Path("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so")
    assert config.tsa == ("https://tsa.example.go.th", "https://tsa2.example.go.th")
    assert config.level == "B-T" and config.language == "th"
    assert config.emblem == Path("/usr/share/eoffice-desktop/garuda.png")
    assert {"sync.server", "signing.module", "signing.trust"} <= set(config.locked)
    assert "IT" in next(iter(config.locked.values()))


def test_the_desktop_entry_is_valid() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.fail("no desktop-file-validate: apt-get install desktop-file-utils (scripts/test-packages)")
    done = subprocess.run(
        [tool, str(LINUX / "eoffice-desktop.desktop")], check=False, capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_desktop_entry_names_the_program_in_thai_and_english() -> None:
    lines = (LINUX / "eoffice-desktop.desktop").read_text(encoding="utf-8").splitlines()
    entry = dict(line.split("=", 1) for line in lines if "=" in line)
    assert entry["Exec"].split()[0] == "eoffice-desktop" and entry["Icon"] == "eoffice-desktop"
    assert entry["Categories"] == "Office;"
    for key in ("Name", "Comment"):
        assert entry[key].isascii() and re.search("[\u0e00-\u0e7f]", entry[f"{key}[th]"])
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
