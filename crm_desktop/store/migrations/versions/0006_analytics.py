"""analytics: indexes of closed deals, account places and resolved tickets; per-day counts of activities and accounts

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen copies of store/day_stats.py at this revision (a migration must not change when the app does).
_TRIGGERS = (
    "CREATE TRIGGER activity_day_stats_insert AFTER INSERT ON activities BEGIN INSERT INTO activity_day_stats"
    " (day, kind, owner_id, n) SELECT substr(NEW.occurred_at, 1, 10), coalesce(NEW.kind, ''),"
    " coalesce(NEW.owner_id, ''), 1 WHERE NEW.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER activity_day_stats_delete AFTER DELETE ON activities BEGIN INSERT INTO activity_day_stats"
    " (day, kind, owner_id, n) SELECT substr(OLD.occurred_at, 1, 10), coalesce(OLD.kind, ''),"
    " coalesce(OLD.owner_id, ''), -1 WHERE OLD.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + -1; END",
    "CREATE TRIGGER activity_day_stats_update AFTER UPDATE OF occurred_at, kind, owner_id, deleted_at ON activities"
    " BEGIN INSERT INTO activity_day_stats (day, kind, owner_id, n) SELECT substr(OLD.occurred_at, 1, 10),"
    " coalesce(OLD.kind, ''), coalesce(OLD.owner_id, ''), -1 WHERE OLD.deleted_at IS NULL"
    " ON CONFLICT DO UPDATE SET n = n + -1; INSERT INTO activity_day_stats (day, kind, owner_id, n)"
    " SELECT substr(NEW.occurred_at, 1, 10), coalesce(NEW.kind, ''), coalesce(NEW.owner_id, ''), 1"
    " WHERE NEW.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER account_day_stats_insert AFTER INSERT ON accounts BEGIN INSERT INTO account_day_stats"
    " (day, source, level, owner_id, n) SELECT substr(NEW.created_at, 1, 10), coalesce(NEW.source, ''),"
    " coalesce(NEW.level, ''), coalesce(NEW.owner_id, ''), 1 WHERE NEW.deleted_at IS NULL"
    " ON CONFLICT DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER account_day_stats_delete AFTER DELETE ON accounts BEGIN INSERT INTO account_day_stats"
    " (day, source, level, owner_id, n) SELECT substr(OLD.created_at, 1, 10), coalesce(OLD.source, ''),"
    " coalesce(OLD.level, ''), coalesce(OLD.owner_id, ''), -1 WHERE OLD.deleted_at IS NULL"
    " ON CONFLICT DO UPDATE SET n = n + -1; END",
    "CREATE TRIGGER account_day_stats_update AFTER UPDATE OF created_at, source, level, owner_id, deleted_at"
    " ON accounts BEGIN INSERT INTO account_day_stats (day, source, level, owner_id, n)"
    " SELECT substr(OLD.created_at, 1, 10), coalesce(OLD.source, ''), coalesce(OLD.level, ''),"
    " coalesce(OLD.owner_id, ''), -1 WHERE OLD.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + -1;"
    " INSERT INTO account_day_stats (day, source, level, owner_id, n) SELECT substr(NEW.created_at, 1, 10),"
    " coalesce(NEW.source, ''), coalesce(NEW.level, ''), coalesce(NEW.owner_id, ''), 1"
    " WHERE NEW.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + 1; END",
)
_BACKFILL = (
    "INSERT INTO activity_day_stats (day, kind, owner_id, n) SELECT substr(occurred_at, 1, 10) AS d,"
    " coalesce(kind, ''), coalesce(owner_id, ''), count(*) FROM activities WHERE deleted_at IS NULL"
    " GROUP BY d, coalesce(kind, ''), coalesce(owner_id, '')",
    "INSERT INTO account_day_stats (day, source, level, owner_id, n) SELECT substr(created_at, 1, 10) AS d,"
    " coalesce(source, ''), coalesce(level, ''), coalesce(owner_id, ''), count(*) FROM accounts"
    " WHERE deleted_at IS NULL GROUP BY d, coalesce(source, ''), coalesce(level, ''), coalesce(owner_id, '')",
)


def upgrade() -> None:
    op.create_table(
        "activity_day_stats",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "kind", "owner_id"),
    )
    op.create_table(
        "account_day_stats",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("level", sa.String(length=1), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "source", "level", "owner_id"),
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_opportunities_closed",
            ["status", "closed_at", "owner_id", "currency", "amount", "account_id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index("ix_accounts_place", ["id", "province", "industry"], unique=False)
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index("ix_activities_ticket", ["ticket_id", "occurred_at"], unique=False)
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_resolved",
            ["resolved_at", "sla_breached", "satisfaction_score", "assignee_id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
    for statement in (*_BACKFILL, *_TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    for name in ("activity", "account"):
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}_day_stats_{event}")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_resolved", sqlite_where=sa.text("deleted_at IS NULL"))
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index("ix_opportunities_closed", sqlite_where=sa.text("deleted_at IS NULL"))
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_ticket")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_place")
    op.drop_table("account_day_stats")
    op.drop_table("activity_day_stats")
