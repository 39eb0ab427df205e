"""Leased number blocks and the numbers issued from them.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "number_blocks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("series", sa.String(64), nullable=False, index=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("first", sa.Integer, nullable=False),
        sa.Column("last", sa.Integer, nullable=False),
        sa.Column("next", sa.Integer, nullable=False),
        sa.Column("server_block_id", sa.Integer, nullable=False),
        sa.Column("leased_at", TZ, nullable=False),
    )
    op.create_table(
        "issued_numbers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("series", sa.String(64), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("running", sa.Integer, nullable=False),
        sa.Column("issued_at", TZ, nullable=False),
        sa.Column("reported", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.UniqueConstraint("series", "year", "running"),
    )
