"""sync client: the device's push numbering on outbox entries; rejections beside conflicts

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The seq a mutation was first pushed with: a retry after a lost answer must reuse it.
    op.add_column("outbox", sa.Column("device_seq", sa.Integer()))
    op.create_index("ix_outbox_device_seq", "outbox", ["device_seq"], unique=True)
    op.add_column("conflicts", sa.Column("kind", sa.String(length=12), nullable=False, server_default="conflict"))
    op.add_column("conflicts", sa.Column("reason", sa.Text()))
    op.add_column("conflicts", sa.Column("mutation", sa.Text()))
    op.add_column("conflicts", sa.Column("server_id", sa.String(length=36)))
    # A field's base, mine or theirs may be "no value" (a rejected create has no base).
    with op.batch_alter_table("conflicts") as batch:
        for column in ("base", "mine", "theirs"):
            batch.alter_column(column, existing_type=sa.Text(), nullable=True)


def downgrade() -> None:
    op.drop_index("ix_outbox_device_seq", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("device_seq")
    with op.batch_alter_table("conflicts") as batch:
        for column in ("kind", "reason", "mutation", "server_id"):
            batch.drop_column(column)
