"""Received letters on their way (cases): the case as last known here, its history as received, the outbox of
this workstation's actions on cases, the minutes it knows (their PDFs are blobs, by SHA-256), and the reply
letters made on a case.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("case_json", sa.Text, nullable=False),
        sa.Column("server_json", sa.Text, nullable=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("local", sa.Boolean, nullable=False),
    )
    op.create_table(
        "case_entries",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("entry_json", sa.Text, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "case_actions",
        sa.Column("action_id", sa.String(36), primary_key=True),
        sa.Column("case_id", sa.String(64), nullable=False, index=True),
        sa.Column("action_json", sa.Text, nullable=False),
        sa.Column("minute_sha256", sa.String(64), nullable=True),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("message", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "case_minutes",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("case_id", sa.String(64), nullable=False, index=True),
    )
    op.create_table(
        "case_replies",
        sa.Column("letter_id", sa.String(36), primary_key=True),
        sa.Column("case_id", sa.String(64), nullable=False, index=True),
        sa.Column("assignment_id", sa.String(80), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("case_replies")
    op.drop_table("case_minutes")
    op.drop_table("case_actions")
    op.drop_table("case_entries")
    op.drop_table("cases")
