"""Memos addressed inside the agency: the units and people an outbox row names, and those of each letter
received (domain/addressees.py).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("addressees_json", sa.Text, nullable=True))
    op.create_table(
        "inbox_addressees",
        sa.Column("inbox_id", sa.Integer, sa.ForeignKey("inbox.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("name", sa.String(255), primary_key=True),
    )
    op.create_index("ix_inbox_addressees_name", "inbox_addressees", ["kind", "name"])


def downgrade() -> None:
    op.drop_index("ix_inbox_addressees_name", "inbox_addressees")
    op.drop_table("inbox_addressees")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("addressees_json")
