"""Letter PDFs in the database (table blobs), so that every instance of the server reads them; the PDFs an
instance kept in DATA_DIR/blobs before are copied in (the files stay: delete them once the server runs).

Revision ID: 0002
Revises: 0001
"""

from pathlib import Path

import sqlalchemy as sa
from alembic import context, op

from eoffice_cloud.blobs import import_blob_directory

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    data_dir = context.config.attributes.get("data_dir")
    if data_dir is not None:
        import_blob_directory(op.get_bind(), Path(data_dir) / "blobs")
