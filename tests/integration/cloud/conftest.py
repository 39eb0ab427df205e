"""The reference server on SQLite and on PostgreSQL, as the sync tests have it."""

from tests.integration.sync.conftest import cloud

__all__ = ["cloud"]
