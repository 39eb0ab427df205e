"""The tokens of the configured PKCS#11 module and their certificates, for support.

Only what any program may read without a PIN: slot and token information and public certificate objects.
No login is made, no private or secret key object is touched, no attribute value other than a certificate's
is read.
"""

import hashlib
from pathlib import Path
from typing import Any

from asn1crypto import x509
from pkcs11 import Attribute, ObjectClass

from eoffice_desktop.signing.certs import CertificateInfo
from eoffice_desktop.signing.tokens import TokenInfo
from eoffice_desktop.signing.worker import worker_for

TIMEOUT_S = 15.0


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").strip(" \x00")
    return str(value).strip()


def _certificate(obj: Any) -> dict[str, Any]:
    der = bytes(obj[Attribute.VALUE])
    info = CertificateInfo.from_der(der, str(obj[Attribute.LABEL]), bytes(obj[Attribute.ID]))
    cert = x509.Certificate.load(der)
    return {
        **info.describe(),
        "serial_number": format(cert.serial_number, "x"),
        "sha256": hashlib.sha256(der).hexdigest(),
    }


def token_inventory(module: Path) -> dict[str, Any]:
    """The module's description, its slots and tokens, and each token's certificates."""
    worker = worker_for(module)

    def run() -> dict[str, Any]:
        lib = worker.lib
        version = getattr(lib, "library_version", None)
        slots = []
        for slot in lib.get_slots(token_present=False):
            entry: dict[str, Any] = {
                "description": _text(slot.slot_description),
                "manufacturer": _text(slot.manufacturer_id),
                "flags": str(slot.flags),
            }
            try:
                token = slot.get_token()
            except Exception as exc:  # an empty reader: no token
                entry["token"] = None
                entry["note"] = type(exc).__name__
                slots.append(entry)
                continue
            entry["token"] = {**TokenInfo.of(token).describe(), "flags": str(token.flags)}
            try:
                with token.open() as session:  # a public session: no PIN
                    objects = session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})
                    entry["certificates"] = [_certificate(obj) for obj in objects]
            except Exception as exc:
                entry["certificates_error"] = f"{type(exc).__name__}: {exc}"
            slots.append(entry)
        return {
            "module": str(module),
            "manufacturer": _text(lib.manufacturer_id),
            "description": _text(lib.library_description),
            "version": ".".join(str(v) for v in version) if isinstance(version, tuple) else str(version),
            "cryptoki_version": ".".join(str(v) for v in getattr(lib, "cryptoki_version", ()) or ()),
            "slots": slots,
        }

    return worker.submit(run).result(timeout=TIMEOUT_S)
