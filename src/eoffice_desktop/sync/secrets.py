"""The workstation's server token, kept in the OS keyring (Secret Service, Windows Credential Manager,
macOS Keychain) where one exists. Without a keyring the token is never written to disk in plain text: it
must be given each time, and the user is told so."""

import logging

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "eoffice-desktop"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def save_token(server: str, token: str) -> bool:
    """True when the keyring now holds the token for ``server``."""
    if not keyring_available():
        return False
    try:
        keyring.set_password(SERVICE, server.rstrip("/"), token)
    except KeyringError as exc:
        log.warning("the OS keyring refused the token: %s", exc)
        return False
    return True


def load_token(server: str) -> str | None:
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, server.rstrip("/"))
    except KeyringError as exc:
        log.warning("cannot read the OS keyring: %s", exc)
        return None
