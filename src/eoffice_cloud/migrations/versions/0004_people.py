"""The people of each agency, and tokens that stand for a person.

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
        "people",
        sa.Column("person_id", sa.String(64), primary_key=True),
        sa.Column("agency_code", sa.String(32), sa.ForeignKey("agencies.code"), nullable=False, index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Text, nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("roles", sa.Text, nullable=False),
        sa.Column("certificates_json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    # SQLite adds the column in place (a copied table would trip the foreign keys that name workstations);
    # its REFERENCES clause is kept there as written
    op.execute("ALTER TABLE workstations ADD COLUMN person_id VARCHAR(64) REFERENCES people (person_id)")
    op.create_index("ix_workstations_person_id", "workstations", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_workstations_person_id", "workstations")
    with op.batch_alter_table("workstations") as table:
        table.drop_column("person_id")
    op.drop_table("people")
