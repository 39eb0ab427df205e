"""The letter a feed item of kind "letter" carries, so that a secret letter's PDF is served only to the
readers of its items; filled in for the letter items already there (they reached every workstation).

Revision ID: 0007
Revises: 0006
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feed_events") as batch:
        batch.add_column(sa.Column("document_id", sa.String(64), nullable=True))
        batch.create_index("ix_feed_events_document_id", ["document_id"])
    events = sa.table(
        "feed_events",
        sa.column("id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("payload_json", sa.Text),
        sa.column("document_id", sa.String),
    )
    bind = op.get_bind()
    letters = bind.execute(sa.select(events.c.id, events.c.payload_json).where(events.c.kind == "letter"))
    for event_id, payload in list(letters):
        document_id = json.loads(payload).get("id")
        if isinstance(document_id, str):
            bind.execute(sa.update(events).where(events.c.id == event_id).values(document_id=document_id))


def downgrade() -> None:
    with op.batch_alter_table("feed_events") as batch:
        batch.drop_index("ix_feed_events_document_id")
        batch.drop_column("document_id")
