"""Alembic environment: the connection, already inside the transaction that holds the migration lock, comes
from the program (eoffice_cloud.schema), never from alembic.ini."""

from alembic import context

from eoffice_cloud.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
