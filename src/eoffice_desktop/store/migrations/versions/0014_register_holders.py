"""The receive register's ผู้ถือเรื่อง (who holds each received letter now) and its earliest open due date,
written as the letter's case changes, with the indexes the register's lists sort them by.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE: a batch copy of the table would lose its search triggers and expression indexes
    op.add_column("register_entries", sa.Column("holder", sa.Text(), nullable=False, server_default=""))
    op.add_column("register_entries", sa.Column("due", sa.Date(), nullable=True))
    op.execute("CREATE INDEX ix_register_entries_sort_holder ON register_entries (kind, thai_key(holder))")
    op.execute("CREATE INDEX ix_register_entries_sort_due ON register_entries (kind, due)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_register_entries_sort_due")
    op.execute("DROP INDEX ix_register_entries_sort_holder")
    op.drop_column("register_entries", "due")
    op.drop_column("register_entries", "holder")
