"""auth: token grants (refresh grace window), failed logins by username and source address

Revision ID: s0004
Revises: s0003
"""

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Tokens issued before this revision have no grant: they rotate as before, with no grace window.
    with op.batch_alter_table("tokens") as table:
        table.add_column(sa.Column("grant_id", sa.String(36)))
        table.add_column(sa.Column("replaced_by", sa.String(36)))
    op.create_index("ix_tokens_grant", "tokens", ["grant_id"])

    # Failures without an address could only ever lock a name for everyone, which is what this
    # revision ends: they are dropped (a throttle forgets them within minutes anyway).
    op.execute("DELETE FROM failed_logins")
    op.drop_index("ix_failed_logins_user_at", "failed_logins")
    with op.batch_alter_table("failed_logins") as table:
        table.add_column(sa.Column("address", sa.String(64), nullable=False, server_default=""))
    with op.batch_alter_table("failed_logins") as table:
        table.alter_column("address", server_default=None)
    op.create_index("ix_failed_logins_address_at", "failed_logins", ["address", "at"])


def downgrade() -> None:
    op.drop_index("ix_failed_logins_address_at", "failed_logins")
    with op.batch_alter_table("failed_logins") as table:
        table.drop_column("address")
    op.create_index("ix_failed_logins_user_at", "failed_logins", ["username", "at"])
    op.drop_index("ix_tokens_grant", "tokens")
    with op.batch_alter_table("tokens") as table:
        table.drop_column("replaced_by")
        table.drop_column("grant_id")
