"""The server's Alembic migrations (run by eoffice_cloud.schema, never through alembic.ini)."""
