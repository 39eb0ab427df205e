"""Errors of the signing package. Messages never contain a PIN."""

from typing import Any

from eoffice_desktop.errors import EOfficeError


class SigningError(EOfficeError):
    """Signing or validation cannot go on."""


class TokenError(SigningError):
    """The PKCS#11 module, a token or an object on it is missing, ambiguous or failing."""


class TokenRemoved(TokenError):
    """The token went away during the work."""


class PinError(SigningError):
    """Login failed or was refused: wrong PIN, locked PIN, cancelled."""


class WrongPin(PinError):
    """The token refused the PIN it was given (the message says how many tries are left, and what to do);
    ``status`` is the token's PIN state just after (a signing.pin.PinStatus), when the token told it."""

    def __init__(self, message: str, *, thai: str, status: Any = None) -> None:
        super().__init__(message, thai=thai)
        self.status = status


class CertificateRefused(SigningError):
    """The certificate may not sign letters (no nonRepudiation, expired, not yet valid)."""


class InputRefused(SigningError):
    """The PDF to sign is not a PDF, or holds changes after a signature."""
