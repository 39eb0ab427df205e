"""Letters' routes: the route of each letter, its chained history, the versions of its PDF.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routes",
        sa.Column("letter_id", sa.String(64), primary_key=True),
        sa.Column("agency_code", sa.String(32), sa.ForeignKey("agencies.code"), nullable=False, index=True),
        sa.Column("drafter", sa.String(64), nullable=False),
        sa.Column("route_json", sa.Text, nullable=False),
        sa.Column("letter_json", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("holder", sa.String(64), nullable=True, index=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "route_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("letter_id", sa.String(64), sa.ForeignKey("routes.letter_id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("action_id", sa.String(64), nullable=False, unique=True),
        sa.Column("entry_json", sa.Text, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("status_code", sa.Integer, nullable=False),
        sa.Column("answer_json", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("letter_id", "seq"),
    )
    op.create_table(
        "route_pdfs",
        sa.Column("letter_id", sa.String(64), sa.ForeignKey("routes.letter_id"), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("route_pdfs")
    op.drop_table("route_entries")
    op.drop_table("routes")
