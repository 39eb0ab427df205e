"""`eoffice-desktop self-test` on real parts: SoftHSM token, trust anchors, the reference server, a TSA."""

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.store.db import HEAD_REVISION
from tests.cloud import RunningCloud, running_cloud
from tests.helpers import run_cli


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"


def write_config(
    path: Path,
    *,
    module: Path | None = None,
    trust: list[Path] | None = None,
    server: str | None = None,
    tsa: list[str] | None = None,
    level: str | None = None,
) -> Path:
    lines: list[str] = []
    if server:
        lines += ["[sync]", f"server = {json.dumps(server)}"]
    signing = []
    if module:
        signing.append(f"module = {json.dumps(str(module))}")
    if trust:
        signing.append(f"trust = {_toml_list([str(t) for t in trust])}")
    if tsa:
        signing.append(f"tsa = {_toml_list(tsa)}")
    if level:
        signing.append(f"level = {json.dumps(level)}")
    if signing:
        lines += ["[signing]", *signing]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def self_test(config: Path, data_dir: Path) -> tuple[int, dict[str, dict[str, Any]], str]:
    code, out, err = run_cli("--config", config, "--data-dir", data_dir, "self-test", "--json")
    checks = json.loads(out)
    for check in checks:
        assert {"name", "ok", "detail", "required"} <= check.keys()
        assert isinstance(check["ok"], bool) and isinstance(check["required"], bool)
        assert isinstance(check["detail"], str) and check["detail"]
    return code, {c["name"]: c for c in checks}, err


def dead_url() -> str:
    """An address on loopback where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def server(tmp_path: Path, trust_root: Path) -> Iterator[RunningCloud]:
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as running:
        yield running


def test_a_good_machine_passes(
    tmp_path: Path, hsm: Any, trust_root: Path, tsa_url: str, server: RunningCloud
) -> None:
    config = write_config(
        tmp_path / "config.toml",
        module=hsm.module,
        trust=[trust_root],
        server=server.url,
        tsa=[tsa_url],
        level="B-T",
    )
    code, checks, err = self_test(config, tmp_path / "data")
    assert code == 0, err
    expected = {"configuration", "fonts", "data-directory", "database", "render", "pkcs11"}
    assert expected | {"trust-anchors", "server", f"tsa {tsa_url}"} == set(checks)
    for name in expected - {"fonts"}:  # the official fonts may not be installed here: a warning
        assert checks[name]["ok"], checks[name]
    assert hsm.label in checks["pkcs11"]["detail"]
    assert "eoffice test root CA" in checks["trust-anchors"]["detail"]
    assert checks["server"]["ok"] and server.url in checks["server"]["detail"]
    assert checks[f"tsa {tsa_url}"]["ok"], checks[f"tsa {tsa_url}"]
    assert f"schema {HEAD_REVISION}" in checks["database"]["detail"]
    assert "reads back" in checks["render"]["detail"]


def test_defaults_pass_with_optional_parts_skipped(tmp_path: Path) -> None:
    """What the installers' smoke test runs: no configuration at all."""
    config = write_config(tmp_path / "config.toml")
    code, checks, _ = self_test(config, tmp_path / "data")
    assert code == 0
    for name in ("pkcs11", "trust-anchors", "server", "tsa"):
        assert checks[name]["status"] == "skipped" and not checks[name]["required"]
        assert "not configured" in checks[name]["detail"]
    assert not (tmp_path / "data" / "eoffice.sqlite3").exists()  # the check migrated a scratch store


def test_an_existing_store_is_checked_in_place(tmp_path: Path) -> None:
    from eoffice_desktop.store.db import open_store

    open_store(tmp_path / "data").close()
    code, checks, _ = self_test(write_config(tmp_path / "config.toml"), tmp_path / "data")
    assert code == 0
    assert checks["database"]["detail"].endswith(f"schema {HEAD_REVISION} (current)")


def test_an_unusable_data_directory_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("a file where the data directory's parent should be")
    code, checks, _ = self_test(write_config(tmp_path / "config.toml"), blocker / "data")
    assert code == 1
    assert not checks["data-directory"]["ok"] and checks["data-directory"]["required"]
    assert str(blocker / "data") in checks["data-directory"]["detail"]
    assert "not writable" in checks["data-directory"]["detail"]


