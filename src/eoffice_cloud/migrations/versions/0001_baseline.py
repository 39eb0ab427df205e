"""The schema the server had before migrations: agencies and recipient groups, workstations, letters,
idempotency records, number series, blocks and issued numbers, the changes feed.

Revision ID: 0001
Revises:
"""

from alembic import op

from eoffice_cloud.migrations import baseline

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    baseline.metadata.create_all(op.get_bind())
