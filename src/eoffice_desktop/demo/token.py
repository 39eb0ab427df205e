"""The demo's SoftHSM2 token: in the demo directory, label ``eoffice-demo``, user PIN ``123456``.

SoftHSM reads ``SOFTHSM2_CONF`` once, when the module is initialised (C_Initialize), and this program loads
a PKCS#11 module once per process (signing/worker.py). So the demo writes its own ``softhsm2.conf`` (token
directory inside the demo directory) and sets ``SOFTHSM2_CONF`` *before* the module is loaded: the demo runs
in a process of its own (the ``demo`` command), never inside one that already used SoftHSM with another
configuration. Were the module loaded already, the demo token would not be seen; that is reported as such
rather than leaving the user's own SoftHSM tokens touched.

Nothing is installed: without SoftHSM2 the error says which Debian package to install.
"""

import logging
import os
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from eoffice_desktop.demo.errors import DemoError
from eoffice_desktop.demo.pki import DemoPki, make_demo_pki, write_certificate

log = logging.getLogger(__name__)

MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
TOKEN_LABEL = "eoffice-demo"
USER_PIN = "123456"  # shown to the user: it is a demo token
KEY_LABEL = "demo-signer"
KEY_ID = b"\x01"
APT_HINT = "sudo apt-get install softhsm2"

CONF_FILE = "softhsm2.conf"
TOKEN_DIR = "tokens"
ROOT_FILE = Path("pki") / "root.pem"
SIGNER_FILE = Path("pki") / "signer.pem"  # written last: its presence means the token is complete


@dataclass(frozen=True)
class SoftHsmInstall:
    module: Path
    util: Path


@dataclass(frozen=True)
class DemoToken:
    module: Path
    conf: Path
    label: str
    pin: str
    certificate_der: bytes  # the signing certificate the token holds
    root: Path  # the demo root (PEM): the trust anchor
    created: bool  # made by this run (False: reused)


def find_module() -> Path | None:
    return next((Path(p) for p in MODULE_CANDIDATES if Path(p).is_file()), None)


def find_softhsm() -> SoftHsmInstall:
    """SoftHSM2's PKCS#11 module and ``softhsm2-util``, or an error telling what to install."""
    module = find_module()
    util = shutil.which("softhsm2-util")
    if module is None or util is None:
        missing = "softhsm2-util" if module is not None else "the SoftHSM2 PKCS#11 module"
        raise DemoError(
            f"the demo needs SoftHSM2 (a software token) and {missing} is missing: install it with "
            f"`{APT_HINT}` (nothing is installed for you), then run the demo again",
            thai=f"การสาธิตต้องใช้ SoftHSM2 (โทเค็นจำลอง) ซึ่งยังไม่ได้ติดตั้ง กรุณาติดตั้งด้วยคำสั่ง `{APT_HINT}` "
            "แล้วเรียกการสาธิตอีกครั้ง (โปรแกรมไม่ติดตั้งสิ่งใดให้เอง)",
        )
    return SoftHsmInstall(module, Path(util))


def write_conf(directory: Path) -> Path:
    conf = directory / CONF_FILE
    tokens = directory / TOKEN_DIR
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n", encoding="utf-8"
    )
    return conf


def _complete(directory: Path) -> bool:
    return (
        (directory / TOKEN_DIR).is_dir()
        and (directory / ROOT_FILE).is_file()
        and (directory / SIGNER_FILE).is_file()
    )


def _discard(directory: Path) -> None:
    """Remove a token (and its certificates) that was not finished."""
    shutil.rmtree(directory / TOKEN_DIR, ignore_errors=True)
    for name in (ROOT_FILE, SIGNER_FILE):
        (directory / name).unlink(missing_ok=True)


def ensure_token(directory: Path) -> DemoToken:
    """The demo token in ``directory``: reused when a previous run finished it, else made afresh."""
    install = find_softhsm()  # before anything is written
    reuse = _complete(directory)
    if not reuse:
        _discard(directory)
    conf = write_conf(directory)
    os.environ["SOFTHSM2_CONF"] = str(conf)  # before the module is loaded in this process: see above
    if not reuse:
        try:
            _make(directory, install, conf)
        except BaseException:
            _discard(directory)
            conf.unlink(missing_ok=True)
            raise
    der = _check(install.module, directory)
    return DemoToken(install.module, conf, TOKEN_LABEL, USER_PIN, der, directory / ROOT_FILE, not reuse)


