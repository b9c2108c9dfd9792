"""analytics indexes

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_accounts_created",
            ["created_at", "source", "level", "owner_id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )

    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activities_occurred",
            ["occurred_at", "kind", "owner_id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )

    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_opportunities_closed",
            ["status", "closed_at", "owner_id", "currency", "amount", "account_id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_resolved",
            ["resolved_at", "sla_breached", "satisfaction_score", "assignee_id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_resolved", sqlite_where=sa.text("deleted_at IS NULL"))

    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index("ix_opportunities_closed", sqlite_where=sa.text("deleted_at IS NULL"))

    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_occurred", sqlite_where=sa.text("deleted_at IS NULL"))

    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_created", sqlite_where=sa.text("deleted_at IS NULL"))
