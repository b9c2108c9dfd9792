"""records, change log, applied mutations, conflicts, history, counters

Revision ID: s0002
Revises: s0001
"""

import secrets
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _scope_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("owner_id", sa.String(36)),
        sa.Column("assignee_id", sa.String(36)),
        sa.Column("team_id", sa.String(36)),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("is_global", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "records",
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("field_versions", Json, nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        *_scope_columns(),
        sa.Column("parent_id", sa.String(36)),
        sa.PrimaryKeyConstraint("entity", "id"),
    )
    for name, column in (("owner", "owner_id"), ("assignee", "assignee_id"), ("team", "team_id"),
                         ("parent", "parent_id"), ("deleted", "deleted_at")):
        op.create_index(f"ix_records_{name}", "records", [column])

    # xid: the writing transaction (pull serves only rows below every running transaction).
    xid = (sa.Column("xid", sa.BigInteger(), nullable=False, server_default="0") if not postgres else None)
    op.create_table(
        "change_log",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        *([xid] if xid is not None else []),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        *_scope_columns(),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sqlite_autoincrement=True,  # a purged row's id is never handed out again
    )
    if postgres:
        op.execute("ALTER TABLE change_log ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()")
        op.execute("CREATE SEQUENCE record_version_seq")
    op.create_index("ix_change_log_xid", "change_log", ["xid", "id"])
    op.create_index("ix_change_log_at", "change_log", ["at"])

    op.create_table(
        "applied_mutations",
        sa.Column("device_id", sa.String(36), sa.ForeignKey("devices.id"), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("mutation_id", sa.String(36), nullable=False),
        sa.Column("outcome", Json, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq"),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("base", Json),
        sa.Column("mine", Json),
        sa.Column("theirs", Json),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_conflicts_record", "conflicts", ["entity", "record_id"])
    op.create_table(
        "record_history",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("changes", Json, nullable=False),
        sa.Column("overwritten", Json),
        sa.Column("device_id", sa.String(36)),
        sa.Column("user_id", sa.String(36)),
        sa.Column("device_time", sa.String(40)),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_record_history_record", "record_history", ["entity", "record_id"])
    op.create_table(
        "counters",
        sa.Column("name", sa.String(60), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    meta = op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )
    # Cursors carry the database's epoch; a restored backup gets a new one (crm-server after-restore).
    op.bulk_insert(meta, [{"key": "epoch", "value": secrets.token_hex(4)}])


def downgrade() -> None:
    for table in ("sync_meta", "counters", "record_history", "conflicts", "applied_mutations", "change_log",
                  "records"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS record_version_seq")
