"""SQLAlchemy models, Alembic migrations and repositories: the local store (issue 4)."""
