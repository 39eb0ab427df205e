"""Indexes for the list columns added after 0005: the kind of letter, speed and secrecy by rank (through
``speed_rank`` and ``secrecy_rank``, registered on every connection like ``thai_key``), the registers'
การปฏิบัติ and หมายเหตุ, and the inbox's sender name, speed and secrecy as the letter carries them.

Each expression is exactly the one the store sorts by (store/sorting.py), or SQLite does not use it.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_CARRIED = "nullif(trim(json_extract(metadata_json, '$.{}')), '')"

INDEXES = (
    ("ix_letters_sort_kind", "letters", "state, template, id"),
    ("ix_letters_sort_speed", "letters", "state, speed_rank(speed_code), id"),
    ("ix_letters_sort_secrecy", "letters", "state, secrecy_rank(secret_code), id"),
    ("ix_register_entries_sort_action", "register_entries", "kind, thai_key(action)"),
    ("ix_register_entries_sort_remark", "register_entries", "kind, thai_key(remark)"),
    ("ix_inbox_sort_sender_name", "inbox", f"thai_key(coalesce({_CARRIED.format('agency')}, sender_agency))"),
    ("ix_inbox_sort_speed", "inbox", f"speed_rank({_CARRIED.format('speed')})"),
    ("ix_inbox_sort_secrecy", "inbox", f"secrecy_rank({_CARRIED.format('secrecy')})"),
)


def upgrade() -> None:
    for name, table, expressions in INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({expressions})")


def downgrade() -> None:
    for name, _table, _expressions in INDEXES:
        op.execute(f"DROP INDEX {name}")
