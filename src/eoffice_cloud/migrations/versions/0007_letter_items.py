"""The letter a feed item of kind "letter" carries, so that a secret letter's PDF is served only to the
readers of its items.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feed_events") as batch:
        batch.add_column(sa.Column("document_id", sa.String(64), nullable=True))
        batch.create_index("ix_feed_events_document_id", ["document_id"])


def downgrade() -> None:
    with op.batch_alter_table("feed_events") as batch:
        batch.drop_index("ix_feed_events_document_id")
        batch.drop_column("document_id")
