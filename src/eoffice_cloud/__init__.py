"""Reference central-cloud server (FastAPI): the other side of the sync protocol."""