def _make(directory: Path, install: SoftHsmInstall, conf: Path) -> None:
    (directory / TOKEN_DIR).mkdir(parents=True)
    so_pin = secrets.token_hex(8)  # never needed again: the demo token is remade, not administered
    try:
        subprocess.run(
            [
                str(install.util),
                "--init-token",
                "--free",
                "--label",
                TOKEN_LABEL,
                "--pin",
                USER_PIN,
                "--so-pin",
                so_pin,
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "SOFTHSM2_CONF": str(conf)},
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        raise DemoError(
            f"softhsm2-util could not make the demo token: {detail.decode(errors='replace').strip() or exc}",
            thai="สร้างโทเค็นสาธิตด้วย softhsm2-util ไม่ได้",
        ) from None
    pki = make_demo_pki()
    _import(install.module, pki)
    write_certificate(pki.root, directory / ROOT_FILE)
    write_certificate(pki.signer, directory / SIGNER_FILE)  # last: the token is complete
    log.info("made the demo token %r in %s", TOKEN_LABEL, directory / TOKEN_DIR)


def _not_seen() -> DemoError:
    return DemoError(
        f"the demo token {TOKEN_LABEL!r} is not visible to SoftHSM in this process: the PKCS#11 module was "
        "loaded before with another SOFTHSM2_CONF. Run the demo in a process of its own "
        "(`eoffice-desktop demo`)",
        thai="มองไม่เห็นโทเค็นสาธิต เพราะโมดูล PKCS#11 ถูกโหลดไว้แล้วด้วยการตั้งค่าอื่น "
        "กรุณาเรียก `eoffice-desktop demo` แยกต่างหาก",
    )


def _import(module: Path, pki: DemoPki) -> None:
    """The signer's key and certificate into the token, on the module's one worker thread."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass
    from pkcs11.util.rsa import decode_rsa_private_key
    from pkcs11.util.x509 import decode_x509_certificate

    from eoffice_desktop.signing.worker import worker_for

    worker = worker_for(module)

    def load() -> None:
        try:
            token = worker.lib.get_token(token_label=TOKEN_LABEL)
        except pkcs11.NoSuchToken:
            raise _not_seen() from None
        with token.open(rw=True, user_pin=USER_PIN) as session:
            key = decode_rsa_private_key(pki.signer_key_der)
            key.update(
                {
                    Attribute.TOKEN: True,
                    Attribute.PRIVATE: True,
                    Attribute.SENSITIVE: True,
                    Attribute.EXTRACTABLE: False,
                    Attribute.LABEL: KEY_LABEL,
                    Attribute.ID: KEY_ID,
                    Attribute.SIGN: True,
                }
            )
            session.create_object(key)
            cert = decode_x509_certificate(pki.signer_der)
            cert.update({Attribute.TOKEN: True, Attribute.LABEL: KEY_LABEL, Attribute.ID: KEY_ID})
            cert[Attribute.CLASS] = ObjectClass.CERTIFICATE
            session.create_object(cert)

    worker.call(load)


def _check(module: Path, directory: Path) -> bytes:
    """The token holds exactly the demo signing certificate recorded beside it; returns its DER."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from eoffice_desktop.signing.errors import TokenError
    from eoffice_desktop.signing.tokens import TokenChoice, TokenService

    expected = x509.load_pem_x509_certificate((directory / SIGNER_FILE).read_bytes())
    der = expected.public_bytes(serialization.Encoding.DER)
    try:
        _info, certificates = TokenService(module).certificates(TokenChoice(label=TOKEN_LABEL))
    except TokenError as exc:
        if "no token with" in str(exc):
            raise _not_seen() from exc
        raise
    if [c.der for c in certificates] != [der]:
        raise DemoError(
            f"the demo token in {directory / TOKEN_DIR} does not hold the demo certificate: "
            "run `eoffice-desktop demo --reset` to make it again",
            thai="โทเค็นสาธิตไม่มีใบรับรองสาธิต กรุณาเรียก `eoffice-desktop demo --reset`",
        )
    return der
