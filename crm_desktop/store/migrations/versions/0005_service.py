"""service: tickets and their events

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tickets",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("number_provisional", sa.Boolean(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("assignee_id", sa.String(length=36), nullable=True),
        sa.Column("first_response_due_at", sa.String(length=27), nullable=False),
        sa.Column("resolution_due_at", sa.String(length=27), nullable=False),
        sa.Column("first_response_at", sa.String(length=27), nullable=True),
        sa.Column("resolved_at", sa.String(length=27), nullable=True),
        sa.Column("closed_at", sa.String(length=27), nullable=True),
        sa.Column("sla_paused_at", sa.String(length=27), nullable=True),
        sa.Column("sla_paused_seconds", sa.Integer(), nullable=False),
        sa.Column("sla_breached", sa.Boolean(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("satisfaction_score", sa.Integer(), nullable=True),
        sa.Column("satisfaction_comment", sa.Text(), nullable=True),
        sa.Column("satisfaction_at", sa.String(length=27), nullable=True),
        sa.Column("account_name", sa.String(length=120), nullable=True),
        sa.Column("contact_name", sa.String(length=120), nullable=True),
        sa.Column("sla_due_at", sa.String(length=27), nullable=True),
        sa.Column("sla_warn_at", sa.String(length=27), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_account", ["account_id", "created_at"], unique=False)
        batch_op.create_index("ix_tickets_clock", ["sla_due_at", "sla_warn_at"], unique=False)
        batch_op.create_index("ix_tickets_contact", ["contact_id", "created_at"], unique=False)
        batch_op.create_index(
            "ix_tickets_created", ["created_at", "id"], unique=False, sqlite_where=sa.text("deleted_at IS NULL")
        )
        batch_op.create_index("ix_tickets_number", ["number"], unique=False)
        batch_op.create_index(
            "ix_tickets_resolution_due",
            ["resolution_due_at", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_tickets_open_assignee",
            ["assignee_id", "resolution_due_at"],
            unique=False,
            sqlite_where=sa.text("status IN ('new', 'assigned', 'in_progress', 'waiting') AND deleted_at IS NULL"),
        )

    op.create_table(
        "ticket_events",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("from_value", sa.String(length=36), nullable=True),
        sa.Column("to_value", sa.String(length=36), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_events_ticket", ["ticket_id", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_events_ticket")

    op.drop_table("ticket_events")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_tickets_open_assignee",
            sqlite_where=sa.text("status IN ('new', 'assigned', 'in_progress', 'waiting') AND deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_tickets_resolution_due", sqlite_where=sa.text("deleted_at IS NULL"))
        batch_op.drop_index("ix_tickets_number")
        batch_op.drop_index("ix_tickets_created", sqlite_where=sa.text("deleted_at IS NULL"))
        batch_op.drop_index("ix_tickets_contact")
        batch_op.drop_index("ix_tickets_clock")
        batch_op.drop_index("ix_tickets_account")

    op.drop_table("tickets")
