"""Initial schema: letters with versions, attachments and signatures; registers with a trigram index; an
append-only, hash-chained audit log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "letters",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("template", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False, index=True),
        sa.Column("number", sa.String(64), index=True),
        sa.Column("letter_date", sa.Date),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("secret_code", sa.String(16)),
        sa.Column("speed_code", sa.String(16)),
        *[
            sa.Column(f"{side}_{name}", kind)
            for side in ("sender", "receiver")
            for name, kind in (
                ("given_name", sa.String(128)),
                ("family_name", sa.String(128)),
                ("job_title", sa.Text),
                ("ministry_id", sa.String(32)),
                ("department_id", sa.String(32)),
            )
        ],
        sa.Column("reference", sa.Text),
        sa.Column("attachment_text", sa.Text),
        sa.Column("send_date", TZ),
        sa.Column("description", sa.Text),
        sa.Column("recipient_agency", sa.String(32)),
        sa.Column("reject_reason", sa.Text),
    )
    op.create_table(
        "letter_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "letter_id",
            sa.String(36),
            sa.ForeignKey("letters.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("data_json", sa.Text, nullable=False),
        sa.Column("pdf_sha256", sa.String(64)),
        sa.Column("signed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("letter_id", "number"),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "version_id",
            sa.Integer,
            sa.ForeignKey("letter_versions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("filename", sa.Text, nullable=False),
        sa.Column("mime_type", sa.String(128), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
    )
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "version_id",
            sa.Integer,
            sa.ForeignKey("letter_versions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("signer", sa.Text, nullable=False),
        sa.Column("level", sa.String(8), nullable=False),
        sa.Column("signed_at", TZ),
        sa.Column("certificate_sha256", sa.String(64), nullable=False),
    )
    op.create_table(
        "register_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("reg_no", sa.Integer, nullable=False),
        sa.Column("letter_id", sa.String(36), sa.ForeignKey("letters.id", ondelete="SET NULL"), index=True),
        sa.Column("number", sa.String(64), nullable=False, server_default=""),
        sa.Column("letter_date", sa.Date),
        sa.Column("from_party", sa.Text, nullable=False, server_default=""),
        sa.Column("to_party", sa.Text, nullable=False, server_default=""),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("action", sa.Text, nullable=False, server_default=""),
        sa.Column("remark", sa.Text, nullable=False, server_default=""),
        sa.Column("recorded_at", TZ, nullable=False, index=True),
        sa.UniqueConstraint("kind", "year", "reg_no"),
    )
    # Thai has no spaces between words: a trigram index finds any substring of three characters or more
    op.execute(
        "CREATE VIRTUAL TABLE register_fts USING fts5(number, from_party, to_party, subject, remark, "
        "content='register_entries', content_rowid='id', tokenize='trigram')"
    )
    columns = "number, from_party, to_party, subject, remark"
    op.execute(
        f"CREATE TRIGGER register_fts_insert AFTER INSERT ON register_entries BEGIN "
        f"INSERT INTO register_fts(rowid, {columns}) "
        f"VALUES (new.id, new.number, new.from_party, new.to_party, new.subject, new.remark); END"
    )
    op.execute(
        f"CREATE TRIGGER register_fts_delete AFTER DELETE ON register_entries BEGIN "
        f"INSERT INTO register_fts(register_fts, rowid, {columns}) VALUES ('delete', old.id, old.number, "
        f"old.from_party, old.to_party, old.subject, old.remark); END"
    )
    op.execute(
        f"CREATE TRIGGER register_fts_update AFTER UPDATE ON register_entries BEGIN "
        f"INSERT INTO register_fts(register_fts, rowid, {columns}) VALUES ('delete', old.id, old.number, "
        f"old.from_party, old.to_party, old.subject, old.remark); "
        f"INSERT INTO register_fts(rowid, {columns}) "
        f"VALUES (new.id, new.number, new.from_party, new.to_party, new.subject, new.remark); END"
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("letter_id", sa.String(36), index=True),
        sa.Column("details_json", sa.Text, nullable=False, server_default="{}"),
        sa.Column(
            "prev_hash", sa.String(64), nullable=False, unique=True
        ),  # one successor: the chain never forks
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
