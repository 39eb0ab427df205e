"""Letters on their way (routes): the route as last known here, its history as received, and the outbox of
this workstation's actions on routes.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routes",
        sa.Column("letter_id", sa.String(36), primary_key=True),
        sa.Column("route_json", sa.Text, nullable=False),
        sa.Column("server_json", sa.Text, nullable=True),
        sa.Column("letter_json", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("holder", sa.String(64), nullable=True, index=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("local", sa.Boolean, nullable=False),
    )
    op.create_table(
        "route_entries",
        sa.Column("letter_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("entry_json", sa.Text, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "route_actions",
        sa.Column("action_id", sa.String(36), primary_key=True),
        sa.Column("letter_id", sa.String(36), nullable=False, index=True),
        sa.Column("action_json", sa.Text, nullable=False),
        sa.Column("letter_json", sa.Text, nullable=True),
        sa.Column("pdf_sha256", sa.String(64), nullable=True),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("message", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("route_actions")
    op.drop_table("route_entries")
    op.drop_table("routes")
