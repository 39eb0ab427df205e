"""Alembic environment: the connection comes from the program (store.db), never from alembic.ini."""

from alembic import context

from eoffice_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
