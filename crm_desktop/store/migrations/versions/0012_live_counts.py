"""live counts: how many live contacts and accounts there are, kept by triggers (the unfiltered lists
show their length without counting a million index entries)

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_TABLES = (("contact", "contacts"), ("account", "accounts"))


def _triggers(entity: str, table: str) -> tuple[str, ...]:
    bump = "UPDATE live_counts SET n = n + ({}) WHERE entity = '" + entity + "';"
    return (
        f"CREATE TRIGGER {entity}_live_stats_insert AFTER INSERT ON {table} WHEN NEW.deleted_at IS NULL"
        f" BEGIN {bump.format(1)} END",
        f"CREATE TRIGGER {entity}_live_stats_delete AFTER DELETE ON {table} WHEN OLD.deleted_at IS NULL"
        f" BEGIN {bump.format(-1)} END",
        f"CREATE TRIGGER {entity}_live_stats_update AFTER UPDATE OF deleted_at ON {table}"
        " WHEN (OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL)"
        f" BEGIN {bump.format('CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END')} END",
    )


def upgrade() -> None:
    op.create_table(
        "live_counts",
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity"),
        sqlite_with_rowid=False,
    )
    for entity, table in _TABLES:
        op.execute(f"INSERT INTO live_counts (entity, n) SELECT '{entity}', count(*) FROM {table}"
                   " WHERE deleted_at IS NULL")
        for statement in _triggers(entity, table):
            op.execute(statement)


def downgrade() -> None:
    for entity, _table in _TABLES:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {entity}_live_stats_{event}")
    op.drop_table("live_counts")
