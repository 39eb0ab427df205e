"""Which PKCS#11 mechanism makes the signature a CMS SignerInfo needs.

RSA: PKCS#1 v1.5 with the digest done by the token (CKM_SHA256_RSA_PKCS). ECDSA: the digest is done here and
the token signs it raw (CKM_ECDSA), as SoftHSM and most cards lack CKM_ECDSA_SHA256; the token's r‖s is then
DER-encoded as CMS wants it.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from pkcs11 import Mechanism
from pkcs11.util.ec import encode_ecdsa_signature

from eoffice_desktop.signing.errors import SigningError

_RSA_PKCS = {
    "sha256": Mechanism.SHA256_RSA_PKCS,
    "sha384": Mechanism.SHA384_RSA_PKCS,
    "sha512": Mechanism.SHA512_RSA_PKCS,
}
_DIGESTS = ("sha256", "sha384", "sha512")


@dataclass(frozen=True)
class Operation:
    mechanism: Mechanism
    data: bytes  # what the token is given
    finish: Callable[[bytes], bytes]  # the token's answer → the signature CMS carries


def operation(data: bytes, digest_algorithm: str, signature_algorithm: str) -> Operation:
    digest = digest_algorithm.lower()
    if digest not in _DIGESTS:
        raise SigningError(f"digest {digest_algorithm} is not supported: use sha256, sha384 or sha512")
    if signature_algorithm == "rsassa_pkcs1v15":
        return Operation(_RSA_PKCS[digest], data, lambda signature: signature)
    if signature_algorithm == "ecdsa":
        return Operation(Mechanism.ECDSA, hashlib.new(digest, data).digest(), encode_ecdsa_signature)
    raise SigningError(
        f"signature algorithm {signature_algorithm} is not supported: the key must be RSA or EC",
        thai="ไม่รองรับชนิดกุญแจนี้ ใช้ได้เฉพาะกุญแจ RSA หรือ EC",
    )
