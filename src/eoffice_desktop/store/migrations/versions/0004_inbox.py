"""The inbox of received letters and the sync engine's durable state.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("server_id", sa.String(64), nullable=False, unique=True),
        sa.Column("sender_agency", sa.String(32), nullable=False),
        sa.Column("number", sa.String(64), nullable=False, server_default=""),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("letter_date", sa.Date),
        sa.Column("metadata_json", sa.Text, nullable=False, server_default="{}"),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("register_year", sa.Integer, nullable=False),
        sa.Column("register_no", sa.Integer, nullable=False),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
