"""A real SoftHSM2 token for tests, in a temporary directory, loaded with the test PKI's keys."""

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pkcs11
from pkcs11 import Attribute, ObjectClass
from pkcs11.util.rsa import decode_rsa_private_key
from pkcs11.util.x509 import decode_x509_certificate

from eoffice_desktop.signing.worker import worker_for
from tests.pki import Issued, TestPki

MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
TOKEN_LABEL = "eoffice-test"
USER_PIN = "123456"
SO_PIN = "12345678"


def module_path() -> Path | None:
    return next((Path(p) for p in MODULE_CANDIDATES if Path(p).exists()), None)


@dataclass(frozen=True)
class SoftHsm:
    module: Path
    conf: Path
    label: str
    pin: str


def make_token(directory: Path, pki: TestPki) -> SoftHsm:
    """Initialise a token (SOFTHSM2_CONF points into ``directory``) and import the test keys and certs."""
    module = module_path()
    util = shutil.which("softhsm2-util")
    if module is None or util is None:
        raise RuntimeError("SoftHSM2 is not installed (apt-get install softhsm2)")
    tokens = directory / "tokens"
    tokens.mkdir(parents=True)
    conf = directory / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        [util, "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", USER_PIN, "--so-pin", SO_PIN],
        check=True,
        capture_output=True,
        env={**os.environ, "SOFTHSM2_CONF": str(conf)},
    )
    worker = worker_for(module)  # the process's one owner of the module, as in the program

    def load() -> None:
        token = worker.lib.get_token(token_label=TOKEN_LABEL)
        with token.open(rw=True, user_pin=USER_PIN) as session:
            for number, issued in enumerate((pki.signer, pki.no_nr, pki.expired, pki.revoked), start=1):
                _import(session, issued, bytes([number]))
            # the signer's key once more, demanding the PIN for every signature (CKA_ALWAYS_AUTHENTICATE)
            _import(session, pki.signer, b"\x09", label="always-pin", always_authenticate=True)

    worker.call(load)
    return SoftHsm(module, conf, TOKEN_LABEL, USER_PIN)


def add_token(hsm: SoftHsm, label: str, *holders: Issued) -> SoftHsm:
    """Another token beside ``hsm`` (same SoftHSM configuration and module, so the process's one worker
    sees both), holding the keys and certificates of ``holders``: another person's card. SoftHSM reads its
    token directory when the module is initialised, so the module is initialised again (no session may be
    open). Take it out again with :func:`remove_token`."""
    _util("--init-token", "--free", "--label", label, "--pin", USER_PIN, "--so-pin", SO_PIN, conf=hsm.conf)
    worker = worker_for(hsm.module)

    def load() -> None:
        worker.lib.reinitialize()
        token = worker.lib.get_token(token_label=label)
        with token.open(rw=True, user_pin=USER_PIN) as session:
            for number, issued in enumerate(holders, start=1):
                _import(session, issued, bytes([number]))

    worker.call(load)
    return SoftHsm(hsm.module, hsm.conf, label, USER_PIN)


def remove_token(token: SoftHsm) -> None:
    """Delete a token made by :func:`add_token`: the other tests see only the first token again."""
    _util("--delete-token", "--token", token.label, conf=token.conf)
    worker = worker_for(token.module)

    def again() -> None:
        worker.lib.reinitialize()  # worker.lib: only on the worker thread

    worker.call(again)


def _util(*args: str, conf: Path) -> None:
    util = shutil.which("softhsm2-util")
    assert util is not None, "SoftHSM2 is not installed (apt-get install softhsm2)"
    subprocess.run(
        [util, *args], check=True, capture_output=True, env={**os.environ, "SOFTHSM2_CONF": str(conf)}
    )


def _import(
    session: pkcs11.Session,
    issued: Issued,
    key_id: bytes,
    label: str | None = None,
    always_authenticate: bool = False,
) -> None:
    label = label or issued.name
    key = decode_rsa_private_key(issued.key_der)
    if always_authenticate:
        key[Attribute.ALWAYS_AUTHENTICATE] = True
    key.update(
        {
            Attribute.TOKEN: True,
            Attribute.PRIVATE: True,
            Attribute.SENSITIVE: True,
            Attribute.LABEL: label,
            Attribute.ID: key_id,
            Attribute.SIGN: True,
        }
    )
    session.create_object(key)
    cert = decode_x509_certificate(issued.cert_der)
    cert.update({Attribute.TOKEN: True, Attribute.LABEL: label, Attribute.ID: key_id})
    cert[Attribute.CLASS] = ObjectClass.CERTIFICATE
    session.create_object(cert)
