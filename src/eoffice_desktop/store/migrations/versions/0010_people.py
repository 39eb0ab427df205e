"""The people of the workstation's agency, kept for offline use (from the server on sync).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("person_id", sa.String(64), primary_key=True),
        sa.Column("agency", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Text, nullable=False, server_default=""),
        sa.Column("unit", sa.Text, nullable=False, server_default=""),
        sa.Column("roles", sa.Text, nullable=False, server_default=""),
        sa.Column("certificates", sa.Text, nullable=False, server_default=""),
        sa.Column("search_text", sa.Text, nullable=False, server_default=""),
    )
    # people listed in Thai dictionary order (thai_key: store/sorting.py) without sorting them
    op.execute("CREATE INDEX ix_people_sort_name ON people (thai_key(name), person_id)")


def downgrade() -> None:
    op.drop_index("ix_people_sort_name", "people")
    op.drop_table("people")
