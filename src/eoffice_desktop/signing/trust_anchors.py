"""The trust anchors a signature must chain to: certificate files IT deploys (the OS store is not used)."""

import logging
from collections.abc import Sequence
from pathlib import Path

from asn1crypto import pem, x509

from eoffice_desktop.signing.errors import SigningError

log = logging.getLogger(__name__)


def load_trust_anchors(paths: Sequence[Path]) -> list[x509.Certificate]:
    """Certificates from PEM or DER files (a PEM file may hold several), or from every certificate file
    (``.pem``, ``.crt``, ``.cer``, ``.der``) in a folder, as IT deploys them."""
    anchors = []
    for path in _anchor_files(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SigningError(f"cannot read trust anchor {path}: {exc.strerror or exc}") from exc
        anchors += _certificates(path, data)
    return anchors


def _certificates(path: Path, data: bytes) -> list[x509.Certificate]:
    """The X.509 certificates of one file: a DER certificate, or the CERTIFICATE blocks of a PEM file (other
    blocks, such as a key kept beside the certificate, are passed over). None at all is an error."""
    kinds: list[str] = []
    try:
        if pem.detect(data):
            blocks = []
            for kind, _headers, der in pem.unarmor(data, multiple=True):
                kinds.append(kind)
                if kind == "CERTIFICATE":
                    blocks.append(der)
        else:
            blocks = [data]
        certificates = [x509.Certificate.load(der) for der in blocks]
        for certificate in certificates:
            _ = certificate.native  # asn1crypto parses lazily: a key or other DER fails only here
    except (ValueError, TypeError, KeyError) as exc:
        log.debug("trust anchor %s: %s", path, exc)
        certificates = []
    if certificates:
        return certificates
    key = ": it holds a private key; give the CA's certificate, and keep keys out of trust files"
    holds_key = any("PRIVATE KEY" in kind for kind in kinds)
    raise SigningError(
        f"trust anchor {path}: not a certificate (PEM or DER X.509 expected){key if holds_key else ''}",
        thai=f"ไฟล์ {path} ไม่ใช่ใบรับรอง (ต้องเป็นใบรับรอง X.509 แบบ PEM หรือ DER)",
    )


CERTIFICATE_SUFFIXES = (".pem", ".crt", ".cer", ".der")


def _anchor_files(paths: Sequence[Path]) -> list[Path]:
    files = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in CERTIFICATE_SUFFIXES and p.is_file())
        if not found:
            raise SigningError(
                f"trust anchor folder {path} holds no certificate files ({', '.join(CERTIFICATE_SUFFIXES)})"
            )
        files += found
    return files
