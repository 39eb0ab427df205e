"""A small PKI for tests: a root CA and signing certificates (good, without nonRepudiation, expired)."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

UTC = dt.UTC


@dataclass(frozen=True)
class Issued:
    name: str
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def key_der(self) -> bytes:
        """PKCS#1 (what python-pkcs11's decode_rsa_private_key reads)."""
        return self.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )


def _name(common: str, title: str | None = None) -> x509.Name:
    parts = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "TH"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "eoffice-desktop test PKI"),
        x509.NameAttribute(NameOID.COMMON_NAME, common),
    ]
    if title:
        parts.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(parts)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_root(now: dt.datetime) -> Issued:
    key = _key()
    name = _name("eoffice test root CA")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=365))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued("root", key, cert)


def issue(
    root: Issued,
    name: str,
    common: str,
    *,
    title: str | None = None,
    non_repudiation: bool = True,
    not_before: dt.datetime,
    not_after: dt.datetime,
    timestamping: bool = False,
    base_url: str | None = None,
) -> Issued:
    key = _key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common, title))
        .issuer_name(root.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, non_repudiation, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.key.public_key()), critical=False
        )
    )
    if timestamping:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    if base_url:  # where validators find revocation status: the test responder on loopback
        ocsp_url = x509.UniformResourceIdentifier(f"{base_url}/ocsp")
        crl_url = x509.UniformResourceIdentifier(f"{base_url}/crl")
        builder = builder.add_extension(
            x509.AuthorityInformationAccess(
                [x509.AccessDescription(AuthorityInformationAccessOID.OCSP, ocsp_url)]
            ),
            critical=False,
        )
        builder = builder.add_extension(
            x509.CRLDistributionPoints([x509.DistributionPoint([crl_url], None, None, None)]), critical=False
        )
    return Issued(name, key, builder.sign(root.key, hashes.SHA256()))


@dataclass(frozen=True)
class TestPki:
    root: Issued
    signer: Issued  # nonRepudiation, valid now
    no_nr: Issued  # digitalSignature only
    expired: Issued
    other_root: Issued  # an unrelated root: documents signed under `root` are untrusted against it
    tsa: Issued  # a timestamp authority under `root`
    revoked: Issued  # nonRepudiation and in date, but revoked by `root`
    signer2: Issued  # two more good signers, for letters signed by several people
    signer3: Issued

    def write_root(self, directory: Path, which: str = "root") -> Path:
        path = directory / f"{which}.pem"
        issued = self.root if which == "root" else self.other_root
        path.write_bytes(issued.cert.public_bytes(serialization.Encoding.PEM))
        return path


def make_pki(base_url: str | None = None) -> TestPki:
    """``base_url``: the test responder; certificates then carry its OCSP and CRL addresses."""
    now = dt.datetime.now(UTC)
    root = make_root(now)
    year = dt.timedelta(days=365)
    ok = {"not_before": now - year, "not_after": now + year, "base_url": base_url}
    return TestPki(
        root=root,
        signer=issue(root, "signer", "นายสมชาย ใจดี", title="ปลัดกระทรวง", **ok),  # type: ignore[arg-type]
        no_nr=issue(root, "no-nr", "นางสาวฝ้าย น้ำใจงาม", non_repudiation=False, **ok),  # type: ignore[arg-type]
        expired=issue(
            root, "expired", "นายหมดอายุ ทดสอบ", not_before=now - 2 * year, not_after=now - year / 12
        ),
        other_root=make_root(now),
        tsa=issue(root, "tsa", "eoffice test TSA", timestamping=True, **ok),  # type: ignore[arg-type]
        revoked=issue(root, "revoked", "นายถูกเพิกถอน ทดสอบ", **ok),  # type: ignore[arg-type]
        signer2=issue(root, "signer2", "นางสาวสมหญิง รักงาน", title="รองปลัดกระทรวง", **ok),  # type: ignore[arg-type]
        signer3=issue(root, "signer3", "นายสมศักดิ์ มั่นคง", title="ผู้อำนวยการกอง", **ok),  # type: ignore[arg-type]
    )
