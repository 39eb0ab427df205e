"""The token in the OS keyring. CI has no desktop keyring (Secret Service), so a FAKE in-memory keyring
backend stands in for it; the no-keyring case runs as it is."""

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.helpers import run_cli


class MemoryKeyring(KeyringBackend):
    """FAKE: an OS keyring that lives in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_token_is_kept_in_the_keyring_and_used_next_time(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    server = "http://127.0.0.1:9"
    code, _, err = run_cli(
        "--data-dir", tmp_path, "sync", "--server", server, "--token", "eo_secret", "--once"
    )
    assert code != 0 and "offline" in err  # no server there; the token was kept all the same
    assert memory_keyring.items[("eoffice-desktop", server)] == "eo_secret"
    code, _, err = run_cli("--data-dir", tmp_path, "sync", "--server", server, "--once")
    assert "no token" not in err and "offline" in err
    assert not any("eo_secret" in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file()), (
        "never in plain text in the data directory"
    )


def test_without_a_keyring_the_token_must_be_given_and_nothing_is_stored(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _, err = run_cli("--data-dir", tmp_path, "sync", "--server", "http://127.0.0.1:9", "--once")
        assert code != 0 and "no token" in err
        code, _, err = run_cli(
            "--data-dir", tmp_path, "sync", "--server", "http://127.0.0.1:9", "--token", "eo_x", "--once"
        )
        assert "no OS keyring" in err
    finally:
        keyring.set_keyring(previous)
