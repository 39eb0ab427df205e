"""Number series belong to agencies: a series already in use goes to the agency of the workstation that
leased it first (or, never leased, reported it first); IT reassigns with `eoffice-cloud series assign`.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "series_owners",
        sa.Column("series", sa.String(64), primary_key=True),
        sa.Column("agency_code", sa.String(32), sa.ForeignKey("agencies.code"), nullable=False),
        sa.Column("how", sa.String(16), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
    )
    for table, moment in (("number_blocks", "leased_at"), ("issued_numbers", "reported_at")):
        op.execute(
            f"""
            INSERT INTO series_owners (series, agency_code, how, since)
            SELECT used.series, ws.agency_code, 'migration', used.{moment}
            FROM {table} used JOIN workstations ws ON ws.id = used.workstation_id
            WHERE used.id = (SELECT min(other.id) FROM {table} other WHERE other.series = used.series)
              AND used.series NOT IN (SELECT series FROM series_owners)
            """
        )
