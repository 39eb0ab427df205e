"""`eoffice-desktop diagnostics`: what support needs, and never a PIN, a token secret or letter content.

Everything runs for real, as separate programs: a SoftHSM2 token of its own (known PIN, SO PIN and a secret
key readable without a PIN), a store holding a letter, logs written at DEBUG by drafting and signing that
letter with the token, a configuration with credentials in its server address, and secrets in the
environment.
"""

import base64
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.store.db import HEAD_REVISION
from tests.helpers import ROOT, example
from tests.softhsm import module_path

PIN = "Pin-7391-zq"
SO_PIN = "So-8842-xk"
LABEL = "diag-token-ก"
SUBJECT = "เรื่องลับเฉพาะทดสอบวินิจฉัยระบบ"
BODY = "ข้อความในหนังสือที่ห้ามรั่วไหลออกไป QZX-BODY-7731"
SYNC_TOKEN = "sync-token-4f1d9e2b7c"
SERVER_PASSWORD = "srv-pass-99812"
PROXY_PASSWORD = "proxy-pass-55120"


def _program(*args: str | Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, *(str(a) for a in args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


def _forms(secret: str) -> list[bytes]:
    """The ways a string can sit in a file."""
    return [
        secret.encode("utf-8"),
        secret.encode("utf-16-le"),
        secret.encode("utf-16-be"),
        json.dumps(secret)[1:-1].encode("ascii"),  # \\uXXXX escapes
    ]


@pytest.fixture(scope="module")
def machine(tmp_path_factory: pytest.TempPathFactory, pki: Any) -> dict[str, Any]:
    tmp_path = tmp_path_factory.mktemp("diagnostics")
    module = module_path()
    if module is None:
        pytest.fail("SoftHSM2 is required: apt-get install softhsm2")
    tokens = tmp_path / "softhsm" / "tokens"
    tokens.mkdir(parents=True)
    conf = tmp_path / "softhsm" / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[sync]\nserver = "https://diag:{SERVER_PASSWORD}@127.0.0.1:9/"\n[signing]\nmodule = "{module}"\n',
        encoding="utf-8",
    )
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[policy]\nnote = "ตั้งค่าโดยฝ่ายไอที"\nlocked = ["signing.level"]\n[signing]\nlevel = "B-B"\n',
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "SOFTHSM2_CONF": str(conf),
        "EOFFICE_CONFIG": str(config),
        "EOFFICE_DATA_DIR": str(tmp_path / "data"),
        "EOFFICE_LOG_DIR": str(tmp_path / "logs"),
        "EOFFICE_POLICY": str(policy),
        "EOFFICE_TEST_PIN": PIN,
        "EOFFICE_SYNC_TOKEN": SYNC_TOKEN,
        "HTTPS_PROXY": f"http://diag:{PROXY_PASSWORD}@127.0.0.1:9",
        "NO_PROXY": "127.0.0.1,localhost",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
    }
    secret = os.urandom(32).hex()
    spec = tmp_path / "token.json"
    spec.write_text(
        json.dumps(
            {
                "module": str(module),
                "label": LABEL,
                "pin": PIN,
                "so_pin": SO_PIN,
                "secret": secret,
                "key_der": pki.signer.key_der.hex(),
                "cert_der": pki.signer.cert_der.hex(),
            }
        ),
        encoding="utf-8",
    )
    readable = _program("-m", "tests.integration.support.hsm_setup", spec, env=env).stdout.strip()
    assert readable == secret  # the secret really is there for the taking, without a PIN
    return {"env": env, "secret": secret, "dir": tmp_path, "serial": pki.signer.cert.serial_number}


def _letter_in_store(data_dir: Path) -> dict[str, Any]:
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.letters import LetterRepository

    data = example("memo") | {"subject": SUBJECT, "body": [BODY]}
    store = open_store(data_dir)
    try:
        LetterRepository(store, "test").create("memo", data)
    finally:
        store.close()
    return data


@pytest.fixture(scope="module")
def report(machine: dict[str, Any]) -> dict[str, bytes]:
    """The diagnostics zip's members (and "": the zip itself) after real work on the machine."""
    env, tmp = machine["env"], machine["dir"]
    data = _letter_in_store(tmp / "data")
    letter = tmp / "letter.json"
    letter.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    cli = ("-m", "eoffice_desktop.cli", "-v")
    _program(*cli, "draft", "--template", "memo", "--data", letter, "--out", tmp / "letter.pdf", env=env)
    _program(
        *cli,
        "sign",
        tmp / "letter.pdf",
        "--out",
        tmp / "signed.pdf",
        "--pkcs11-module",
        module_path() or "",
        "--token-label",
        LABEL,
        "--pin-env",
        "EOFFICE_TEST_PIN",
        env=env,
    )
    log_file = tmp / "logs" / "eoffice-desktop.log"
    assert " DEBUG " in log_file.read_text(encoding="utf-8")  # -v wrote details to the file
    with log_file.open("a", encoding="utf-8") as handle:  # careless log records, as a bug could write them
        handle.write(f"2026-11-24 10:00:00,001 DEBUG eoffice_desktop.x: rendering {SUBJECT}\n")
        handle.write(f"2026-11-24 10:00:00,002 INFO eoffice_desktop.x: saved body {BODY}\n")
        handle.write("2026-11-24 10:00:00,003 ERROR eoffice_desktop.ui.crash: unexpected error\n")
        handle.write(f"Traceback (most recent call last):\n  ValueError: subject {SUBJECT!r}\n")

    out = tmp / "report" / "diagnostics.zip"
    out.parent.mkdir()
    done = _program("-m", "eoffice_desktop.cli", "diagnostics", "--out", out, env=env)
    assert str(out) in done.stdout

    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return {"": out.read_bytes(), **members}


