"""The local store: SQLite via SQLAlchemy 2, Alembic migrations at start-up, repositories. No Qt."""
