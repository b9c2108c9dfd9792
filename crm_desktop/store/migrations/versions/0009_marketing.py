"""marketing: segments, campaigns, members, templates, the email outbox; contacts' do-not-contact flags

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "email_outbox",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=True),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("message_id", sa.String(length=120), nullable=False),
        sa.Column("queued_at", sa.String(length=27), nullable=False),
        sa.Column("sent_at", sa.String(length=27), nullable=True),
        sa.Column("headers", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_email_outbox_status", ["status", "queued_at"], unique=False)

    op.create_table(
        "email_templates",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "segments",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("target", sa.String(length=8), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "campaigns",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("budget", sa.Integer(), nullable=False),
        sa.Column("actual_cost", sa.Integer(), nullable=False),
        sa.Column("expected_revenue", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.String(length=36), nullable=True),
        sa.Column("template_id", sa.String(length=36), nullable=True),
        sa.Column("launched_at", sa.String(length=27), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["email_templates.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.create_index(
            "ix_campaigns_live_start", ["start_date"], unique=False, sqlite_where=sa.text("deleted_at IS NULL")
        )

    op.create_table(
        "campaign_members",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("sent_at", sa.String(length=27), nullable=True),
        sa.Column("responded_at", sa.String(length=27), nullable=True),
        sa.Column("converted_at", sa.String(length=27), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("campaign_members", schema=None) as batch_op:
        batch_op.create_index("ix_campaign_members_campaign", ["campaign_id", "status"], unique=False)
        batch_op.create_index("ix_campaign_members_contact", ["contact_id"], unique=False)

    # Plain ALTER TABLE, not a batch copy: the contacts table may hold a million rows and triggers.
    op.add_column("contacts", sa.Column("do_not_contact", sa.Boolean(), server_default=sa.text("0"), nullable=False))
    op.add_column("contacts", sa.Column("unsubscribed", sa.Boolean(), server_default=sa.text("0"), nullable=False))
    # Segment counts read these partial indexes alone (conditions as in store/models.py).
    live = sa.text("deleted_at IS NULL")
    op.create_index("ix_contacts_live_account", "contacts", ["account_id"], sqlite_where=live)
    op.create_index("ix_contacts_live_email", "contacts", ["account_id"],
                    sqlite_where=sa.text("deleted_at IS NULL AND email IS NOT NULL AND email != ''"))
    op.drop_index("ix_contacts_owner", table_name="contacts")
    op.create_index("ix_contacts_owner", "contacts", ["owner_id", "last_activity_at"], sqlite_where=live)
    op.create_index("ix_accounts_segment", "accounts",
                    ["level", "status", "industry", "source", "province", "city", "id"], sqlite_where=live)
    op.create_index("ix_opportunities_open_account", "opportunities", ["account_id"],
                    sqlite_where=sa.text("deleted_at IS NULL AND status = 'open'"))
    ticket_open = sa.text("status IN ('new', 'assigned', 'in_progress', 'waiting') AND deleted_at IS NULL")
    op.create_index("ix_tickets_open_contact", "tickets", ["contact_id"], sqlite_where=ticket_open)
    op.create_index("ix_tickets_open_account", "tickets", ["account_id"], sqlite_where=ticket_open)


def downgrade() -> None:
    for index, table in (("ix_contacts_live_account", "contacts"), ("ix_contacts_live_email", "contacts"),
                         ("ix_contacts_owner", "contacts"), ("ix_accounts_segment", "accounts"),
                         ("ix_opportunities_open_account", "opportunities"), ("ix_tickets_open_contact", "tickets"),
                         ("ix_tickets_open_account", "tickets")):
        op.drop_index(index, table_name=table)
    op.create_index("ix_contacts_owner", "contacts", ["owner_id"])
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("unsubscribed")
        batch.drop_column("do_not_contact")
    for table in ("campaign_members", "campaigns", "segments", "email_templates", "email_outbox"):
        op.drop_table(table)
