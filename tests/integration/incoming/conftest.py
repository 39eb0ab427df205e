"""The real server on loopback, SQLite and PostgreSQL, for the workstations of a received letter's way."""

from tests.integration.sync.conftest import cloud  # noqa: F401
