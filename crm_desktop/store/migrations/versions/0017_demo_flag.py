"""demo flag: every synced record says whether the demo generator made it, so demo data can be deleted in bulk
(store/demo_removal.py) and exactly the demo's rows go

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# Every table of a SyncedRecord (store/models/base.py).
TABLES = ("accounts", "activities", "campaign_members", "campaigns", "contacts", "email_templates", "loss_reasons",
          "opportunities", "opportunity_lines", "pipeline_stages", "products", "sales_order_lines", "sales_orders",
          "segments", "tags", "ticket_events", "tickets", "users")


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN with a constant default, no batch copy: instant at a million rows. Rows that exist
    # already are not told apart: demo data loaded before this version stays as it is.
    for table in TABLES:
        op.add_column(table, sa.Column("demo", sa.Boolean(), nullable=False, server_default=sa.text("0")))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("demo")