def test_a_missing_token_module_fails(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-pkcs11.so"
    code, checks, _ = self_test(write_config(tmp_path / "config.toml", module=missing), tmp_path / "data")
    assert code == 1
    assert not checks["pkcs11"]["ok"] and checks["pkcs11"]["required"]
    assert f"the PKCS#11 module {missing} does not exist" in checks["pkcs11"]["detail"]


def test_a_module_that_is_not_a_library_fails(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage-pkcs11.so"
    garbage.write_bytes(b"\x7fELF not really a library")
    code, checks, _ = self_test(write_config(tmp_path / "config.toml", module=garbage), tmp_path / "data")
    assert code == 1
    assert "cannot load the PKCS#11 module" in checks["pkcs11"]["detail"]


def test_a_garbage_trust_anchor_fails(tmp_path: Path, trust_root: Path) -> None:
    garbage = tmp_path / "roots.pem"
    garbage.write_text("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n")
    config = write_config(tmp_path / "config.toml", trust=[trust_root, garbage])
    code, checks, _ = self_test(config, tmp_path / "data")
    assert code == 1
    assert not checks["trust-anchors"]["ok"] and checks["trust-anchors"]["required"]
    assert f"trust anchor {garbage}: not a certificate" in checks["trust-anchors"]["detail"]


def test_a_trust_directory_counts_every_certificate_in_it(tmp_path: Path, trust_root: Path, pki: Any) -> None:
    directory = tmp_path / "anchors"
    directory.mkdir()
    (directory / "root.pem").write_bytes(trust_root.read_bytes())
    pki.write_root(directory, "other_root").rename(directory / "other.crt")
    (directory / "README.txt").write_text("ignored: not a certificate file")
    code, checks, _ = self_test(write_config(tmp_path / "config.toml", trust=[directory]), tmp_path / "data")
    assert code == 0, checks["trust-anchors"]
    assert checks["trust-anchors"]["detail"].startswith("2 certificates")


def test_a_dead_server_fails(tmp_path: Path) -> None:
    url = dead_url()
    code, checks, _ = self_test(write_config(tmp_path / "config.toml", server=url), tmp_path / "data")
    assert code == 1
    assert not checks["server"]["ok"] and checks["server"]["required"]
    assert f"{url}/v1/health does not answer" in checks["server"]["detail"]
    assert checks["server"]["seconds"] < 10


def test_a_dead_tsa_is_a_warning_while_signing_needs_none(tmp_path: Path, tsa_url: str) -> None:
    dead = dead_url()
    config = write_config(tmp_path / "config.toml", tsa=[dead, tsa_url], level="B-T")
    code, checks, _ = self_test(config, tmp_path / "data")
    assert code == 0
    assert checks[f"tsa {dead}"]["status"] == "warning"
    assert checks[f"tsa {tsa_url}"]["ok"]


def test_no_tsa_answering_fails_when_the_level_needs_one(tmp_path: Path) -> None:
    dead = dead_url()
    config = write_config(tmp_path / "config.toml", tsa=[dead], level="B-LT")
    code, checks, _ = self_test(config, tmp_path / "data")
    assert code == 1
    assert checks[f"tsa {dead}"]["required"] and "needs a TSA" in checks[f"tsa {dead}"]["detail"]


def test_human_output_has_one_line_per_check_and_a_verdict(tmp_path: Path) -> None:
    missing = tmp_path / "missing.so"
    config = write_config(tmp_path / "config.toml", module=missing)
    code, out, _ = run_cli("--config", config, "--data-dir", tmp_path / "data", "self-test")
    assert code == 1
    lines = out.strip().splitlines()
    assert any(line.startswith("✗ pkcs11") and str(missing) in line for line in lines)
    assert any(line.startswith("✓ render") for line in lines)
    assert lines[-1] == "self-test FAILED: pkcs11"


def test_mistakes_in_the_configuration_are_a_warning_and_the_rest_applies(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[signing]\nlevel = "B-X"\nmodule = "no-such.so"\n[sync]\nsrever = "x"\n', encoding="utf-8"
    )
    code, checks, _ = self_test(config, tmp_path / "data")
    assert code == 1  # the valid rest applies: the module named there is checked, and missing
    configuration = checks["configuration"]
    assert configuration["status"] == "warning" and not configuration["required"]
    assert str(config) in configuration["detail"]
    assert "signing.level" in configuration["detail"] and "sync.srever" in configuration["detail"]
    assert not checks["pkcs11"]["ok"] and "no-such.so" in checks["pkcs11"]["detail"]
    assert checks["render"]["ok"] and checks["data-directory"]["ok"]


def test_an_unparsable_configuration_is_a_warning_and_defaults_apply(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[signing\nmodule = ", encoding="utf-8")
    code, checks, _ = self_test(config, tmp_path / "data")
    assert code == 0
    assert checks["configuration"]["status"] == "warning" and str(config) in checks["configuration"]["detail"]
    assert checks["pkcs11"]["status"] == "skipped"


def test_the_machine_policy_is_named_with_its_locks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[policy]\nnote = "IT decides"\nlocked = ["signing.level"]\n[signing]\nlevel = "B-B"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("EOFFICE_POLICY", str(policy))
    code, checks, _ = self_test(write_config(tmp_path / "config.toml"), tmp_path / "data")
    assert code == 0
    assert f"machine policy {policy} (1 key locked)" in checks["configuration"]["detail"]


def test_fonts_found_by_family_pass_and_missing_ones_warn() -> None:
    """The fonts check alone: rendering with a second font preference in one process is another matter (the
    render check of each self-test run uses the configured fonts once)."""
    import fontpkg_sarabun

    from eoffice_desktop.config import Config
    from eoffice_desktop.support.checks import fonts

    files = Path(fontpkg_sarabun.__file__).parent / "files"
    found = fonts(Config(font_families=("Sarabun",), font_dirs=(files,)))
    assert found.status == "passed" and found.detail.startswith("letters are set in Sarabun (")

    missing = fonts(Config(font_families=("No Such Family",)))
    assert missing.status == "warning" and not missing.required
    assert "none of No Such Family is installed; letters are set in the bundled Sarabun" in missing.detail


def test_the_program_self_tests_headless_as_the_installers_smoke_test_runs_it(tmp_path: Path) -> None:
    """No display and no Qt platform chosen, no configuration: what a build machine or a fresh install has."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {
        "EOFFICE_DATA_DIR": str(tmp_path / "data"),
        "EOFFICE_CONFIG": str(tmp_path / "absent.toml"),
        "EOFFICE_LOG_DIR": str(tmp_path / "logs"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "eoffice_desktop.cli", "self-test", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    checks = {c["name"]: c for c in json.loads(done.stdout)}
    assert checks["render"]["ok"] and checks["database"]["ok"]
    assert "self-test render: passed" in (tmp_path / "logs" / "eoffice-desktop.log").read_text(
        encoding="utf-8"
    )
