"""Indexes for the lists sorted by a column: Thai text in dictionary order through ``thai_key`` (registered on
every connection, store/sorting.py), dates and register numbers, each ending in the row's unique key.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (index, table, expressions); letters are listed per state, register entries per register (kind), and the
# integer primary keys of register_entries and inbox end every index of theirs already
INDEXES = (
    ("ix_letters_sort_number", "letters", "state, thai_key(number), id"),
    ("ix_letters_sort_subject", "letters", "state, thai_key(subject), id"),
    ("ix_letters_sort_recipient", "letters", "state, thai_key(receiver_job_title), id"),
    ("ix_letters_sort_updated", "letters", "state, updated_at, id"),
    ("ix_register_entries_sort_number", "register_entries", "kind, thai_key(number)"),
    ("ix_register_entries_sort_date", "register_entries", "kind, letter_date"),
    ("ix_register_entries_sort_from", "register_entries", "kind, thai_key(from_party)"),
    ("ix_register_entries_sort_to", "register_entries", "kind, thai_key(to_party)"),
    ("ix_register_entries_sort_subject", "register_entries", "kind, thai_key(subject)"),
    ("ix_inbox_sort_register", "inbox", "register_year, register_no"),
    ("ix_inbox_sort_number", "inbox", "thai_key(number)"),
    ("ix_inbox_sort_sender", "inbox", "thai_key(sender_agency)"),
    ("ix_inbox_sort_subject", "inbox", "thai_key(subject)"),
)


def upgrade() -> None:
    for name, table, expressions in INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({expressions})")
