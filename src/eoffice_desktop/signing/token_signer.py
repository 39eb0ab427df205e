"""pyHanko's signer over our signing backend, through pyHanko's public ``Signer`` base class: pyHanko builds
the CMS structure and the signed attributes, the backend signs them on the token's worker thread."""

from collections.abc import Sequence

from asn1crypto import x509
from pyhanko.sign.signers.pdf_cms import Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from eoffice_desktop.signing.backend import SigningBackend
from eoffice_desktop.signing.certs import CertificateInfo
from eoffice_desktop.signing.tokens import TokenChoice

PLACEHOLDER_SIZE = 512
"""Bytes reserved for the raw signature while pyHanko sizes the CMS (RSA-4096 needs 512; ECDSA far less)."""


class TokenSigner(Signer):
    """Signs with the key of ``cert`` on the token ``token`` names; the caller logs in and out through the
    backend. The mechanism is pyHanko's default for the certificate's key: RSA PKCS#1 v1.5, or ECDSA."""

    def __init__(
        self,
        backend: SigningBackend,
        token: TokenChoice,
        cert: CertificateInfo,
        chain: Sequence[x509.Certificate] = (),
    ) -> None:
        signing_cert = x509.Certificate.load(cert.der)
        super().__init__(
            signing_cert=signing_cert,
            cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                [signing_cert, *chain]
            ),
        )
        self.backend = backend
        self.token = token
        self.key_id = cert.id

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        if dry_run:
            return bytes(PLACEHOLDER_SIZE)
        digest = digest_algorithm.lower()
        mechanism = self.get_signature_mechanism_for_digest(digest)
        return self.backend.sign_raw(self.token, self.key_id, data, digest, mechanism.signature_algo)
