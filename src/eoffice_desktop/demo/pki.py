"""The demo PKI: a root CA and one signing certificate, both saying in their names that they are a demo.

Made with `cryptography` when the demo token is first made. The root's private key is thrown away once the
signer is issued (the demo never issues again) and the signer's key goes into the token only: nothing
secret is written to disk. The root's certificate is the demo's trust anchor.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from eoffice_desktop.durable import write_atomically

ROOT_NAME = "eOffice DEMO Root CA"
ROOT_NOTE = "ทดลองเท่านั้น – ไม่ใช่ของจริง"
"""The root's organisational unit: `cryptography` caps a common name at 64 UTF-8 bytes, which the Thai note
(3 bytes a letter) would overrun, so it goes beside the name rather than in it."""
SIGNER_NAME = "นายทดลอง ใช้งาน (DEMO)"
SIGNER_TITLE = "ผู้อำนวยการสำนักงานตัวอย่าง (ทดลอง)"
ORGANIZATION = "DEMO – ไม่ใช่ใบรับรองจริง"
DEMO_MARK = "DEMO"
"""Every subject of the demo PKI contains this word: what a check (or a person) looks for."""

SIGNER_VALIDITY = dt.timedelta(days=730)
ROOT_VALIDITY = dt.timedelta(days=3650)


@dataclass(frozen=True)
class DemoPki:
    root: x509.Certificate
    signer: x509.Certificate
    signer_key: rsa.RSAPrivateKey

    @property
    def signer_key_der(self) -> bytes:
        """PKCS#1 DER, what python-pkcs11's ``decode_rsa_private_key`` reads."""
        return self.signer_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )

    @property
    def signer_der(self) -> bytes:
        return self.signer.public_bytes(serialization.Encoding.DER)


def _name(common: str, title: str | None = None, unit: str | None = None) -> x509.Name:
    parts = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "TH"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
    ]
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common))
    if title:
        parts.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(parts)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_demo_pki(now: dt.datetime | None = None) -> DemoPki:
    now = now or dt.datetime.now(dt.UTC)
    root_key = _key()
    root_name = _name(ROOT_NAME, unit=ROOT_NOTE)
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + ROOT_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    signer_key = _key()
    signer = (
        x509.CertificateBuilder()
        .subject_name(_name(SIGNER_NAME, SIGNER_TITLE))
        .issuer_name(root.subject)
        .public_key(signer_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + SIGNER_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(  # digitalSignature + nonRepudiation: what signing official letters demands
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(signer_key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False
        )
        .sign(root_key, hashes.SHA256())
    )
    return DemoPki(root=root, signer=signer, signer_key=signer_key)


def write_certificate(cert: x509.Certificate, path: Path) -> Path:
    """A certificate as PEM (public: the root is the trust anchor; the signer's records what the token
    holds)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, cert.public_bytes(serialization.Encoding.PEM))
    return path