def test_the_zip_holds_no_pin_secret_or_letter_text(
    machine: dict[str, Any], report: dict[str, bytes]
) -> None:
    secret = bytes.fromhex(machine["secret"])
    forbidden = {
        "PIN": _forms(PIN),
        "SO PIN": _forms(SO_PIN),
        "token secret": [
            secret,
            *_forms(machine["secret"]),
            *_forms(machine["secret"].upper()),
            *_forms(base64.b64encode(secret).decode()),
        ],
        "letter subject": _forms(SUBJECT),
        "letter body": [*_forms(BODY), *_forms("QZX-BODY-7731"), *_forms("ห้ามรั่วไหล")],
        "sync token": _forms(SYNC_TOKEN),
        "server password": _forms(SERVER_PASSWORD),
        "proxy password": _forms(PROXY_PASSWORD),
    }
    for what, forms in forbidden.items():
        for name, blob in report.items():
            for form in forms:
                assert form not in blob, f"the {what} is in {name or 'the zip file'}"


def test_the_zip_tells_support_what_it_needs(machine: dict[str, Any], report: dict[str, bytes]) -> None:
    tmp, members = machine["dir"], report

    def text(name: str) -> str:
        return members[name].decode("utf-8")

    assert {"README.txt", "versions.json", "configuration.json", "environment.json", "self-test.json"} <= set(
        members
    )
    assert {"tokens.json", "store.json", "logs/eoffice-desktop.log"} <= set(members)
    versions = json.loads(text("versions.json"))
    assert versions["eoffice-desktop"] and versions["python"].startswith(sys.version.split()[0])
    assert versions["libraries"]["pyHanko"] and versions["libraries"]["Qt"]

    tokens = json.loads(text("tokens.json"))
    token = next(s for s in tokens["slots"] if s["token"] and s["token"]["label"] == LABEL)
    assert [c["label"] for c in token["certificates"]] == ["signer"]
    assert "นายสมชาย ใจดี" in token["certificates"][0]["subject"]
    assert "eoffice test root CA" in token["certificates"][0]["issuer"]
    assert token["certificates"][0]["serial_number"] == format(machine["serial"], "x")

    settings = json.loads(text("configuration.json"))["settings"]
    assert settings["signing.module"]["value"] == str(module_path())
    assert settings["signing.module"]["source"].startswith("user ")
    assert (
        settings["signing.level"]["source"].startswith("policy ")
        and "policy.toml" in settings["signing.level"]["source"]
    )
    assert settings["signing.level"]["locked"] == "ตั้งค่าโดยฝ่ายไอที"
    assert settings["ui.language"]["source"] == "default"

    environment = json.loads(text("environment.json"))
    assert environment["EOFFICE_DATA_DIR"] == str(tmp / "data")
    assert "EOFFICE_TEST_PIN" in environment and "EOFFICE_SYNC_TOKEN" in environment

    store = json.loads(text("store.json"))
    assert store["schema_revision"] == HEAD_REVISION
    assert store["states"]["letters"] == {"draft": 1}

    checks = {c["name"]: c for c in json.loads(text("self-test.json"))}
    assert checks["pkcs11"]["ok"] and LABEL in checks["pkcs11"]["detail"]
    assert not checks["server"]["ok"]  # nothing listens there

    logs = text("logs/eoffice-desktop.log")
    assert ": sign" in logs and ": draft" in logs  # the commands' INFO records
    assert "unexpected error" in logs and "[redacted]" in logs
    assert not re.search(r"^\d{4}-\d\d-\d\d \S+ DEBUG ", logs, re.MULTILINE)  # DEBUG records are left out
    assert "DEBUG record(s) left out" in logs


def test_an_unwritable_destination_fails_cleanly(tmp_path: Path) -> None:
    from tests.helpers import run_cli

    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    code, _, err = run_cli("--data-dir", tmp_path / "data", "diagnostics", "--out", blocker / "d.zip")
    assert code == 1
    assert f"cannot write {blocker / 'd.zip'}" in err
    assert list(tmp_path.iterdir()) == [blocker]  # nothing done before the destination was found unusable
