"""Run as a program (``python -m tests.integration.support.hsm_setup SPEC.json``): a SoftHSM2 token in its own
directory, in its own process (SoftHSM reads SOFTHSM2_CONF once per process), holding a signing key and
certificate and a secret key whose value is known and readable without a PIN: what a careless diagnostics
tool would leak."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pkcs11
from pkcs11 import Attribute, KeyType, ObjectClass
from pkcs11.util.rsa import decode_rsa_private_key
from pkcs11.util.x509 import decode_x509_certificate


def main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    conf = os.environ["SOFTHSM2_CONF"]
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            spec["label"],
            "--pin",
            spec["pin"],
            "--so-pin",
            spec["so_pin"],
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "SOFTHSM2_CONF": conf},
    )
    lib = pkcs11.lib(spec["module"])
    token = lib.get_token(token_label=spec["label"])
    with token.open(rw=True, user_pin=spec["pin"]) as session:  # logged in with the PIN
        key = decode_rsa_private_key(bytes.fromhex(spec["key_der"]))
        key.update(
            {
                Attribute.TOKEN: True,
                Attribute.PRIVATE: True,
                Attribute.SENSITIVE: True,
                Attribute.LABEL: "signer",
                Attribute.ID: b"\x01",
                Attribute.SIGN: True,
            }
        )
        session.create_object(key)
        cert = decode_x509_certificate(bytes.fromhex(spec["cert_der"]))
        cert.update({Attribute.TOKEN: True, Attribute.LABEL: "signer", Attribute.ID: b"\x01"})
        cert[Attribute.CLASS] = ObjectClass.CERTIFICATE
        session.create_object(cert)
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.SECRET_KEY,
                Attribute.KEY_TYPE: KeyType.AES,
                Attribute.VALUE: bytes.fromhex(spec["secret"]),
                Attribute.TOKEN: True,
                Attribute.PRIVATE: False,  # readable in a public session
                Attribute.SENSITIVE: False,
                Attribute.EXTRACTABLE: True,
                Attribute.LABEL: "support-secret",
                Attribute.ID: b"\x02",
                Attribute.ENCRYPT: True,
            }
        )
    with token.open() as public:  # no PIN: the secret is readable, so a careless dump would carry it
        secret = public.get_key(object_class=ObjectClass.SECRET_KEY, label="support-secret")
        print(bytes(secret[Attribute.VALUE]).hex())


if __name__ == "__main__":
    main(sys.argv[1])
