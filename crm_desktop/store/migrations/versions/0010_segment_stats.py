"""segment stats: live contacts counted by their live account's segment fields, kept by triggers

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_DIMS = ("level", "status", "industry", "source", "province", "city")
_COLUMNS = ", ".join(_DIMS) + ", n, with_email"
_UPSERT = "ON CONFLICT DO UPDATE SET n = n + excluded.n, with_email = with_email + excluded.with_email"
_HAS_EMAIL = "({row}.email IS NOT NULL AND {row}.email != '')"


def _account_dims(row: str) -> str:
    return ", ".join(f"coalesce({row}.{d}, '')" for d in _DIMS)


def _one_contact(row: str, sign: str) -> str:
    """+1 / -1 for the contact `row` (NEW / OLD) in its account's cell, if both are live."""
    return (f"INSERT INTO contact_segment_stats ({_COLUMNS}) SELECT {_account_dims('a')}, {sign}1,"
            f" {sign}{_HAS_EMAIL.format(row=row)} FROM accounts a WHERE a.id = {row}.account_id"
            f" AND a.deleted_at IS NULL AND {row}.deleted_at IS NULL {_UPSERT};")


def _all_contacts(row: str, sign: str) -> str:
    """+ / - every live contact of the account `row` (NEW / OLD), if it is live."""
    return (f"INSERT INTO contact_segment_stats ({_COLUMNS}) SELECT {_account_dims(row)}, {sign}count(*),"
            f" {sign}coalesce(sum({_HAS_EMAIL.format(row='c')}), 0) FROM contacts c WHERE c.account_id = {row}.id"
            f" AND c.deleted_at IS NULL AND {row}.deleted_at IS NULL HAVING count(*) > 0 {_UPSERT};")


_CONTACT_MOVED = ("OLD.account_id IS NOT NEW.account_id OR (OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL)"
                  f" OR {_HAS_EMAIL.format(row='OLD')} != {_HAS_EMAIL.format(row='NEW')}")
_ACCOUNT_MOVED = " OR ".join(f"OLD.{d} IS NOT NEW.{d}" for d in _DIMS) + \
    " OR (OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL)"

# Frozen here (a migration must not change when the app does); store/day_stats.py finds them by name.
_TRIGGERS = (
    f"CREATE TRIGGER contact_segment_stats_insert AFTER INSERT ON contacts BEGIN {_one_contact('NEW', '+')} END",
    f"CREATE TRIGGER contact_segment_stats_delete AFTER DELETE ON contacts BEGIN {_one_contact('OLD', '-')} END",
    "CREATE TRIGGER contact_segment_stats_update AFTER UPDATE OF account_id, deleted_at, email ON contacts"
    f" WHEN {_CONTACT_MOVED} BEGIN {_one_contact('OLD', '-')} {_one_contact('NEW', '+')} END",
    f"CREATE TRIGGER account_segment_stats_insert AFTER INSERT ON accounts BEGIN {_all_contacts('NEW', '+')} END",
    f"CREATE TRIGGER account_segment_stats_delete AFTER DELETE ON accounts BEGIN {_all_contacts('OLD', '-')} END",
    f"CREATE TRIGGER account_segment_stats_update AFTER UPDATE OF {', '.join(_DIMS)}, deleted_at ON accounts"
    f" WHEN {_ACCOUNT_MOVED} BEGIN {_all_contacts('OLD', '-')} {_all_contacts('NEW', '+')} END",
)
_BACKFILL = (
    f"INSERT INTO contact_segment_stats ({_COLUMNS}) SELECT {_account_dims('a')}, count(*),"
    f" sum({_HAS_EMAIL.format(row='c')}) FROM contacts c JOIN accounts a ON a.id = c.account_id"
    " WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6"
)


def upgrade() -> None:
    op.create_table(
        "contact_segment_stats",
        *(sa.Column(d, sa.String(length=60), nullable=False) for d in _DIMS),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("with_email", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*_DIMS),
        sqlite_with_rowid=False,
    )
    op.execute(_BACKFILL)
    for statement in _TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for name in ("contact", "account"):
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}_segment_stats_{event}")
    op.drop_table("contact_segment_stats")
