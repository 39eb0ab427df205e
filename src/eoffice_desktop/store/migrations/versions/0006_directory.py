"""The agency directory kept for offline use (from the server on sync) and recipient groups: the ones the
server publishes and the user's own.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agencies",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column("name_th", sa.Text, nullable=False),
        sa.Column("name_en", sa.Text),
        sa.Column("parent", sa.String(32)),
        sa.Column("ministry", sa.Text),
        sa.Column("department", sa.Text),
        sa.Column("search_text", sa.Text, nullable=False, server_default=""),
    )
    # the directory listed in Thai dictionary order (thai_key: store/sorting.py) without sorting it
    op.execute("CREATE INDEX ix_agencies_sort_name ON agencies (thai_key(name_th), code)")
    op.create_table(
        "recipient_groups",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("published", sa.Boolean, nullable=False),
        sa.UniqueConstraint("published", "name"),
    )
    op.create_table(
        "recipient_group_members",
        sa.Column(
            "group_id", sa.Integer, sa.ForeignKey("recipient_groups.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("agency_code", sa.String(32), nullable=False),
    )
