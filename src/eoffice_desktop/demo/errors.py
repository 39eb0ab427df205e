"""The demo's own error type."""

from eoffice_desktop.errors import EOfficeError


class DemoError(EOfficeError):
    """The demo workspace cannot be prepared (SoftHSM2 or the server's packages missing, a foreign
    directory)."""
