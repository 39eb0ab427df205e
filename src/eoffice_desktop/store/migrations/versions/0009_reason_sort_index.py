"""An index for the Rejected list's Reason column (why the server refused each letter), as the store sorts
it (store/sorting.py: ``thai_key``).

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_letters_sort_reason ON letters (state, thai_key(reject_reason), id)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_letters_sort_reason")
