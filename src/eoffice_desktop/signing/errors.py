"""Errors of the signing package. Messages never contain a PIN."""

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
    """The token refused the PIN it was given (the message says how many tries are left, and what to do)."""


class CertificateRefused(SigningError):
    """The certificate may not sign letters (no nonRepudiation, expired, not yet valid)."""


class InputRefused(SigningError):
    """The PDF to sign is not a PDF, or holds changes after a signature."""
