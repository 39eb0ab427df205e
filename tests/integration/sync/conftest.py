"""The reference server for sync tests, on SQLite and on PostgreSQL (scripts/test starts one)."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cloud import RunningCloud, running_cloud

DATABASE_ENV = "EOFFICE_TEST_DATABASE_URL"


def database_url(kind: str) -> str | None:
    """None for SQLite (in the data dir); the test PostgreSQL's URL, or a skip (a failure in CI)."""
    if kind != "postgresql":
        return None
    url = os.environ.get(DATABASE_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{DATABASE_ENV} is not set: scripts/test starts PostgreSQL and sets it")
        pytest.skip(f"no PostgreSQL ({DATABASE_ENV} unset; scripts/test sets it)")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def cloud(request: pytest.FixtureRequest, tmp_path: Path, trust_root: Path) -> Iterator[RunningCloud]:
    """The server checking letters against the test root, as a deployment does."""
    url = database_url(request.param)
    with running_cloud(tmp_path / "cloud", url, trust=[trust_root]) as running:
        running.token("recipient-office", "CM")  # the recipient agency exists
        yield running
