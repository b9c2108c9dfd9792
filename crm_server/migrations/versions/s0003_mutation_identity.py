"""mutation identity: an outcome echoed to another device, history rows name their mutation and cause

Revision ID: s0003
Revises: s0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("applied_mutations") as table:
        table.add_column(sa.Column("echo_of", sa.String(36)))
    # A mutation applied before this revision under two numbers (never by a correct client): every
    # copy but the first becomes an echo, so the unique index below can be built.
    op.execute("""
        UPDATE applied_mutations SET echo_of = (
            SELECT first.device_id FROM applied_mutations first
            WHERE first.mutation_id = applied_mutations.mutation_id
            ORDER BY first.at, first.device_id, first.seq LIMIT 1)
        WHERE EXISTS (SELECT 1 FROM applied_mutations first
                      WHERE first.mutation_id = applied_mutations.mutation_id
                        AND (first.at, first.device_id, first.seq)
                            < (applied_mutations.at, applied_mutations.device_id, applied_mutations.seq))
    """)
    # One first application per mutation id: two copies of a store pushing the same edit at the same
    # moment under two device ids serialise on this index instead of both applying it.
    op.create_index("ux_applied_mutations_first", "applied_mutations", ["mutation_id"], unique=True,
                    postgresql_where=sa.text("echo_of IS NULL"), sqlite_where=sa.text("echo_of IS NULL"))
    with op.batch_alter_table("record_history") as table:
        table.add_column(sa.Column("mutation_id", sa.String(36)))
        table.add_column(sa.Column("cause", Json))
    op.create_index("ix_record_history_mutation", "record_history", ["mutation_id"])


def downgrade() -> None:
    op.drop_index("ix_record_history_mutation", "record_history")
    with op.batch_alter_table("record_history") as table:
        table.drop_column("cause")
        table.drop_column("mutation_id")
    op.drop_index("ux_applied_mutations_first", "applied_mutations")
    with op.batch_alter_table("applied_mutations") as table:
        table.drop_column("echo_of")
