"""The server's schema as Base.metadata.create_all made it before the server had migrations (frozen: never
edit it, write a migration). Revision 0001 creates it; a database made by create_all is adopted by adding
what it lacks of it (eoffice_cloud.schema) and stamping it 0001."""

import sqlalchemy as sa

metadata = sa.MetaData()
TZ = sa.DateTime(timezone=True)

sa.Table(
    "agencies",
    metadata,
    sa.Column("code", sa.String(32), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_en", sa.Text),
    sa.Column("parent", sa.String(32)),
    sa.Column("ministry", sa.Text),
    sa.Column("department", sa.Text),
    sa.Column("updated_at", TZ),
)
sa.Table(
    "recipient_groups",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(255), nullable=False, unique=True),
)
sa.Table(
    "recipient_group_members",
    metadata,
    sa.Column(
        "group_id", sa.Integer, sa.ForeignKey("recipient_groups.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("agency_code", sa.String(32), sa.ForeignKey("agencies.code"), nullable=False),
)
sa.Table(
    "directory_revisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("change", sa.Text, nullable=False),
    sa.Column("made_at", TZ, nullable=False),
)
sa.Table(
    "workstations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(128), nullable=False, unique=True),
    sa.Column("agency_code", sa.String(32), sa.ForeignKey("agencies.code"), nullable=False),
    sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", TZ, nullable=False),
)
sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("public_id", sa.String(36), nullable=False, unique=True),
    sa.Column("sha256", sa.String(64), nullable=False, index=True),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("client_id", sa.String(64), nullable=False, index=True),
    sa.Column("sender_workstation", sa.Integer, sa.ForeignKey("workstations.id"), nullable=False),
    sa.Column("sender_agency", sa.String(32), nullable=False),
    sa.Column("recipient_agency", sa.String(32), index=True),
    sa.Column("metadata_json", sa.Text, nullable=False),
    sa.Column("received_at", TZ, nullable=False),
)
sa.Table(
    "idempotency",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workstation_id", sa.Integer, sa.ForeignKey("workstations.id"), nullable=False),
    sa.Column("key", sa.String(255), nullable=False),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("status_code", sa.Integer),
    sa.Column("response_json", sa.Text),
    sa.Column("created_at", TZ, nullable=False),
    sa.UniqueConstraint("workstation_id", "key"),
)
sa.Table(
    "number_series",
    metadata,
    sa.Column("series", sa.String(64), primary_key=True),
    sa.Column("year", sa.Integer, primary_key=True),
    sa.Column("next_free", sa.Integer, nullable=False),
)
sa.Table(
    "number_blocks",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("series", sa.String(64), nullable=False, index=True),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("first", sa.Integer, nullable=False),
    sa.Column("last", sa.Integer, nullable=False),
    sa.Column("workstation_id", sa.Integer, sa.ForeignKey("workstations.id"), nullable=False),
    sa.Column("leased_at", TZ, nullable=False),
)
sa.Table(
    "issued_numbers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("series", sa.String(64), nullable=False),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("running", sa.Integer, nullable=False),
    sa.Column("workstation_id", sa.Integer, sa.ForeignKey("workstations.id"), nullable=False),
    sa.Column("reported_at", TZ, nullable=False),
    sa.UniqueConstraint("series", "year", "running"),
)
sa.Table(
    "feed_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("agency_code", sa.String(32), index=True),
    sa.Column("workstation_id", sa.Integer, index=True),
    sa.Column("payload_json", sa.Text, nullable=False),
    sa.Column("created_at", TZ, nullable=False),
)
