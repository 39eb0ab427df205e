"""The signing backend: what the rest of the program asks of a token, whatever library drives it.

Tokens present, the certificates of one, a login (with the PIN policy of :mod:`signing.pin`) held until
logout, and a raw signature of some bytes. One worker thread owns the PKCS#11 module in a process
(:mod:`signing.worker`): every call runs there, whichever thread makes it, and :attr:`worker` lets a caller
run a longer piece of work there too (a batch holds the token for its whole duration).

The python-pkcs11 implementation is :class:`signing.tokens.TokenService`; pyHanko reaches it through
:class:`signing.token_signer.TokenSigner`.
"""

from typing import Protocol

from eoffice_desktop.signing.certs import CertificateInfo
from eoffice_desktop.signing.pin import PinProvider
from eoffice_desktop.signing.tokens import TokenChoice, TokenInfo
from eoffice_desktop.signing.worker import TokenWorker


class SigningBackend(Protocol):
    """Errors are the signing package's own: TokenError, TokenRemoved (the token went away: any login on it
    is gone too), PinError and WrongPin. A PIN never appears in one."""

    @property
    def worker(self) -> TokenWorker:
        """The thread every token call runs on."""

    def tokens(self) -> list[TokenInfo]:
        """The initialised tokens present now."""

    def certificates(self, choice: TokenChoice) -> tuple[TokenInfo, list[CertificateInfo]]:
        """The one token ``choice`` names, read afresh, and its certificates (no login needed)."""

    def login(self, choice: TokenChoice, provider: PinProvider) -> None:
        """Log in to the token ``choice`` names, asking ``provider`` for the PIN as the token's PIN state
        allows. The login lasts until :meth:`logout` (or until the token goes)."""

    def logged_in(self, choice: TokenChoice) -> bool:
        """Whether this backend holds a login on the token ``choice`` names."""

    def logout(self, choice: TokenChoice) -> None:
        """End the login (nothing happens without one); the PIN is forgotten."""

    def sign_raw(
        self, choice: TokenChoice, key_id: str, data: bytes, digest_algorithm: str, signature_algorithm: str
    ) -> bytes:
        """The signature of ``data`` by the private key with id ``key_id`` (hex, the id of its certificate)
        on the logged-in token: ``data`` is hashed with ``digest_algorithm`` ("sha256") and signed with
        ``signature_algorithm`` (asn1crypto's name: "rsassa_pkcs1v15" or "ecdsa"). The result is what goes
        into a CMS SignerInfo (an ECDSA signature DER-encoded). A key that demands the PIN for every
        signature gets it again from the login."""
