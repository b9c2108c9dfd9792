"""loss reasons: the list a lost deal's reason is picked from, and the code of the reason on each deal

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loss_reasons",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    # Added in place, no batch copy: a copy of a large deals table would take long. Deals lost before
    # keep their reason as text with no code (the dashboard counts them as not classified).
    op.add_column("opportunities", sa.Column("lost_reason_code", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("opportunities") as table:
        table.drop_column("lost_reason_code")
    op.drop_table("loss_reasons")
