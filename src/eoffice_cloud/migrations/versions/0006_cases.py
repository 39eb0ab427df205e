"""Incoming letters' ways (cases): each case with its chained history and its signed minutes; secret feed
items and the people they may reach.

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
        "cases",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("agency_code", sa.String(32), sa.ForeignKey("agencies.code"), nullable=False, index=True),
        sa.Column("case_json", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("secret", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "case_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(64), sa.ForeignKey("cases.case_id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("action_id", sa.String(64), nullable=False, unique=True),
        sa.Column("entry_json", sa.Text, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("status_code", sa.Integer, nullable=False),
        sa.Column("answer_json", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("case_id", "seq"),
    )
    op.create_table(
        "case_minutes",
        sa.Column("case_id", sa.String(64), sa.ForeignKey("cases.case_id"), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("feed_events") as batch:
        batch.add_column(sa.Column("secret", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_table(
        "feed_readers",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("feed_events.id"), primary_key=True),
        sa.Column("person_id", sa.String(64), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("feed_readers")
    with op.batch_alter_table("feed_events") as batch:
        batch.drop_column("secret")
    op.drop_table("case_minutes")
    op.drop_table("case_entries")
    op.drop_table("cases")
